/** The user's own subject catalogue (the year's official list): read from a real file, used by the rules. */

import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from '@jest/globals';
import { defaultCatalogs } from '../src/core/catalog';
import { readUserCatalog, withUserCatalog } from '../src/core/catalog/user';
import { checkWorkbook } from '../src/core/check';
import { recognizeWorkbook } from '../src/core/recognition';
import type { Report } from '../src/core/report';
import type { CodedTable } from '../src/core/tables/model';
import { CORPUS, gouji, loadCase, withCells } from './helpers';

const TMP = mkdtempSync(path.join(os.tmpdir(), 'gouji-catalog-'));

/** The code and name pairs of one real table, as a user's CSV list would give them. */
async function pairsOf(caseId: string, table: '公开05' | '公开03'): Promise<Array<[string, string]>> {
  const t = recognizeWorkbook(await loadCase(caseId)).tables.find((x) => x.id === table) as CodedTable;
  return t.rows.map((r) => [r.code, r.name]);
}

test('reads code and name rows from a real workbook, whatever the layout, and skips titles and headers', async () => {
  const user = readUserCatalog(await loadCase('liujiang2022-stacked'), 'liujiang.xlsx');
  const expected = await pairsOf('liujiang2022-standard', '公开03');
  for (const [code, name] of expected) {
    const e = user.functional.find((x) => x.code === code);
    assert.ok(e, `code ${code} read`);
    assert.equal(e.name.replace(/\s/g, ''), name.replace(/\s/g, ''));
    assert.equal(e.level, code.length === 3 ? '类' : code.length === 5 ? '款' : '项');
  }
  assert.ok(user.economic.length > 10, '公开06 经济分类 codes read');
  assert.ok(user.economic.every((e) => e.code.startsWith('3') && e.code.length !== 7));
  assert.ok(user.functional.every((e) => e.code.startsWith('2')));
});

test("the user's name for a code becomes the catalogue's name; the bundled one stays accepted", async () => {
  const snapshot = await loadCase('danfeng2024-standard');
  const [code, name] = (await pairsOf('danfeng2024-standard', '公开05')).find(([c]) => c.length === 7)!;
  const user = readUserCatalog(
    {
      name: 'u',
      sheets: [{ name: 's', originRow: 0, originCol: 0, values: [[code, `${name}（新）`]], merges: [] }],
    },
    'u.csv',
  );
  const catalogs = withUserCatalog(defaultCatalogs(), user, false);
  assert.equal(catalogs.functional.lookup(code)?.name, `${name}（新）`);
  assert.ok(catalogs.functional.nameMatches(code, name));
  const report = checkWorkbook(snapshot, { catalogs });
  assert.deepEqual(
    report.findings.filter((f) => f.rule === 'code.catalog'),
    [],
    'the bundled name is still accepted',
  );
  const row = recognizeWorkbook(snapshot).tables.find((t) => t.id === '公开05') as CodedTable;
  const nameCell = row.rows.find((r) => r.code === code)!.nameRef;
  const a1 = `${String.fromCharCode(65 + nameCell.col)}${nameCell.row + 1}`;
  const planted = checkWorkbook(withCells(snapshot, [[nameCell.sheet, a1, '随便写的名称']]), { catalogs });
  const hit = planted.findings.find((f) => f.rule === 'code.catalog' && f.cell === a1);
  assert.ok(hit, 'a wrong name is reported');
  assert.match(hit.message, new RegExp(`${name}（新）`), "the message gives the user's catalogue name");
});

test("gouji check --catalog adds to the bundled list; with --catalog-complete the list is the year's official one", async () => {
  const csv = path.join(TMP, '科目目录.csv');
  const pairs = await pairsOf('liujiang2022-standard', '公开05');
  writeFileSync(csv, '\uFEFF科目编码,科目名称\n' + pairs.map(([c, n]) => `${c},${n}`).join('\n'));
  const danfeng = path.join(CORPUS, 'cases', 'danfeng2024-standard.xlsx');
  const danfengCodes = new Set((await pairsOf('danfeng2024-standard', '公开05')).map(([c]) => c));
  const absent = [...danfengCodes].filter((c) => !pairs.some(([p]) => p === c));
  assert.ok(absent.length > 0, 'the two units use different subjects');

  const plain = gouji('check', danfeng, '--catalog', csv, '--format', 'json');
  assert.equal(plain.status, 0, plain.stderr);
  const complete = gouji('check', danfeng, '--catalog', csv, '--catalog-complete', '--format', 'json');
  assert.equal(complete.status, 0, complete.stderr);
  const report: Report = JSON.parse(complete.stdout);
  const unknown = report.findings.filter((f) => f.rule === 'code.catalog' && /不在/.test(f.message));
  assert.ok(unknown.length > 0);
  assert.ok(unknown.every((f) => f.severity === 'warning'));
  assert.deepEqual(
    [...new Set(unknown.map((f) => /科目代码 (\d+)/.exec(f.message)?.[1]))].sort(),
    absent.sort(),
    'exactly the codes the complete list lacks',
  );
  // A partial list only adds to the bundled data: nothing becomes a warning.
  const before: Report = JSON.parse(plain.stdout);
  assert.deepEqual(
    before.findings.filter((f) => f.rule === 'code.catalog' && f.severity !== 'info'),
    [],
  );
});

test('a catalogue file without any code rows, or --catalog-complete alone, is refused with a clear message', () => {
  const empty = path.join(TMP, '空目录.csv');
  writeFileSync(empty, '科目编码,科目名称\n说明,无\n');
  const danfeng = path.join(CORPUS, 'cases', 'danfeng2024-standard.xlsx');
  const r = gouji('check', danfeng, '--catalog', empty);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /科目目录文件“空目录\.csv”中没有找到/);
  const alone = gouji('check', danfeng, '--catalog-complete');
  assert.equal(alone.status, 2);
  assert.match(alone.stderr, /--catalog-complete 需要同时给出 --catalog/);
  const missing = gouji('check', danfeng, '--catalog', path.join(TMP, '没有这个文件.csv'));
  assert.equal(missing.status, 2);
  assert.match(missing.stderr, /找不到科目目录文件/);
});

/** A real table's codes as a list printed with 类 | 款 | 项 in separate columns. */
function splitRows(pairs: Array<[string, string]>, printed: boolean): Array<Array<string | null>> {
  return pairs.map(([code, name]) => {
    const parts = [code.slice(0, 3), code.slice(3, 5) || null, code.slice(5, 7) || null];
    // As such lists are printed: a 款 or 项 row shows only its own part, under the 类 and 款 above.
    if (printed && code.length === 5) parts[0] = null;
    if (printed && code.length === 7) parts[0] = parts[1] = null;
    return ['', ...parts, name];
  });
}

test('a list with 类 | 款 | 项 codes in separate columns is read as whole codes', async () => {
  const pairs = await pairsOf('danfeng2024-standard', '公开05');
  assert.ok(pairs.some(([c]) => c.length === 7) && pairs.some(([c]) => c.length === 5));
  for (const printed of [false, true]) {
    const user = readUserCatalog(
      {
        name: 'u',
        sheets: [
          {
            name: 's',
            originRow: 0,
            originCol: 0,
            values: [['', '类', '款', '项', '科目名称'], ...splitRows(pairs, printed)],
            merges: [],
          },
        ],
      },
      'u.xlsx',
    );
    assert.deepEqual(
      user.functional.map((e) => [e.code, e.name]),
      pairs,
      printed ? 'printed layout' : 'every part on every row',
    );
  }
});

test('--catalog-complete with a list of 类 codes only is refused', async () => {
  const csv = path.join(TMP, '只有类.csv');
  const pairs = (await pairsOf('liujiang2022-standard', '公开05')).filter(([c]) => c.length === 3);
  writeFileSync(csv, '科目编码,科目名称\n' + pairs.map(([c, n]) => `${c},${n}`).join('\n'));
  const danfeng = path.join(CORPUS, 'cases', 'danfeng2024-standard.xlsx');
  assert.equal(gouji('check', danfeng, '--catalog', csv, '--format', 'json').status, 0);
  const r = gouji('check', danfeng, '--catalog', csv, '--catalog-complete', '--format', 'json');
  assert.equal(r.status, 2);
  assert.match(r.stderr, /--catalog-complete 要求科目目录列到款、项/);
  // The same codes split into 类 | 款 | 项 columns are read whole and accepted as complete.
  const split = path.join(TMP, '类款项分列.csv');
  const all = await pairsOf('liujiang2022-standard', '公开05');
  writeFileSync(
    split,
    '类,款,项,科目名称\n' +
      splitRows(all, true)
        .map((r) =>
          r
            .slice(1)
            .map((v) => v ?? '')
            .join(','),
        )
        .join('\n'),
  );
  const ok = gouji('check', danfeng, '--catalog', split, '--catalog-complete', '--format', 'json');
  assert.equal(ok.status, 0, ok.stderr);
});
