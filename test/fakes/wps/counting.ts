/**
 * Counts every ET member the host touches (each is a call into WPS in the real add-in): wraps a fake
 * Application so that each read, write or method call of a capitalised member adds one.
 */

export interface CallCounter {
  count: number;
}

const targets = new WeakMap<object, object>();

function unwrap(value: unknown): unknown {
  return typeof value === 'object' && value !== null ? (targets.get(value) ?? value) : value;
}

export function counting<T extends object>(target: T, counter: CallCounter): T {
  const wrap = (value: unknown): unknown =>
    typeof value === 'object' && value !== null && !Array.isArray(value) ? counting(value, counter) : value;
  const proxy = new Proxy(target, {
    get(obj, key) {
      const value: unknown = Reflect.get(obj, key, obj);
      if (typeof key !== 'string' || !/^[A-Z]/.test(key)) return value;
      counter.count++;
      if (typeof value === 'function')
        return (...args: unknown[]) =>
          wrap((value as (...a: unknown[]) => unknown).apply(obj, args.map(unwrap)));
      return wrap(value);
    },
    set(obj, key, value) {
      if (typeof key === 'string' && /^[A-Z]/.test(key)) counter.count++;
      return Reflect.set(obj, key, unwrap(value));
    },
  });
  targets.set(proxy, target);
  return proxy;
}
