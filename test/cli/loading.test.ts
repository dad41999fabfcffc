/**
 * What the command line loads: `gouji --help` and a check of an .xlsx with a .txt narrative never load ExcelJS,
 * pdf.js, pdf-lib, mammoth or fflate (they load only when the input needs them); the bundled entry the build writes
 * (scripts/bundle-cli.js: the project's modules in one file) gives the same output as the sources and loads no
 * project file but itself.
 */

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, test } from '@jest/globals';

const ROOT = path.join(__dirname, '..', '..');
const EXAMPLE = [
  'check',
  'examples/丹凤县医疗保障局2024-公开表.xlsx',
  '--narrative',
  'examples/丹凤县医疗保障局2024-情况说明.txt',
];
// fflate too: a well-formed .xlsx is inflated by node:zlib; fflate (which loads node:worker_threads) only
// streams a part whose header lies, or rewrites a package.
const HEAVY = /node_modules\/(exceljs|pdfjs-dist|pdf-lib|mammoth|jszip|fflate)\//;

let dir: string;
let reporter: string;

beforeAll(() => {
  // Inside the project (test/artifacts, not committed) so that the bundle finds node_modules as dist/ does.
  mkdirSync(path.join(ROOT, 'test', 'artifacts'), { recursive: true });
  dir = mkdtempSync(path.join(ROOT, 'test', 'artifacts', 'cli-loading-'));
  // Preloaded: at exit, every file the process required, one a line, on stderr after a marker.
  reporter = path.join(dir, 'loaded.cjs');
  writeFileSync(
    reporter,
    "process.on('exit', () => process.stderr.write('\\n@@loaded\\n' + Object.keys(require.cache).join('\\n')));\n",
  );
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(args: string[]): { status: number | null; stdout: string; loaded: string[] } {
  const r = spawnSync(process.execPath, ['-r', reporter, ...args], { cwd: ROOT, encoding: 'utf8' });
  const [, list = ''] = r.stderr.split('\n@@loaded\n');
  return { status: r.status, stdout: r.stdout, loaded: list.split('\n').filter(Boolean) };
}

// As test/helpers.ts's gouji runs them; tsx's CommonJS modules are listed in require.cache like any other.
const fromSources = (cliArgs: string[]) =>
  run(['--import', 'tsx', path.join(ROOT, 'src', 'cli', 'main.ts'), ...cliArgs]);

test('`gouji --help` loads no core module and no library', () => {
  const r = fromSources(['--help']);
  assert.equal(r.status, 0);
  assert.match(r.stdout, /用法/);
  assert.ok(
    r.loaded.some((f) => f.endsWith(path.join('src', 'cli', 'args.ts'))),
    r.loaded.join('\n'),
  );
  assert.deepEqual(
    r.loaded.filter((f) => f.includes(`${path.sep}src${path.sep}core${path.sep}check`) || HEAVY.test(f)),
    [],
  );
});

test('an .xlsx check with a .txt narrative loads neither ExcelJS nor any PDF or Word library', () => {
  const r = fromSources(EXAMPLE);
  assert.equal(r.status, 0);
  assert.match(r.stdout, /共 \d+ 条/);
  assert.ok(
    r.loaded.some((f) => f.endsWith(path.join('src', 'core', 'check.ts'))),
    'the core ran',
  );
  assert.deepEqual(
    r.loaded.filter(
      (f) =>
        HEAVY.test(f) || /src[/\\]hosts[/\\](pdf[/\\]|file[/\\](pdfjs|pdf-thread|read-pdf|exceljs))/.test(f),
    ),
    [],
  );
});

test('the bundled command line answers as the sources do, from one file of its own', () => {
  // The build's own step, on the sources here (esbuild reads TypeScript): cli/main.js as in dist/.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { bundleCli } = require('../../scripts/bundle-cli.js') as {
    bundleCli: (input: string, outfile: string) => void;
  };
  const out = path.join(dir, 'cli', 'main.js');
  mkdirSync(path.dirname(out), { recursive: true });
  bundleCli(path.join(ROOT, 'src', 'cli', 'main.ts'), out);
  for (const args of [['--help'], [...EXAMPLE, '--format', 'json'], ['rules']]) {
    const bundled = run([out, ...args]);
    const sources = fromSources(args);
    assert.equal(bundled.status, sources.status, args.join(' '));
    assert.equal(bundled.stdout, sources.stdout, args.join(' '));
    const own = bundled.loaded.filter((f) => !f.includes(`${path.sep}node_modules${path.sep}`));
    assert.deepEqual(own, [reporter, out]);
    assert.deepEqual(
      bundled.loaded.filter((f) => HEAVY.test(f)),
      [],
    );
  }
});
