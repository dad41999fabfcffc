/**
 * The web build runs in WPS's CEF engines, down to WPS 2019 and the 信创 builds (Chromium 69 class). Every
 * script the build emits, in dist-web and in both WPS add-in folders, workers and chunks included, at any
 * depth, must parse with the syntax Chromium 69 has: ES2018, `catch` without a binding, `import()` and
 * `import.meta` — no `?.`, no `??`, no class fields or #private, no static blocks, no `||=`, no numeric
 * separators. Our own bundle is held to ES2017 syntax besides (what TypeScript emits for WPS).
 */

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, it, jest } from '@jest/globals';
import * as espree from 'espree';
import ts from 'typescript';
import { DIST, ROOT, ensureWebBuild } from './web-build';

// Building the page takes minutes on a loaded two-core machine.
jest.setTimeout(600000);

/** Every .js/.mjs file under a folder, at any depth. */
function scriptsUnder(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...scriptsUnder(file));
    else if (/\.m?js$/.test(entry.name)) out.push(file);
  }
  return out;
}

interface EsNode {
  type: string;
  operator?: string;
  raw?: string;
  start: number;
  [key: string]: unknown;
}

/**
 * Syntax Chromium 69 lacks, found in a script: espree at ES2020 refuses ES2021+ outright (class fields,
 * #private, static blocks, logical assignment, numeric separators); of ES2020 only `import()`,
 * `import.meta` and BigInt (Chromium 63–67) are allowed, `?.` and `??` (Chromium 80) are not.
 */
function chromium69Problems(code: string): string[] {
  // A classic script (office.js, sloppy mode) or an ES module (pdf.js's worker): the parse that gets
  // further tells what is wrong.
  let program: EsNode | null = null;
  let failure: { message: string; index?: number } | null = null;
  for (const sourceType of ['script', 'module'] as const) {
    try {
      program = espree.parse(code, { ecmaVersion: 2020, sourceType }) as unknown as EsNode;
      break;
    } catch (error) {
      const e = error as { message: string; index?: number };
      if (!failure || (e.index ?? 0) > (failure.index ?? 0)) failure = e;
    }
  }
  if (!program) {
    const at = failure?.index ?? 0;
    return [`${failure?.message}: ${code.slice(Math.max(0, at - 30), at + 30)}`];
  }
  const found: string[] = [];
  const stack: unknown[] = [program];
  while (stack.length > 0) {
    const node = stack.pop();
    if (Array.isArray(node)) {
      stack.push(...node);
      continue;
    }
    if (!node || typeof node !== 'object' || typeof (node as EsNode).type !== 'string') continue;
    const n = node as EsNode;
    const at = () => code.slice(n.start, n.start + 60);
    if (n.type === 'ChainExpression') found.push(`?.: ${at()}`);
    if (n.type === 'LogicalExpression' && n.operator === '??') found.push(`??: ${at()}`);
    for (const [key, value] of Object.entries(n))
      if (key !== 'parent' && value && typeof value === 'object') stack.push(value);
  }
  return found;
}

/**
 * Where a script uses globalThis before defining it, or null: either it never names globalThis, or the
 * first time it does is the polyfill at its very top, which names it as a string (`define(g, "globalThis",
 * g)`) before any code of its own runs.
 */
function globalThisFirstUse(code: string): string | null {
  const first = code.search(/\bglobalThis\b/);
  if (first < 0) return null;
  const quoted = /["']/.test(code[first - 1] ?? '') && /["']/.test(code[first + 'globalThis'.length] ?? '');
  const polyfill = /hasOwn/.test(code.slice(0, 3000)) && /replaceAll/.test(code.slice(0, 3000));
  return quoted && first < 3000 && polyfill
    ? null
    : `globalThis used first: ${code.slice(first - 40, first + 40)}`;
}

/** Syntax newer than ES2017 that TypeScript lowers (our own bundle is built for ES2017). */
function newerThanES2017(code: string): string[] {
  const file = ts.createSourceFile('bundle.js', code, ts.ScriptTarget.Latest, false, ts.ScriptKind.JS);
  const found: string[] = [];
  const at = (node: ts.Node, what: string) =>
    found.push(`${what}: ${code.slice(node.pos, node.end).trim().slice(0, 60)}`);
  const visit = (node: ts.Node): void => {
    if (
      (ts.isPropertyAccessExpression(node) ||
        ts.isElementAccessExpression(node) ||
        ts.isCallExpression(node)) &&
      node.questionDotToken
    )
      at(node, '?.');
    if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken)
      at(node, '??');
    if (ts.isSpreadAssignment(node)) at(node, 'object spread');
    if (ts.isCatchClause(node) && !node.variableDeclaration) at(node, 'catch without binding');
    if (ts.isRegularExpressionLiteral(node)) {
      const flags = node.text.slice(node.text.lastIndexOf('/') + 1);
      if (/\(\?<[=!]/.test(node.text)) at(node, 'regex lookbehind');
      if (/\(\?<[A-Za-z_$]/.test(node.text)) at(node, 'regex named group');
      if (flags.includes('s')) at(node, 'regex dotAll flag');
      if (flags.includes('u') && /\\[pP]\{/.test(node.text)) at(node, 'regex property escape');
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

describe('syntax of every emitted script', () => {
  let wps = '';
  beforeAll(() => {
    ensureWebBuild();
    wps = mkdtempSync(path.join(os.tmpdir(), 'gouji-wps-syntax-'));
    const run = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'build-wps.mjs'), '--out', wps], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    assert.equal(run.status, 0, run.stderr);
  });
  afterAll(() => rmSync(wps, { recursive: true, force: true }));

  it('finds scripts at every depth: the bundle, its chunks, pdf.js and its worker, office.js', () => {
    const web = scriptsUnder(DIST).map((f) => path.relative(DIST, f).split(path.sep).join('/'));
    assert.ok(web.some((f) => /^taskpane\.[0-9a-f]+\.js$/.test(f)));
    assert.ok(web.includes('pdfjs/pdf.worker.min.js'));
    assert.ok(web.includes('office-js/excel-win32-16.01.js'));
    const addin = scriptsUnder(wps).map((f) => path.relative(wps, f).split(path.sep).join('/'));
    assert.ok(addin.some((f) => /^offline\/gouji_[^/]+\/web\/pdfjs\/pdf\.worker\.min\.js$/.test(f)));
    assert.ok(addin.some((f) => /^online\/gouji\/main\.js$/.test(f)));
  });

  it('has no syntax Chromium 69 lacks in dist-web or in the WPS add-in folders', () => {
    const problems: string[] = [];
    for (const file of [...scriptsUnder(DIST), ...scriptsUnder(wps)])
      for (const p of chromium69Problems(readFileSync(file, 'utf8')))
        problems.push(`${path.relative(ROOT, file)}: ${p}`);
    assert.deepEqual(problems, []);
  });

  it('defines globalThis first (src/taskpane/old-engines.js) in every script that uses it: Chromium 69 lacks it', () => {
    const problems: string[] = [];
    for (const file of [...scriptsUnder(DIST), ...scriptsUnder(wps)]) {
      const code = readFileSync(file, 'utf8');
      const where = globalThisFirstUse(code);
      if (where !== null) problems.push(`${path.relative(ROOT, file)}: ${where}`);
    }
    assert.deepEqual(problems, []);
    // pdf.js's worker and its main thread use it: the check has something to find.
    const worker = readFileSync(path.join(DIST, 'pdfjs', 'pdf.worker.min.js'), 'utf8');
    assert.ok(/\bglobalThis\./.test(worker));
  });

  it('has only ES2017 syntax in our own bundle and its chunks', () => {
    const scripts = readdirSync(DIST).filter((f) => f.endsWith('.js'));
    assert.ok(scripts.length > 1);
    for (const f of scripts)
      assert.deepEqual(newerThanES2017(readFileSync(path.join(DIST, f), 'utf8')), [], f);
  });

  it('finds a globalThis used before the polyfill (the check can fail)', () => {
    const polyfill = readFileSync(path.join(ROOT, 'src', 'taskpane', 'old-engines.js'), 'utf8');
    assert.equal(globalThisFirstUse('var x = 1;'), null);
    assert.equal(globalThisFirstUse(polyfill + 'globalThis.pdfjsWorker = {};'), null);
    assert.notEqual(globalThisFirstUse('globalThis.pdfjsWorker = {};' + polyfill), null);
    assert.notEqual(globalThisFirstUse('var g = typeof globalThis;'), null);
  });

  it('finds the syntax it looks for (the checks can fail)', () => {
    assert.equal(chromium69Problems('var a = b?.c; var d = e ?? f;').length, 2);
    for (const newer of [
      'class A { x = 1 }',
      'class A { #x; m() { return this.#x } }',
      'class A { static { } }',
      'a ||= b',
      'var n = 1_000',
    ])
      assert.equal(chromium69Problems(newer).length, 1, newer);
    assert.deepEqual(
      chromium69Problems('export const u = import.meta.url; import("./x.js"); try {} catch {}'),
      [],
    );
    assert.equal(newerThanES2017('var a = b?.c ?? { ...d }; try {} catch {}').length, 4);
    assert.equal(
      newerThanES2017('var r = [/(?<!x)y/, /(?<=x)y/, /(?<n>x)/, /x./s, /\\p{L}/u, /(?!x)[<]/];').length,
      5,
    );
  });
});
