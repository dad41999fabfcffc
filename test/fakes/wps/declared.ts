/**
 * Makes a fake ET object expose exactly the members that et-jsapi-declare declares for its interface:
 * reading, writing or calling any other capitalised member throws, as does writing a readonly one.
 * Members in lower case are the fake's own helpers (its model, its call log) and pass through.
 */

import { declaredMembers } from './typings';

/** The et-jsapi-declare interface a fake object stands for. */
export const ET_INTERFACE = Symbol('et-jsapi-declare interface');

function isMember(key: string | symbol): key is string {
  return typeof key === 'string' && /^[A-Z]/.test(key);
}

export function interfaceOf(value: unknown): string | undefined {
  return typeof value === 'object' && value !== null
    ? ((value as Record<symbol, unknown>)[ET_INTERFACE] as string | undefined)
    : undefined;
}

export function declared<T extends object>(target: T, iface: string): T {
  const members = declaredMembers(iface);
  return new Proxy(target, {
    get(obj, key, receiver) {
      if (key === ET_INTERFACE) return iface;
      if (isMember(key) && !members.has(key))
        throw new TypeError(`WPS 的 ${iface} 没有成员 ${key}（et-jsapi-declare 未声明）`);
      return Reflect.get(obj, key, receiver);
    },
    set(obj, key, value, receiver) {
      if (isMember(key)) {
        const kind = members.get(key);
        if (kind === undefined)
          throw new TypeError(`WPS 的 ${iface} 没有成员 ${key}（et-jsapi-declare 未声明）`);
        if (kind !== 'prop') throw new TypeError(`WPS 的 ${iface}.${key} 是只读的`);
      }
      return Reflect.set(obj, key, value, receiver);
    },
  });
}
