import { useEffect } from 'react';
import { course } from '../../content/course';

/** Sets the browser tab's title for the current screen. */
export function useDocumentTitle(title: string | null): void {
  useEffect(() => {
    document.title = title ? `${title} · ${course.title}` : course.title;
  }, [title]);
}
