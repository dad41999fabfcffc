/**
 * `node --import tsx bench/golden.ts <out-dir> [cli.js]`: the guard for speed work. Runs the built command line
 * (`dist/cli/main.js` unless given) with `--format json` on every corpus workbook (alone and with its narrative), the
 * corpus and real PDFs, the test fixtures' workbooks, the example, a synthesised 汇总 of 50 units and a few
 * synthesised department workbooks with their narratives, and writes each report to `<out-dir>/<name>.json` (stdout,
 * then the exit code). Compare two folders with bench/golden-diff.ts: a change that keeps the findings leaves every
 * file byte-identical. Synthesised inputs are cached in `<out-dir>/../golden-inputs` (same seed, same files).
 */

import { execFile } from 'node:child_process';
import { existsSync, promises as fs } from 'node:fs';
import path from 'node:path';
import { generateDepartments, generateSummaryWorkbook } from './synth';

const ROOT = path.resolve(__dirname, '..');
const CORPUS = path.resolve(ROOT, '../shared/corpus');

interface Job {
  name: string;
  args: string[];
}

async function inputs(cache: string): Promise<Job[]> {
  const jobs: Job[] = [];
  const expected = JSON.parse(await fs.readFile(path.join(CORPUS, 'expected.json'), 'utf8')) as {
    cases: Array<{ workbook: string | null; narrative: string | null }>;
  };
  for (const c of expected.cases) {
    if (!c.workbook) continue;
    const base = path.basename(c.workbook, '.xlsx');
    jobs.push({ name: `corpus-${base}`, args: [path.join(CORPUS, c.workbook)] });
    if (c.narrative)
      jobs.push({
        name: `corpus-${base}+narr`,
        args: [path.join(CORPUS, c.workbook), '--narrative', path.join(CORPUS, c.narrative)],
      });
  }
  for (const n of await fs.readdir(path.join(CORPUS, 'narratives')))
    jobs.push({ name: `narrative-${n}`, args: ['--narrative', path.join(CORPUS, 'narratives', n)] });
  for (const p of (await fs.readdir(path.join(CORPUS, 'pdf'))).filter((f) => f.endsWith('.pdf')))
    jobs.push({ name: `pdf-${p}`, args: [path.join(CORPUS, 'pdf', p)] });
  for (const p of (await fs.readdir(path.join(CORPUS, 'pdf/real'))).filter((f) => f.endsWith('.pdf')))
    jobs.push({ name: `realpdf-${p}`, args: [path.join(CORPUS, 'pdf/real', p)] });
  for (const f of [
    'test/fixtures/pdf/D01.xlsx',
    'test/fixtures/pdf/danfeng2024-shanghai.xlsx',
    'test/fixtures/rich/rich.xlsx',
  ])
    jobs.push({ name: `fixture-${f.replace(/\//g, '_')}`, args: [path.join(ROOT, f)] });
  const example = path.join(ROOT, 'examples/丹凤县医疗保障局2024-公开表.xlsx');
  jobs.push({ name: 'example', args: [example] });
  jobs.push({
    name: 'example+narr',
    args: [example, '--narrative', path.join(ROOT, 'examples/丹凤县医疗保障局2024-情况说明.txt')],
  });
  const h50 = path.join(cache, '汇总50.xlsx');
  if (!existsSync(h50)) await generateSummaryWorkbook({ file: h50, units: 50 });
  jobs.push({ name: 'synth-汇总50', args: [h50] });
  const depDir = path.join(cache, 'departments');
  if (!existsSync(depDir)) await generateDepartments({ dir: depDir, count: 12 });
  const files = (await fs.readdir(depDir)).sort();
  for (const f of files.filter((x) => x.endsWith('.xlsx'))) {
    const stem = f.replace(/\.xlsx$/, '');
    const narr = files.find(
      (x) => x !== f && x.startsWith(stem.replace(/公开表$/, '')) && !x.endsWith('.xlsx'),
    );
    jobs.push({
      name: `synth-${stem}`,
      args: narr ? [path.join(depDir, f), '--narrative', path.join(depDir, narr)] : [path.join(depDir, f)],
    });
  }
  return jobs;
}

function run(cli: string, args: string[]): Promise<string> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [cli, 'check', ...args, '--format', 'json'],
      { maxBuffer: 1 << 30, cwd: ROOT },
      (err, stdout, stderr) => {
        const code = err ? ((err as { code?: number }).code ?? 'signal') : 0;
        resolve(`${stdout}\n--- exit ${code}\n${stdout ? '' : stderr}`);
      },
    );
  });
}

async function main(): Promise<void> {
  const out = path.resolve(process.argv[2] ?? 'golden');
  const cli = path.resolve(process.argv[3] ?? path.join(ROOT, 'dist/cli/main.js'));
  const cache = path.join(path.dirname(out), 'golden-inputs');
  await fs.mkdir(out, { recursive: true });
  await fs.mkdir(cache, { recursive: true });
  const jobs = await inputs(cache);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < jobs.length) {
      const job = jobs[next++];
      await fs.writeFile(path.join(out, `${job.name}.json`), await run(cli, job.args));
    }
  };
  await Promise.all([worker(), worker()]);
  console.log(`${jobs.length} reports written to ${out}`);
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
