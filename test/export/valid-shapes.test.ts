/**
 * Valid packages the patcher once refused (and the copy then fell back on ExcelJS's rewrite, which dropped
 * 14 parts without a word): comments without <authors>, a comment without <text>, no styles part. The copy
 * keeps every part; a part outside the package ("../") is not kept.
 */

import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { test } from '@jest/globals';
import { strFromU8, unzipSync, zipSync } from 'fflate';
import { checkWorkbook } from '../../src/core/check';
import { annotatedCopy } from '../../src/hosts/file/annotated-copy';
import { readWorkbookFile } from '../../src/hosts/file/read-workbook';
import { FIXTURES } from '../helpers';
import { repack, tempDir } from '../safety/helpers';

const TMP = tempDir('gouji-valid-shapes-');
const RICH = readFileSync(path.join(FIXTURES, 'rich', 'rich.xlsx'));

/** The parts 勾稽 may change: the workbook and its index parts, the styles, the marked sheets and their notes. */
const MAY_CHANGE =
  /^(\[Content_Types\]\.xml|xl\/workbook\.xml|xl\/_rels\/workbook\.xml\.rels|xl\/styles\.xml|xl\/worksheets\/sheet\d+\.xml|xl\/worksheets\/_rels\/sheet\d+\.xml\.rels|xl\/comments\d+\.xml|xl\/drawings\/vmlDrawing\d+\.vml)$/;

const equal = (a: Uint8Array, b: Uint8Array) => a.length === b.length && a.every((x, i) => x === b[i]);

async function copyOf(name: string, bytes: Uint8Array) {
  const file = path.join(TMP, name);
  writeFileSync(file, bytes);
  const loaded = await readWorkbookFile(file);
  const report = checkWorkbook(loaded.snapshot, {});
  assert.ok(
    report.findings.some((f) => f.sheet === '公开03表' && f.cell === 'C28'),
    'C28 is marked',
  );
  return { before: unzipSync(bytes), after: unzipSync(await annotatedCopy(loaded, report)) };
}

function assertEveryPartKept(before: Record<string, Uint8Array>, after: Record<string, Uint8Array>) {
  const missing = Object.keys(before).filter((n) => !(n in after) && !n.startsWith('../'));
  assert.deepEqual(missing, []);
  const changed = Object.keys(before).filter((n) => n in after && !equal(before[n], after[n]));
  for (const n of changed) assert.match(n, MAY_CHANGE, `${n} changed`);
  for (const kept of [
    'xl/charts/chart1.xml',
    'xl/pivotTables/pivotTable1.xml',
    'xl/threadedComments/threadedComment1.xml',
    'xl/externalLinks/externalLink1.xml',
    'docProps/custom.xml',
  ])
    assert.ok(equal(before[kept], after[kept]), `${kept} byte for byte`);
}

test('comments without <authors>: every part kept, the note added with its author', async () => {
  const { before, after } = await copyOf(
    '无作者.xlsx',
    repack(RICH, (n, t) => (n === 'xl/comments1.xml' ? t.replace(/<authors>[\s\S]*?<\/authors>/, '') : null)),
  );
  assertEveryPartKept(before, after);
  const comments = strFromU8(after['xl/comments1.xml']);
  assert.match(comments, /<comments[^>]*><authors><author>勾稽<\/author><\/authors><commentList>/);
  assert.match(comments, /原有批注：请核对行政运行[\s\S]*【勾稽·错误】/);
});

test('a comment without <text>: every part kept, the cell gets 勾稽’s note', async () => {
  const { before, after } = await copyOf(
    '无文字.xlsx',
    repack(RICH, (n, t) => (n === 'xl/comments1.xml' ? t.replace(/<text>[\s\S]*?<\/text>/, '') : null)),
  );
  assertEveryPartKept(before, after);
  assert.match(
    strFromU8(after['xl/comments1.xml']),
    /<comment ref="C28" authorId="0"><text><r><t xml:space="preserve">\n【勾稽·错误】/,
  );
});

test('no styles part: the default one is added, every other part kept', async () => {
  const { before, after } = await copyOf(
    '无样式.xlsx',
    repack(RICH, (n, t) =>
      n === 'xl/_rels/workbook.xml.rels' ? t.replace(/<Relationship [^>]*styles"[^>]*\/>/, '') : null,
    ),
  );
  assertEveryPartKept(before, after);
  assert.match(
    strFromU8(after['xl/_rels/workbook.xml.rels']),
    /styles"? Target="styles1?\.xml"|Target="styles1?\.xml"[^>]*styles"/,
  );
});

/** The package with the styles part itself gone and its relationship left pointing at `target`. */
function danglingStyles(target: string): Uint8Array {
  const files = unzipSync(
    repack(RICH, (n, t) =>
      n === 'xl/_rels/workbook.xml.rels'
        ? t.replace(/(<Relationship [^>]*styles" Target=")[^"]*"/, `$1${target}"`)
        : null,
    ),
  );
  delete files['xl/styles.xml'];
  return zipSync(files);
}

const stylesRels = (rels: string) => rels.match(/<Relationship [^>]*relationships\/styles"[^>]*\/>/g) ?? [];

test('a styles relationship whose part is missing: the part is added under its name, no second relationship', async () => {
  const { before, after } = await copyOf('样式缺失.xlsx', danglingStyles('styles.xml'));
  assertEveryPartKept(before, after);
  assert.ok(!('xl/styles.xml' in before) && 'xl/styles.xml' in after);
  assert.deepEqual(
    stylesRels(strFromU8(after['xl/_rels/workbook.xml.rels'])),
    stylesRels(strFromU8(before['xl/_rels/workbook.xml.rels'])),
  );
  assert.equal(stylesRels(strFromU8(after['xl/_rels/workbook.xml.rels'])).length, 1);
  const types = strFromU8(after['[Content_Types].xml']);
  assert.equal(types.match(/PartName="\/xl\/styles\.xml"/g)?.length, 1);
  assert.match(strFromU8(after['xl/styles.xml']), /<cellXfs count="\d+">/);
});

test('a styles relationship aimed outside the package: pointed at the added part, still one relationship', async () => {
  const { before, after } = await copyOf('样式越界.xlsx', danglingStyles('../../styles.xml'));
  assertEveryPartKept(before, after);
  const rels = stylesRels(strFromU8(after['xl/_rels/workbook.xml.rels']));
  assert.equal(rels.length, 1);
  assert.match(rels[0], /Target="styles\.xml"/);
  assert.ok('xl/styles.xml' in after);
});

test('an entry named outside the package ("../") is not kept in the copy', async () => {
  const { after } = await copyOf(
    '越界.xlsx',
    repack(RICH, () => null, { '../../evil.txt': 'x' }),
  );
  assert.deepEqual(
    Object.keys(after).filter((n) => n.includes('..')),
    [],
  );
  assert.ok('xl/charts/chart1.xml' in after);
});
