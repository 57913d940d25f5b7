import { type RefObject, useEffect, useRef } from 'react';

/**
 * Moves focus to an element after the next render: when a panel closes, the element to return to
 * may only just have been rendered again.
 */
export function useFocusAfterRender() {
  const target = useRef<RefObject<HTMLElement | null> | null>(null);
  useEffect(() => {
    if (!target.current) return;
    target.current.current?.focus();
    target.current = null;
  });
  return (element: RefObject<HTMLElement | null>) => {
    target.current = element;
  };
}
