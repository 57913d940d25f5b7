import type { ComponentType } from 'react';

/** The app's MDX components map, passed in by the app shell (features do not import each other). */
export type MdxComponents = Record<string, ComponentType<never>>;
