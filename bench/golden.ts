/**
 * `node --import tsx bench/golden.ts <out-dir> [cli.js]`: the guard for speed work. Runs the built command line
 * (`dist/cli/main.js` unless given) with `--format json` on every corpus workbook (alone and with its narrative), the
 * corpus and real PDFs, the test fixtures' workbooks, the example, a synthesised 汇总 of 50 units and a few
 * synthesised department workbooks with their narratives, and GOLDEN_MUTATIONS (default 300) seeded mutations of
 * those workbooks (bench/fuzz/mutate.ts: the guard for the command line's own .xlsx reader), and writes each report to
 * `<out-dir>/<name>.json` (stdout, the exit code, stderr). Compare two folders with bench/golden-diff.ts: a change
 * that keeps the findings leaves every file byte-identical. Synthesised and mutated inputs are cached in
 * `<out-dir>/../golden-inputs` (same seed, same files). Needs ../shared (the corpus).
 */

import { execFile } from 'node:child_process';
import { existsSync, promises as fs, readdirSync } from 'node:fs';
import path from 'node:path';
import { mutateWorkbook } from './fuzz/mutate';
import { generateDepartments, generateSummaryWorkbook } from './synth';

const MUTATIONS = Number(process.env.GOLDEN_MUTATIONS ?? 300);

function xlsxUnder(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...xlsxUnder(p));
    else if (/\.xlsx$/i.test(e.name)) out.push(p);
  }
  return out.sort();
}

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
  for (const f of xlsxUnder(path.join(ROOT, 'test', 'fixtures')))
    jobs.push({ name: `fixture-${path.relative(ROOT, f).replace(/[/\\]/g, '_')}`, args: [f] });
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
  // Mutations of every workbook above (bytes flipped, values made odd, parts cut): read by the same reader.
  const sources = [...new Set(jobs.map((j) => j.args[0]).filter((f) => f.endsWith('.xlsx')))];
  await fs.mkdir(path.join(cache, 'mutations'), { recursive: true });
  for (let i = 0; i < MUTATIONS; i++) {
    const file = path.join(cache, 'mutations', `m${String(i).padStart(4, '0')}.xlsx`);
    if (!existsSync(file))
      await fs.writeFile(file, mutateWorkbook(await fs.readFile(sources[i % sources.length]), 1000 + i));
    jobs.push({ name: `mutation-${i}`, args: [file] });
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
        resolve(`${stdout}\n--- exit ${code}\n${stderr}`);
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
