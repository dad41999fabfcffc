/**
 * The page's global object, also in engines without `globalThis` (Chromium before 71: older WPS and
 * 信创 builds). The task pane loads core-js's globalThis first, but a host must not depend on that.
 */

// Module-scoped declarations: the engine may lack either name, so each is checked with typeof.
declare const self: object | undefined;
declare const window: object | undefined;

export function globalScope<T extends object>(): T {
  if (typeof globalThis !== 'undefined') return globalThis as unknown as T;
  if (typeof self !== 'undefined' && self) return self as T;
  if (typeof window !== 'undefined' && window) return window as T;
  return {} as T;
}
