/**
 * Some WPS builds expose properties as methods: `range.Value2()` reads, `range.Value2(v)` writes (the
 * RHS argument of et-jsapi-declare's setters, e.g. `Value(RangeValueDataType, RHS)`), and assigning
 * `range.Value2 = v` does not reach the document. This wraps a fake Application so that every member
 * et-jsapi-declare declares as a property is such a method, and refuses assignments to members.
 */

import { interfaceOf } from './declared';
import { declaredMembers } from './typings';

const targets = new WeakMap<object, object>();

function unwrap(value: unknown): unknown {
  return typeof value === 'object' && value !== null ? (targets.get(value) ?? value) : value;
}

export function methodStyle<T extends object>(target: T): T {
  const iface = interfaceOf(target);
  const members = iface ? declaredMembers(iface) : null;
  const proxy = new Proxy(target, {
    get(obj, key) {
      if (typeof key !== 'string') return Reflect.get(obj, key, obj);
      const kind = members?.get(key);
      if (kind === 'prop' || kind === 'readonly')
        return (...args: unknown[]) => {
          if (args.length === 0) return wrap(Reflect.get(obj, key, obj));
          if (args.length === 1 && kind === 'prop') {
            Reflect.set(obj, key, unwrap(args[0]), obj);
            return undefined;
          }
          throw new TypeError(`${iface}.${key}() 的参数不对`);
        };
      const value: unknown = Reflect.get(obj, key, obj);
      if (typeof value === 'function')
        return (...args: unknown[]) =>
          wrap((value as (...a: unknown[]) => unknown).apply(obj, args.map(unwrap)));
      return wrap(value);
    },
    set(obj, key, value) {
      if (iface && typeof key === 'string' && /^[A-Z]/.test(key))
        throw new TypeError(`此版本的 WPS 中 ${iface}.${key} 是方法：写入应调用 ${key}(值)`);
      return Reflect.set(obj, key, unwrap(value), obj);
    },
  });
  targets.set(proxy, target);
  return proxy;
}

function wrap(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  return methodStyle(value);
}
