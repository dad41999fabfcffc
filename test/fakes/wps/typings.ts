/**
 * The members that the WPS 表格 typings (npm et-jsapi-declare) declare for each ET interface, read from
 * the .d.ts files themselves, so that the fake exposes exactly what the typings declare and refuses
 * the rest (a host calling `sheet.Cells(r, c)` fails here as it would in WPS, where Cells is a
 * property). Each member is a property ('prop', readonly or not) or a method.
 */

import fs from 'node:fs';
import path from 'node:path';

export type MemberKind = 'prop' | 'readonly' | 'method';
export type Members = ReadonlyMap<string, MemberKind>;

const FILES = ['lib.et.d.ts', 'index.d.ts', 'addon.et.d.ts'];

function parse(text: string, into: Map<string, Map<string, MemberKind>>, parents: Map<string, string[]>) {
  const lines = text.split(/\r?\n/);
  let current: Map<string, MemberKind> | null = null;
  let depth = 0;
  for (const line of lines) {
    if (!current) {
      const m = /^\s*interface\s+(\w+)(?:\s+extends\s+([\w.,\s]+))?\s*\{\s*$/.exec(line);
      if (!m) continue;
      current = into.get(m[1]) ?? new Map<string, MemberKind>();
      into.set(m[1], current);
      if (m[2])
        parents.set(
          m[1],
          m[2].split(',').map((p) => p.trim().replace(/^.*\./, '')),
        );
      depth = 1;
      continue;
    }
    if (depth === 1) {
      const member = /^\s*(readonly\s+)?([A-Za-z_$][\w$]*)\s*(\(|\??\s*:)/.exec(line);
      if (member && !current.has(member[2]))
        current.set(member[2], member[3] === '(' ? 'method' : member[1] ? 'readonly' : 'prop');
    }
    for (const ch of line.replace(/\/\/.*$/, '')) {
      if (ch === '{') depth++;
      else if (ch === '}') depth--;
    }
    if (depth <= 0) current = null;
  }
}

function load(): Map<string, Members> {
  const dir = path.dirname(require.resolve('et-jsapi-declare/package.json'));
  const own = new Map<string, Map<string, MemberKind>>();
  const parents = new Map<string, string[]>();
  for (const file of FILES) parse(fs.readFileSync(path.join(dir, file), 'utf8'), own, parents);
  const all = new Map<string, Members>();
  const resolve = (name: string): Map<string, MemberKind> => {
    const merged = new Map(own.get(name) ?? []);
    for (const parent of parents.get(name) ?? [])
      for (const [k, v] of resolve(parent)) if (!merged.has(k)) merged.set(k, v);
    return merged;
  };
  for (const name of own.keys()) all.set(name, resolve(name));
  // The global Application is WPS.AddonRoot & WPS.EtAddonRoot & Et.Application (index.d.ts).
  const app = new Map<string, MemberKind>();
  for (const part of ['AddonRoot', 'EtAddonRoot', 'Application'])
    for (const [k, v] of all.get(part) ?? []) app.set(k, v);
  all.set('WPSMergedRoot', app);
  return all;
}

let cache: Map<string, Members> | null = null;

/** The members of an interface as et-jsapi-declare declares it (e.g. 'Range', 'Worksheet'). */
export function declaredMembers(iface: string): Members {
  cache ??= load();
  const members = cache.get(iface);
  if (!members) throw new Error(`et-jsapi-declare declares no interface ${iface}`);
  return members;
}
