/**
 * manifest.xml: valid against the add-in manifest XSDs (offline, xmllint-wasm, schemas copied into
 * test/fixtures/schemas/), the choices HOSTS.md asks for, and every URL it names served by the build.
 */

import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from '@jest/globals';
import { validateXML, type XMLValidationResult } from 'xmllint-wasm';
import { FIXTURES } from './helpers';

const ROOT = path.join(__dirname, '..');
const SCHEMAS = path.join(FIXTURES, 'schemas', 'office-addin-manifest');
const MANIFEST = readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');
const ORIGIN = 'https://localhost:3000';

function validate(xml: string): Promise<XMLValidationResult> {
  const files = readdirSync(SCHEMAS).filter((f) => f.endsWith('.xsd'));
  const file = (name: string) => ({
    fileName: name,
    contents: readFileSync(path.join(SCHEMAS, name), 'utf8'),
  });
  return validateXML({
    xml: [{ fileName: 'manifest.xml', contents: xml }],
    schema: [file('OfficeAppManifestV1_1.xsd')],
    preload: files.filter((f) => f !== 'OfficeAppManifestV1_1.xsd').map(file),
  });
}

/** What the web build (webpack.config.js) emits into dist-web/, as paths relative to it. */
function buildOutputs(): Set<string> {
  const dist = path.join(ROOT, 'dist-web');
  const outputs = new Set<string>();
  if (existsSync(dist)) {
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(full);
        else outputs.add(path.relative(dist, full).split(path.sep).join('/'));
      }
    };
    walk(dist);
    return outputs;
  }
  // No build here: the pages webpack declares and the files it copies from the source tree.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const config = require(path.join(ROOT, 'webpack.config.js'))({}, { mode: 'production' }) as {
    plugins: Array<{ userOptions?: { filename?: string }; patterns?: Array<{ from: string; to: string }> }>;
  };
  for (const plugin of config.plugins) {
    if (typeof plugin.userOptions?.filename === 'string') outputs.add(plugin.userOptions.filename);
    for (const p of plugin.patterns ?? []) {
      const from = path.join(ROOT, p.from);
      if (p.from.includes('*') || !existsSync(from)) continue;
      if (statSync(from).isDirectory()) for (const f of readdirSync(from)) outputs.add(`${p.to}/${f}`);
      else outputs.add(p.to);
    }
  }
  return outputs;
}

function urls(xml: string): string[] {
  return [...xml.matchAll(/DefaultValue="(https?:\/\/[^"]+)"/g)].map((m) => m[1]);
}

function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  assert.equal(bytes.subarray(1, 4).toString('latin1'), 'PNG', `${file} is a PNG`);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('manifest.xml', () => {
  it('is valid against the add-in manifest schemas', async () => {
    const result = await validate(MANIFEST);
    assert.ok(result.valid, result.errors.map((e) => e.rawMessage).join('\n'));
  });

  it('the schema check catches a broken manifest', async () => {
    const broken = await validate(MANIFEST.replace(/<Id>[^<]*<\/Id>/, ''));
    assert.equal(broken.valid, false);
    const misplaced = await validate(
      MANIFEST.replace('<OfficeTab id="TabHome">', '<OfficeTab id="TabHome"><Bogus/>'),
    );
    assert.equal(misplaced.valid, false);
  });

  it('is a Chinese task-pane add-in for workbooks, asking for the lowest ExcelApi, with a button on 开始', () => {
    assert.match(MANIFEST, /xsi:type="TaskPaneApp"/);
    assert.match(MANIFEST, /<DefaultLocale>zh-CN<\/DefaultLocale>/);
    assert.match(MANIFEST, /<Host Name="Workbook"\/>/);
    assert.match(MANIFEST, /<Set Name="ExcelApi" MinVersion="1\.1"\/>/);
    assert.match(MANIFEST, /<DisplayName DefaultValue="[^"]*\p{Script=Han}[^"]*"\/>/u);
    assert.match(MANIFEST, /<Description DefaultValue="[^"]*\p{Script=Han}[^"]*"\/>/u);
    assert.match(MANIFEST, /<SourceLocation DefaultValue="https:\/\/localhost:3000\/taskpane\.html"\/>/);
    assert.match(MANIFEST, /<OfficeTab id="TabHome">[\s\S]*<Action xsi:type="ShowTaskpane">/);
  });

  it('names only https URLs of one origin, each served by the web build', () => {
    const outputs = buildOutputs();
    assert.ok(outputs.has('taskpane.html'), 'the build declares taskpane.html');
    const named = urls(MANIFEST);
    assert.ok(named.length >= 8);
    for (const url of named) {
      assert.ok(url.startsWith(`${ORIGIN}/`), `${url} is on ${ORIGIN}`);
      const file = url.slice(ORIGIN.length + 1).split(/[?#]/)[0];
      assert.ok(outputs.has(file), `${file} is produced by the build`);
    }
  });

  it('points every icon at a real PNG of its size', () => {
    for (const url of urls(MANIFEST).filter((u) => u.endsWith('.png'))) {
      const file = path.join(ROOT, url.slice(ORIGIN.length + 1));
      const size = Number(/icon-(\d+)\.png$/.exec(file)?.[1]);
      assert.deepEqual(pngSize(file), { width: size, height: size }, file);
    }
    for (const size of [16, 32, 64, 80]) assert.ok(existsSync(path.join(ROOT, 'assets', `icon-${size}.png`)));
  });
});
