/**
 * The tables 勾稽 recognised and the face each was read in, so the user sees what was understood; and the
 * user's corrections: pick the face, or say that a sheet (or a range of it) is a given table (设为公开05).
 */

import { useState } from 'react';
import { DefaultButton, Dropdown, Link, TextField, type IDropdownOption } from '@fluentui/react';
import { FACE_CHOICES, type FaceId, type TableAssignment } from '../../core/faces/choices';
import { faceById, isFaceId } from '../../core/faces';
import { reportTableName, reportTableRef } from '../../core/faces/names';
import type { CellLocation, TableSummary } from '../../core/report';
import type { SheetSelection } from '../../hosts/host';
import { TABLE_IDS, type TableId } from '../../core/tables/model';
import { parseRangeInput } from '../logic/settings';

interface Props {
  tables: readonly TableSummary[];
  onSelect(target: CellLocation): void;
  /** The workbook's sheets (from the last check). */
  sheets: readonly string[];
  face: FaceId | null;
  onFace(face: FaceId | null): void;
  assignments: readonly TableAssignment[];
  onAssign(a: TableAssignment): void;
  onUnassign(a: TableAssignment): void;
  /** The host's selection (用当前选区); absent where the host cannot read it: the range is typed. */
  readSelection?: () => Promise<SheetSelection | null>;
}

const AUTO = 'auto';

export function faceName(id: string | undefined | null): string | null {
  if (!id) return null;
  const choice = FACE_CHOICES.find((c) => c.id === id);
  return choice ? choice.name : id;
}

const place = (a: TableAssignment) => `${a.sheet}${a.range ? `!${a.range}` : ''}`;

export function TablesList(props: Props) {
  const { tables, sheets, face, assignments } = props;
  const found = new Set(tables.map((t) => t.id));
  // The tables the face the workbook was read in has (four for central units), not always the nine of 财政部.
  const readIn = [...new Set(tables.map((t) => t.face).filter((x): x is FaceId => !!x && isFaceId(x)))];
  const expected = readIn.length
    ? TABLE_IDS.filter((id) => readIn.some((f) => faceById(f).tables.some((t) => t.id === id)))
    : TABLE_IDS;
  const missing = expected.filter((id) => !found.has(id));
  const faces = [...new Set(tables.map((t) => faceName(t.face)).filter((x): x is string => !!x))];
  const nameOf = (id: TableId) => reportTableName({ tables: [...tables] }, id);
  const [sheet, setSheet] = useState<string | null>(null);
  const [table, setTable] = useState<TableId>(missing[0] ?? expected[0]);
  const [rangeText, setRangeText] = useState('');
  const [rangeError, setRangeError] = useState<string | null>(null);
  const [rangeHint, setRangeHint] = useState<string | null>(null);
  const chosenSheet = sheet && sheets.includes(sheet) ? sheet : (sheets[0] ?? null);

  const assign = () => {
    if (!chosenSheet) return;
    const parsed = parseRangeInput(rangeText);
    if ('error' in parsed) {
      setRangeError(parsed.error);
      return;
    }
    setRangeError(null);
    props.onAssign(
      parsed.range ? { table, sheet: chosenSheet, range: parsed.range } : { table, sheet: chosenSheet },
    );
  };

  const fromSelection = async () => {
    if (!props.readSelection) return;
    setRangeHint(null);
    let selection: SheetSelection | null;
    try {
      selection = await props.readSelection();
    } catch (error) {
      setRangeError(error instanceof Error ? error.message : String(error));
      return;
    }
    if (!selection) {
      setRangeError('没有选中单元格：请先在工作表中选中要指定的区域。');
      return;
    }
    if (!sheets.includes(selection.sheet)) {
      setRangeError(`选区所在的工作表“${selection.sheet}”不在上次审核的工作簿中：请先重新审核。`);
      return;
    }
    setRangeError(null);
    setSheet(selection.sheet);
    // One cell says which sheet, not which rectangle: the whole sheet is meant.
    const single = !selection.range.includes(':');
    setRangeText(single ? '' : selection.range);
    if (single) setRangeHint(`只选中了一个单元格（${selection.range}）：将指定整张工作表。`);
  };

  const faceOptions: IDropdownOption[] = [
    { key: AUTO, text: '自动识别' },
    ...FACE_CHOICES.map((c) => ({ key: c.id, text: c.name })),
  ];
  return (
    <details className="gj-tables" open={tables.length === 0 || undefined}>
      <summary>
        识别到的表格：{tables.length} 张{faces.length > 0 ? `，按${faces.join('、')}读取` : ''}
        {missing.length > 0 ? `；未找到 ${missing.length} 张` : ''}
      </summary>
      <ul>
        {tables.map((t, i) => (
          <li key={`${t.id}-${t.sheet}-${i}`}>
            <span className="gj-table-title">{t.name ?? nameOf(t.id)}</span>{' '}
            <Link onClick={() => props.onSelect({ sheet: t.sheet, cell: t.range.split(':')[0] })}>
              {`${t.sheet}!${t.range}`}
            </Link>
            {t.face && <span className="gj-table-face">按{faceName(t.face)}读取</span>}
          </li>
        ))}
        {missing.map((id) => (
          <li key={id} className="gj-missing">
            <span className="gj-table-title">{nameOf(id)}</span>：未找到
          </li>
        ))}
      </ul>
      <div className="gj-recognition" role="group" aria-label="纠正识别">
        <p className="gj-hint">识别有误时：选择公开表的格式，或指定某张工作表（或其中的区域）是哪张表。</p>
        <Dropdown
          label="表格格式"
          options={faceOptions}
          selectedKey={face ?? AUTO}
          onChange={(_e, o) => o && props.onFace(o.key === AUTO ? null : (o.key as FaceId))}
        />
        {sheets.length > 0 && (
          <div className="gj-assign">
            <Dropdown
              label="工作表"
              options={sheets.map((s) => ({ key: s, text: s }))}
              selectedKey={chosenSheet}
              onChange={(_e, o) => o && setSheet(String(o.key))}
            />
            <TextField
              label="区域（可留空）"
              placeholder="如 A1:H40"
              value={rangeText}
              onChange={(_e, v) => {
                setRangeText(v ?? '');
                setRangeHint(null);
              }}
              errorMessage={rangeError ?? undefined}
              description={rangeHint ?? undefined}
            />
            {props.readSelection && (
              <DefaultButton
                className="gj-small-button"
                text="用当前选区"
                title="用工作表中选中的区域填写工作表和区域"
                onClick={() => void fromSelection()}
              />
            )}
            <Dropdown
              label="是哪张表"
              options={expected.map((id) => ({ key: id, text: nameOf(id) }))}
              selectedKey={table}
              onChange={(_e, o) => o && setTable(o.key as TableId)}
            />
            <DefaultButton
              text={`设为${reportTableRef({ tables: [...tables] }, table)}`}
              onClick={assign}
              disabled={!chosenSheet}
            />
          </div>
        )}
        {assignments.length > 0 && (
          <ul className="gj-assignments" aria-label="已指定的表">
            {assignments.map((a) => (
              <li key={`${a.table}-${place(a)}`}>
                “{place(a)}”是{reportTableRef({ tables: [...tables] }, a.table)}{' '}
                <DefaultButton
                  className="gj-small-button"
                  text="取消指定"
                  ariaLabel={`取消“${place(a)}”的${reportTableRef({ tables: [...tables] }, a.table)}指定`}
                  onClick={() => props.onUnassign(a)}
                />
              </li>
            ))}
          </ul>
        )}
      </div>
    </details>
  );
}
