/**
 * The confirmations at the bottom of the window must not cover the pane's controls (a reviewer met the toast
 * over 设为公开NN until it was closed): while they show, the page's root ends above them. Their height plus
 * their margin is kept in the CSS variable --gj-toast-space, which #root's height leaves out (pane.css).
 */

import { useLayoutEffect, type RefObject } from 'react';

export const TOAST_SPACE = '--gj-toast-space';

/** The room to keep below the page for the toasts: nothing when none shows. */
export function toastSpace(height: number, bottom: number): string {
  return height > 0 ? `${Math.ceil(height + bottom)}px` : '0px';
}

export function useToastSpace(toasts: RefObject<HTMLElement | null>, key: string): void {
  useLayoutEffect(() => {
    const el = toasts.current;
    if (!el) return;
    const root = document.documentElement;
    const measure = () => {
      const bottom = parseFloat(getComputedStyle(el).bottom) || 0;
      const space = toastSpace(el.offsetHeight, bottom);
      if (root.style.getPropertyValue(TOAST_SPACE) === space) return;
      root.style.setProperty(TOAST_SPACE, space);
      // The control just used (设为公开05 at the pane's bottom) stays in view as the page ends higher.
      const active = document.activeElement;
      if (
        active instanceof HTMLElement &&
        active !== document.body &&
        typeof active.scrollIntoView === 'function'
      )
        active.scrollIntoView({ block: 'nearest' });
    };
    measure();
    // A confirmation wrapping to another line when the window narrows.
    const watch = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(measure);
    if (watch) watch.observe(el);
    return () => {
      if (watch) watch.disconnect();
      root.style.setProperty(TOAST_SPACE, '0px');
    };
  }, [toasts, key]);
}
