/**
 * `node --import tsx bench/profile-summary.ts <file.cpuprofile> [top]`: the functions with the most
 * self time in a V8 CPU profile (as written by `node --cpu-prof`), with their share of all samples.
 */

import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}

interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export function selfTimes(profile: Profile): Array<{ name: string; ms: number; share: number }> {
  const byNode = new Map<number, number>();
  profile.samples.forEach((id, i) => byNode.set(id, (byNode.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const byName = new Map<string, number>();
  let total = 0;
  for (const n of profile.nodes) {
    const us = byNode.get(n.id) ?? 0;
    total += us;
    const f = n.callFrame;
    const where = f.url ? `${f.url.replace(/^.*\/(src|node_modules)\//, '$1/')}:${f.lineNumber + 1}` : '';
    const name = `${f.functionName || '(anonymous)'} ${where}`.trim();
    byName.set(name, (byName.get(name) ?? 0) + us);
  }
  return [...byName]
    .map(([name, us]) => ({ name, ms: us / 1000, share: total ? us / total : 0 }))
    .sort((a, b) => b.ms - a.ms);
}

if (/profile-summary\.[tj]s$/.test(process.argv[1] ?? '')) {
  const [file, top = '30'] = process.argv.slice(2);
  const rows = selfTimes(JSON.parse(readFileSync(file, 'utf8')) as Profile).slice(0, Number(top));
  for (const r of rows)
    console.log(`${r.ms.toFixed(0).padStart(7)} ms ${(r.share * 100).toFixed(1).padStart(5)}%  ${r.name}`);
}
