/** A version number that changes whenever the page's workbook model changes, for views that redraw. */

import { useRef, useSyncExternalStore } from 'react';

export interface Subscribable {
  /** Calls the listener on every change; returns a function that unsubscribes. */
  subscribe(listener: () => void): () => void;
}

/** Redraw whenever the model changes (painting, clearing, selecting, a user edit). */
export function useModelVersion(model: Subscribable): number {
  const version = useRef(0);
  return useSyncExternalStore(
    (notify) =>
      model.subscribe(() => {
        version.current++;
        notify();
      }),
    () => version.current,
  );
}
