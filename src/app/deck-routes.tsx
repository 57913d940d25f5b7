// The deck's styles load with the deck screens, not with the home.
import '../styles/deck.css';
import '../styles/classroom.css';
import { AudienceScreen } from '../features/presenter/audience-screen';
import { PresenterScreen } from '../features/presenter/presenter-screen';
import { PrintScreen } from '../features/presenter/print-screen';
import { mdxComponents } from './mdx-components';

// The deck screens with the app's MDX components (composed here so features stay independent).
export const AudienceRoute = () => <AudienceScreen components={mdxComponents} />;
export const PresenterRoute = () => <PresenterScreen components={mdxComponents} />;
export const PrintRoute = () => <PrintScreen components={mdxComponents} />;
