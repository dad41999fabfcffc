/**
 * Some WPS builds expose read-only properties as zero-argument methods (workbook.Worksheets(),
 * range.Row()). This wraps a fake Application so that those members are methods, to prove the host
 * reads both shapes.
 */

const AS_METHODS = new Set([
  'ActiveWorkbook',
  'ActiveSheet',
  'ActiveCell',
  'Build',
  'Worksheets',
  'Sheets',
  'Count',
  'UsedRange',
  'Row',
  'Column',
  'Rows',
  'Columns',
  'Address',
  'MergeCells',
  'MergeArea',
  'Interior',
  'Comment',
]);

const targets = new WeakMap<object, object>();

function unwrap(value: unknown): unknown {
  return typeof value === 'object' && value !== null ? (targets.get(value) ?? value) : value;
}

export function methodStyle<T extends object>(target: T): T {
  const proxy = new Proxy(target, {
    get(obj, key, receiver) {
      const value: unknown = Reflect.get(obj, key, receiver === proxy ? obj : receiver);
      if (typeof key !== 'string') return value;
      if (typeof value === 'function')
        return (...args: unknown[]) =>
          wrap((value as (...a: unknown[]) => unknown).apply(obj, args.map(unwrap)));
      if (AS_METHODS.has(key)) return () => wrap(value);
      return wrap(value);
    },
    set(obj, key, value) {
      return Reflect.set(obj, key, unwrap(value));
    },
  });
  targets.set(proxy, target);
  return proxy;
}

function wrap(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  return methodStyle(value);
}
