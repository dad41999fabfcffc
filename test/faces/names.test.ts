import assert from 'node:assert/strict';
import { test } from '@jest/globals';
import { checkWorkbook } from '../../src/core/check';
import { CENTRAL_4_FACE } from '../../src/core/faces/central-4';
import { MOF_FACE } from '../../src/core/faces/mof';
import {
  faceTableName,
  renameTables,
  reportTableName,
  reportTableRef,
  tableName,
  tableRef,
} from '../../src/core/faces/names';
import { SHANGHAI_FACE } from '../../src/core/faces/shanghai';

test('a table is named as its face names it: 公开NN where the face marks its tables so, else 表N and its title', () => {
  assert.equal(tableName('公开02', MOF_FACE), '公开02 收入决算表');
  assert.equal(tableName('公开02', 'central-4'), '表2 收入决算表');
  assert.equal(tableName('公开05', CENTRAL_4_FACE), '表4 财政拨款支出决算表');
  assert.equal(tableName('公开01', CENTRAL_4_FACE), '表1 高等学校收支决算总表');
  assert.equal(tableName('公开09', SHANGHAI_FACE), '表7 财政拨款“三公”经费支出决算表');
  // A table the face does not have keeps its 财政部 name; anything else is left as it is.
  assert.equal(tableName('公开06', CENTRAL_4_FACE), '公开06 一般公共预算财政拨款基本支出决算明细表');
  assert.equal(tableName('情况说明', CENTRAL_4_FACE), '情况说明');
  assert.equal(tableName('公开03', undefined), '公开03 支出决算表');
  assert.equal(tableName('公开03', 'no-such-face'), '公开03 支出决算表');
  assert.equal(tableRef('公开02', MOF_FACE), '公开02');
  assert.equal(tableRef('公开02', CENTRAL_4_FACE), '表2 收入决算表');
  assert.equal(faceTableName(MOF_FACE, '公开05'), '公开05（一般公共预算财政拨款支出决算表）');
  assert.equal(faceTableName(CENTRAL_4_FACE, '公开05'), '表4 财政拨款支出决算表');
});

test('messages are renamed outside quotes only, and only the table mentions', () => {
  const faceOf = () => CENTRAL_4_FACE;
  assert.equal(
    renameTables('公开02 合计 本年收入合计 1.00，与公开01 本年收入合计 2.00 不一致', faceOf),
    '表2 收入决算表 合计 本年收入合计 1.00，与表1 高等学校收支决算总表 本年收入合计 2.00 不一致',
  );
  assert.equal(
    renameTables('“见公开02表”与公开05 不一致', faceOf),
    '“见公开02表”与表4 财政拨款支出决算表 不一致',
  );
  // "公开02表" is a marker the user wrote, "公开010" no table: left alone; the 财政部 face keeps its ids.
  assert.equal(renameTables('公开02表 公开010', faceOf), '公开02表 公开010');
  assert.equal(
    renameTables('公开02 合计', () => MOF_FACE),
    '公开02 合计',
  );
});

test('the report names each table as its face does, and its findings say the same name', () => {
  const snapshot = {
    name: 'central.xlsx',
    sheets: [
      {
        name: '表4',
        originRow: 0,
        originCol: 0,
        merges: [],
        values: [
          ['表4：高等学校财政拨款支出决算表', null, null, null, null],
          ['科目编码', '科目名称', '合计', '基本支出', '项目支出'],
          [null, '合计', 30, 20, 10],
          ['205', '教育支出', 31, 20, 10],
          ['20502', '普通教育', 31, 20, 10],
          ['2050205', '高等教育', 31, 20, 10],
        ],
      },
    ],
  };
  const report = checkWorkbook(snapshot, { face: 'central-4' });
  assert.deepEqual(
    report.tables.map((t) => [t.id, t.name]),
    [['公开05', '表4 财政拨款支出决算表']],
  );
  assert.equal(reportTableName(report, '公开05'), '表4 财政拨款支出决算表');
  assert.equal(reportTableRef(report, '公开05'), '表4 财政拨款支出决算表');
  assert.equal(reportTableName(report, '公开02'), '表2 收入决算表');
  const rowSum = report.findings.find((f) => f.rule === 'sum.row');
  assert.ok(rowSum, JSON.stringify(report.findings.map((f) => f.message)));
  assert.match(rowSum.message, /^表4 财政拨款支出决算表 /);
  assert.ok(
    report.findings.every((f) => !/公开0\d/.test(f.message)),
    report.findings.map((f) => f.message).join('\n'),
  );
});
