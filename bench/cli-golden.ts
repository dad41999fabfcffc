/**
 * The command line's output as a guard for changes to how it reads files: `--format json` (stdout, stderr and
 * exit code) of the built CLI on every corpus workbook (with and without its narrative), every .xlsx under
 * test/fixtures, the example, a few synthetic departments and a 汇总, and seeded mutations of them all.
 *
 *   node --import tsx bench/cli-golden.ts <out-dir>       # writes one file per run
 *   diff -r <before> <after>                             # identical, or the change is visible
 *
 * GOLDEN_MUTATIONS sets the number of mutated workbooks (default 300). Needs ../shared (the corpus).
 */

import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { mutateWorkbook } from './fuzz/mutate';
import { generateDepartments, generateSummaryWorkbook } from './synth';

const ROOT = path.join(__dirname, '..');
const CORPUS = path.join(ROOT, '..', 'shared', 'corpus');
const INPUTS = path.join(os.tmpdir(), 'gouji-golden-inputs');
const MUTATIONS = Number(process.env.GOLDEN_MUTATIONS ?? 300);

interface Run {
  id: string;
  args: string[];
}

function xlsxUnder(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...xlsxUnder(p));
    else if (/\.xlsx$/i.test(e.name)) out.push(p);
  }
  return out.sort();
}

async function inputs(): Promise<Run[]> {
  const runs: Run[] = [];
  const expected = JSON.parse(readFileSync(path.join(CORPUS, 'expected.json'), 'utf8')) as {
    cases: Array<{ id: string; workbook?: string; narrative?: string }>;
  };
  for (const c of expected.cases) {
    if (!c.workbook) continue;
    const wb = path.join(CORPUS, c.workbook);
    runs.push({ id: `corpus-${c.id}`, args: [wb] });
    if (c.narrative)
      runs.push({ id: `corpus-${c.id}-n`, args: [wb, '--narrative', path.join(CORPUS, c.narrative)] });
  }
  for (const f of xlsxUnder(path.join(ROOT, 'test', 'fixtures')))
    runs.push({ id: `fixture-${path.relative(ROOT, f).replace(/[/\\]/g, '_')}`, args: [f] });
  const example = path.join(ROOT, 'examples', '丹凤县医疗保障局2024-公开表.xlsx');
  runs.push({ id: 'example', args: [example] });
  runs.push({
    id: 'example-n',
    args: [example, '--narrative', path.join(ROOT, 'examples', '丹凤县医疗保障局2024-情况说明.txt')],
  });
  if (!existsSync(path.join(INPUTS, 'done'))) {
    mkdirSync(path.join(INPUTS, 'mut'), { recursive: true });
    await generateDepartments({ dir: path.join(INPUTS, 'synth'), count: 4, seed: 7 });
    await generateSummaryWorkbook({ file: path.join(INPUTS, '汇总20.xlsx'), units: 20 });
  }
  for (const f of xlsxUnder(path.join(INPUTS, 'synth')))
    runs.push({ id: `synth-${path.basename(f)}`, args: [f] });
  runs.push({ id: 'summary20', args: [path.join(INPUTS, '汇总20.xlsx')] });
  const sources = runs.map((r) => r.args[0]).filter((f, i, all) => all.indexOf(f) === i);
  for (let i = 0; i < MUTATIONS; i++) {
    const file = path.join(INPUTS, 'mut', `m${String(i).padStart(4, '0')}.xlsx`);
    if (!existsSync(file))
      writeFileSync(file, mutateWorkbook(readFileSync(sources[i % sources.length]), 1000 + i));
    runs.push({ id: `mut-${i}`, args: [file] });
  }
  writeFileSync(path.join(INPUTS, 'done'), '');
  return runs;
}

async function main(): Promise<void> {
  const out = process.argv[2];
  if (!out) throw new Error('usage: cli-golden.ts <out-dir>');
  mkdirSync(out, { recursive: true });
  execFileSync('node', [path.join(ROOT, 'dist', 'cli', 'main.js'), '--help'], { stdio: 'ignore' });
  const runs = await inputs();
  for (const run of runs) {
    const r = spawnSync(
      'node',
      [path.join(ROOT, 'dist', 'cli', 'main.js'), 'check', ...run.args, '--format', 'json'],
      { encoding: 'utf8', cwd: ROOT, maxBuffer: 1 << 28 },
    );
    writeFileSync(
      path.join(out, `${run.id}.txt`),
      `exit ${r.status}\n--- stdout\n${r.stdout}\n--- stderr\n${r.stderr}`,
    );
  }
  console.log(`${runs.length} runs written to ${out}`);
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
