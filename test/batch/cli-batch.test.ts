/** `gouji check <文件夹>` on real files: pairing narratives, an unreadable file, the 汇总.xlsx, worker threads. */

import assert from 'node:assert/strict';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from '@jest/globals';
import ExcelJS from 'exceljs';
import { pairingKey } from '../../src/cli/batch/discover';
import type { Report } from '../../src/core/report';
import { CORPUS, gouji } from '../helpers';

const TMP = mkdtempSync(path.join(os.tmpdir(), 'gouji-batch-'));

const caseFile = (id: string) => path.join(CORPUS, 'cases', `${id}.xlsx`);
const narrativeFile = (id: string) => path.join(CORPUS, 'narratives', `${id}.txt`);

interface BatchJson {
  schema: string;
  files: Array<{
    file: string;
    narrative: string | null;
    department: string | null;
    error: string | null;
    report: Report | null;
  }>;
}

/** drafts/: a workbook with its narrative beside it, one whose narrative is a sheet inside it, a CSV named .xlsx. */
async function makeDrafts(): Promise<string> {
  const dir = path.join(TMP, 'drafts');
  mkdirSync(path.join(dir, '柳江'), { recursive: true });
  copyFileSync(caseFile('danfeng2024-standard'), path.join(dir, '丹凤县医疗保障局2024公开表.xlsx'));
  copyFileSync(narrativeFile('danfeng2024'), path.join(dir, '丹凤县医疗保障局2024情况说明.txt'));
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(caseFile('liujiang2022-stacked'));
  const sheet = wb.addWorksheet('情况说明');
  for (const line of readFileSync(narrativeFile('liujiang2022'), 'utf8').split('\n')) sheet.addRow([line]);
  await wb.xlsx.writeFile(path.join(dir, '柳江', '柳江区医疗保障局2022.xlsx'));
  writeFileSync(path.join(dir, '名单.xlsx'), '科目代码,科目名称,金额\n2010101,行政运行,12.00\n');
  return dir;
}

test('narratives pair with workbooks by name, without the words 公开表 and 情况说明', () => {
  assert.equal(
    pairingKey('丹凤县医疗保障局2024公开表.xlsx'),
    pairingKey('丹凤县医疗保障局2024情况说明.docx'),
  );
  assert.notEqual(pairingKey('丹凤县2024.xlsx'), pairingKey('柳江区2024.txt'));
});

test('a folder: every workbook checked on two worker threads, its narrative found, the bad file a row', async () => {
  const dir = await makeDrafts();
  const summary = path.join(TMP, 'out', '汇总.xlsx');
  const outDir = path.join(TMP, 'out', '标注');
  const r = gouji(
    'check',
    dir,
    '--summary',
    summary,
    '--out-dir',
    outDir,
    '--workers',
    '2',
    '--format',
    'json',
  );
  assert.equal(r.status, 2, `an unreadable file gives exit 2: ${r.stderr}`);
  assert.equal(r.stderr, '', 'no progress bar when stderr is not a terminal');
  const out: BatchJson = JSON.parse(r.stdout);
  assert.equal(out.schema, 'gouji.batch/1');
  assert.deepEqual(
    out.files.map((f) => [f.file, f.narrative, f.department, f.error === null]),
    [
      ['丹凤县医疗保障局2024公开表.xlsx', '丹凤县医疗保障局2024情况说明.txt', '丹凤县医疗保障局', true],
      [path.join('柳江', '柳江区医疗保障局2022.xlsx'), '（表内情况说明）', '柳州市柳江区医疗保障局', true],
      ['名单.xlsx', null, null, false],
    ],
  );
  assert.match(out.files[2].error!, /“名单.xlsx”不是 .xlsx 工作簿.*CSV/);
  // The paired narrative was read: its claim 本部门无项目支出 contradicts 公开03.
  const danfeng = out.files[0].report!;
  assert.ok(danfeng.findings.some((f) => f.narrative && f.sheet === '公开03表' && f.cell === 'E7'));
  const liujiang = out.files[1].report!;
  assert.equal(liujiang.tables.length, 9);
  assert.ok(
    liujiang.findings.some((f) => f.narrative),
    'the 情况说明 sheet was read as the narrative',
  );

  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(summary);
  const rows = wb.getWorksheet('汇总')!.getSheetValues().filter(Boolean) as ExcelJS.CellValue[][];
  const head = rows[0].slice(1) as string[];
  const col = (name: string) => head.indexOf(name) + 1;
  assert.equal(rows.length, 4);
  assert.equal(rows[1][col('部门')], '丹凤县医疗保障局');
  assert.equal(rows[1][col('年度')], 2024);
  assert.equal(rows[1][col('识别到的表')], 9);
  assert.equal(rows[1][col('错误')], danfeng.summary.error);
  assert.equal(rows[1][col('警告')], danfeng.summary.warning);
  assert.equal(
    rows[1][col('尾差')],
    danfeng.findings.filter((f) => f.severity === 'info' && f.difference).length,
  );
  assert.match(String(rows[3][col('状态')]), /^无法审核：.*CSV/);
  const link = rows[1][col('标注副本')] as ExcelJS.CellHyperlinkValue;
  assert.ok(existsSync(path.join(path.dirname(summary), link.hyperlink)), link.hyperlink);
  assert.ok(existsSync(path.join(outDir, '柳江', '柳江区医疗保障局2022-标注.xlsx')));
  const findings = wb.getWorksheet('全部问题')!;
  assert.equal(findings.rowCount - 1, danfeng.findings.length + liujiang.findings.length);
});

test('text output lists each workbook; a file option needs a folder', () => {
  const dir = path.join(TMP, 'clean');
  mkdirSync(dir, { recursive: true });
  copyFileSync(caseFile('liujiang2022-standard'), path.join(dir, 'a.xlsx'));
  copyFileSync(caseFile('danfeng2024-textnum'), path.join(dir, 'b.xlsx'));
  const r = gouji('check', dir, '--workers', '1');
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /共 2 个工作簿/);
  assert.match(r.stdout, /错误 0 {2}警告 0 {2}提示 \d+ {2}a\.xlsx/);
  assert.match(r.stdout, /有错误 0 个，无法审核 0 个，通过 2 个/);
  const bad = gouji('check', caseFile('liujiang2022-standard'), '--summary', path.join(TMP, 'x.xlsx'));
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /--summary 只用于批量审核/);
  const empty = path.join(TMP, 'empty');
  mkdirSync(empty);
  assert.match(gouji('check', empty).stderr, /没有 .xlsx 工作簿/);
});

test('--catalog reaches every worker: a complete list of the year turns unknown codes into warnings', () => {
  const dir = path.join(TMP, 'catalogued');
  mkdirSync(dir, { recursive: true });
  copyFileSync(caseFile('danfeng2024-standard'), path.join(dir, '丹凤.xlsx'));
  copyFileSync(caseFile('liujiang2022-standard'), path.join(dir, '柳江.xlsx'));
  // The year's list as a user would give it: here two 类 and a 款 of each, a real but short list (a list
  // of 类 only is refused as complete: it would make every 款 and 项 a warning).
  const list = path.join(TMP, '科目目录.csv');
  writeFileSync(
    list,
    '科目编码,科目名称\n208,社会保障和就业支出\n20805,行政事业单位养老支出\n210,卫生健康支出\n21011,行政事业单位医疗\n',
  );
  const r = gouji(
    'check',
    dir,
    '--catalog',
    list,
    '--catalog-complete',
    '--workers',
    '2',
    '--format',
    'json',
  );
  assert.ok(r.status === 0 || r.status === 1, r.stderr);
  const out: BatchJson = JSON.parse(r.stdout);
  assert.equal(out.files.length, 2);
  for (const f of out.files) {
    const unknown = (f.report?.findings ?? []).filter(
      (x) => x.rule === 'code.catalog' && /不在/.test(x.message),
    );
    assert.ok(unknown.length > 0, `${f.file}: codes outside the list are reported`);
    assert.ok(unknown.every((x) => x.severity === 'warning'));
    assert.ok(
      !unknown.some((x) => /科目代码 (208|210|20805|21011) /.test(x.message)),
      'listed codes are known',
    );
  }
  const bad = gouji('check', dir, '--catalog', path.join(TMP, '没有.csv'));
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /找不到科目目录文件/);
});

test('--face reaches every workbook of a folder, on the worker threads too', () => {
  const dir = path.join(TMP, 'faces');
  mkdirSync(dir, { recursive: true });
  copyFileSync(caseFile('danfeng2024-standard'), path.join(dir, '丹凤标准格式.xlsx'));
  copyFileSync(caseFile('danfeng2024-shanghai'), path.join(dir, '丹凤上海格式.xlsx'));
  const facesOf = (...extra: string[]) => {
    const r = gouji('check', dir, '--format', 'json', '--workers', '2', ...extra);
    assert.ok(r.status === 0 || r.status === 1, r.stderr);
    const out = JSON.parse(r.stdout) as BatchJson;
    return Object.fromEntries(
      out.files.map((f) => [f.file, [...new Set((f.report?.tables ?? []).map((t) => t.face))]]),
    );
  };
  // Detected per workbook without the option…
  assert.deepEqual(facesOf(), { '丹凤上海格式.xlsx': ['shanghai'], '丹凤标准格式.xlsx': ['mof'] });
  // …and the one given with it for every workbook.
  assert.deepEqual(facesOf('--face', 'shanghai'), {
    '丹凤上海格式.xlsx': ['shanghai'],
    '丹凤标准格式.xlsx': ['shanghai'],
  });
});
