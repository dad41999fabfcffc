/**
 * `node --import tsx bench/phases.ts <file.xlsx> [runs] [narrative.txt]`: where the core's time goes on one workbook —
 * recognition, each rule (summed over the units of a 汇总) and the cause pass — as the minimum over warm runs.
 */

import { readFileSync } from 'node:fs';
import { checkWorkbook } from '../src/core/check';
import { recognizeWorkbook } from '../src/core/recognition';
import { TABLE_RULES } from '../src/core/rules';
import type { Rule } from '../src/core/rules/rule';
import { NARRATIVE_RULES } from '../src/core/narrative';
import { WORDING_RULES } from '../src/core/wording';
import { COMPLETENESS_RULES } from '../src/core/completeness';
import { readWorkbookFile } from '../src/hosts/file/read-workbook';

/** Times each rule in place: checkWorkbook tells the rules run once per document by identity. */
function time(rule: Rule, times: Map<string, number>): void {
  const check = rule.check.bind(rule);
  rule.check = (ctx, report) => {
    const t = performance.now();
    check(ctx, report);
    times.set(rule.id, (times.get(rule.id) ?? 0) + performance.now() - t);
  };
}

async function main(): Promise<void> {
  const [file, runsArg, narrativeFile] = process.argv.slice(2);
  const runs = Number(runsArg ?? 5);
  const narrative = narrativeFile ? readFileSync(narrativeFile, 'utf8') : null;
  const { snapshot } = await readWorkbookFile(file);
  const times = new Map<string, number>();
  for (const r of [...TABLE_RULES, ...NARRATIVE_RULES, ...WORDING_RULES, ...COMPLETENESS_RULES])
    time(r, times);
  const best = new Map<string, number>();
  const keep = (k: string, v: number) => best.set(k, Math.min(best.get(k) ?? Infinity, v));
  for (let i = 0; i < runs; i++) {
    let t = performance.now();
    recognizeWorkbook(snapshot, {});
    keep('(recognition)', performance.now() - t);
    times.clear();
    t = performance.now();
    checkWorkbook(snapshot, { narrative });
    const total = performance.now() - t;
    keep('(whole check)', total);
    let ruleSum = 0;
    for (const [k, v] of times) {
      keep(k, v);
      ruleSum += v;
    }
    keep(
      '(check − recognition − rules: causes, sorting)',
      total - ruleSum - (best.get('(recognition)') ?? 0),
    );
  }
  const rows = [...best].sort((a, b) => b[1] - a[1]).slice(0, 40);
  for (const [k, v] of rows) console.log(`${v.toFixed(1).padStart(8)} ms  ${k}`);
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
