/** The open workbook as a grid with sheet tabs: marks (fills, notes) and the selection, kept live. */

import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { fromA1, toA1 } from '../../../core/address';
import type { BrowserWorkbook } from '../workbook-model';
import { CellEditor } from './CellEditor';
import { inRange, rangeBetween } from './drag-range';
import { MAX_GRID_COLS, MAX_GRID_ROWS, buildGridView, type GridView } from './grid-view';
import { useModelVersion } from './use-model-version';

interface Props {
  model: BrowserWorkbook;
}

/** Arrow keys: [row step, column step]. */
const STEPS: Record<string, [number, number]> = {
  ArrowUp: [-1, 0],
  ArrowDown: [1, 0],
  ArrowLeft: [0, -1],
  ArrowRight: [0, 1],
};

/** The next shown cell from `from` in the step's direction (over cells a merge covers), or null. */
function neighbour(view: GridView, from: string, [dr, dc]: [number, number]): string | null {
  const shown = new Set(view.rows.flatMap((r) => r.cells.map((c) => c.address)));
  const lastRow = view.rows.length ? view.rows[view.rows.length - 1].number - 1 : -1;
  let { row, col } = fromA1(from);
  for (;;) {
    row += dr;
    col += dc;
    if (row < 0 || col < 0 || row > lastRow || col >= view.columns.length) return null;
    const address = toA1(row, col);
    if (shown.has(address)) return address;
  }
}

export function SheetGrid({ model }: Props) {
  const version = useModelVersion(model);
  const sheets = model.sheets();
  const selection = model.getSelection();
  const [shown, setShown] = useState(sheets[0] ? sheets[0].name : '');
  const active = selection && model.sheet(selection.sheet) ? selection.sheet : shown;
  const grid = useRef<HTMLDivElement>(null);
  const [editing, setEditing] = useState<string | null>(null);

  useEffect(() => {
    if (selection) setShown(selection.sheet);
  }, [selection]);

  useEffect(() => {
    if (!selection || !grid.current) return;
    const g = grid.current;
    const el = g.querySelector<HTMLElement>(`[data-cell="${selection.cell}"]`);
    if (!el) return;
    // Scroll the grid alone (never the page or the pane): the cell to the middle, sideways only if hidden.
    const box = el.getBoundingClientRect();
    const frame = g.getBoundingClientRect();
    g.scrollTop += box.top - frame.top - (g.clientHeight - box.height) / 2;
    if (box.left < frame.left + 40 || box.right > frame.left + g.clientWidth)
      g.scrollLeft += box.left - frame.left - 60;
  }, [selection, version]);

  const ws = model.sheet(active);
  const view = ws ? buildGridView(ws) : null;
  const selectedHere = selection && selection.sheet === active ? selection.cell : null;
  const rangeHere = selectedHere && selection ? selection.range : undefined;
  // The cell a drag started on, while the mouse button is down.
  const dragFrom = useRef<string | null>(null);
  const extendTo = (address: string) => {
    if (!selectedHere) return;
    model.select({
      sheet: active,
      cell: selectedHere,
      related: [],
      range: rangeBetween(selectedHere, address),
    });
  };
  const related = new Set(
    (selection ? selection.related : []).filter((r) => r.sheet === active).map((r) => r.cell),
  );
  // One cell takes Tab (roving tabindex): the selected one, else the first.
  const first = view && view.rows.length && view.rows[0].cells.length ? view.rows[0].cells[0].address : null;
  const focusable = selectedHere ?? first;

  // After a move by keyboard (or the end of an edit), focus follows the selected cell.
  const wantFocus = useRef(false);
  useEffect(() => {
    if (!wantFocus.current || editing || !grid.current || !selectedHere) return;
    wantFocus.current = false;
    const current = document.activeElement;
    if (current && current !== document.body && !grid.current.contains(current)) return;
    grid.current.querySelector<HTMLElement>(`td[data-cell="${selectedHere}"]`)?.focus();
  }, [selectedHere, editing, version]);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (!view || editing) return; // the editor handles its own keys
    if ((e.key === 'Enter' || e.key === 'F2') && selectedHere) {
      e.preventDefault();
      setEditing(selectedHere);
      return;
    }
    const step = STEPS[e.key];
    const from = selectedHere ?? first;
    if (!step || !from) return;
    e.preventDefault();
    const next = selectedHere ? neighbour(view, from, step) : from;
    if (!next) return;
    wantFocus.current = true;
    model.select({ sheet: active, cell: next, related: [] });
  };

  const tabs = useRef<HTMLDivElement>(null);
  const showSheet = (name: string) => {
    setShown(name);
    if (selection && selection.sheet !== name) model.select({ sheet: name, cell: 'A1', related: [] });
  };
  // The sheet tabs are one Tab stop: ← → (Home, End) move to the next sheet and show it.
  const onTabKey = (e: KeyboardEvent<HTMLDivElement>) => {
    const names = sheets.map((s) => s.name);
    const i = names.indexOf(active);
    const next =
      e.key === 'ArrowRight'
        ? i + 1
        : e.key === 'ArrowLeft'
          ? i - 1
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? names.length - 1
              : null;
    if (next === null || next < 0 || next >= names.length) return;
    e.preventDefault();
    showSheet(names[next]);
    tabs.current?.querySelectorAll<HTMLElement>('[role="tab"]')[next]?.focus();
  };
  const selectedCell =
    view && selectedHere
      ? view.rows.flatMap((r) => r.cells).find((c) => c.address === selectedHere)
      : undefined;
  const note = selectedCell && selectedCell.note ? selectedCell.note : null;

  return (
    <section className="gj-grid-wrap" aria-label="工作表">
      <div className="gj-sheet-tabs" role="tablist" aria-label="工作表" ref={tabs} onKeyDown={onTabKey}>
        {sheets.map((s) => (
          <button
            key={s.name}
            type="button"
            role="tab"
            aria-selected={s.name === active}
            tabIndex={s.name === active ? 0 : -1}
            className={s.name === active ? 'gj-sheet-tab gj-sheet-tab-active' : 'gj-sheet-tab'}
            onClick={() => showSheet(s.name)}
          >
            {s.name}
          </button>
        ))}
      </div>
      {view && (
        <div className="gj-grid" ref={grid} data-sheet={active} onKeyDown={onKeyDown}>
          <table className="gj-sheet" role="grid" aria-label={`工作表「${active}」`}>
            <thead>
              <tr>
                <th className="gj-corner" />
                {view.columns.map((c) => (
                  <th key={c} scope="col">
                    {c}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {view.rows.map((row) => (
                <tr key={row.number}>
                  <th scope="row">{row.number}</th>
                  {row.cells.map((cell) => {
                    const classes = ['gj-c'];
                    if (cell.numeric) classes.push('gj-num');
                    if (cell.note) classes.push('gj-has-note');
                    if (cell.address === selectedHere) classes.push('gj-selected');
                    if (related.has(cell.address)) classes.push('gj-related-cell');
                    const ranged = inRange(rangeHere, cell.address);
                    if (ranged) classes.push('gj-range-cell');
                    return (
                      <td
                        key={cell.address}
                        data-cell={cell.address}
                        className={classes.join(' ')}
                        rowSpan={cell.rowSpan > 1 ? cell.rowSpan : undefined}
                        colSpan={cell.colSpan > 1 ? cell.colSpan : undefined}
                        style={cell.fill ? { backgroundColor: cell.fill } : undefined}
                        title={cell.note ?? undefined}
                        data-fill={cell.fill ?? ''}
                        aria-selected={cell.address === selectedHere || ranged ? true : undefined}
                        aria-describedby={
                          cell.address === selectedHere && cell.note ? 'gj-cell-note' : undefined
                        }
                        tabIndex={cell.address === focusable ? 0 : -1}
                        onMouseDown={(e) => {
                          dragFrom.current = e.shiftKey ? null : cell.address;
                        }}
                        onMouseEnter={(e) => {
                          const from = dragFrom.current;
                          if (from === null || e.buttons !== 1) return;
                          model.select({
                            sheet: active,
                            cell: from,
                            related: [],
                            range: rangeBetween(from, cell.address),
                          });
                        }}
                        onMouseUp={() => {
                          dragFrom.current = null;
                        }}
                        onClick={(e) => {
                          if (e.shiftKey && selectedHere) extendTo(cell.address);
                          else model.select({ sheet: active, cell: cell.address, related: [] });
                        }}
                        onDoubleClick={() => setEditing(cell.address)}
                      >
                        {editing === cell.address ? (
                          <CellEditor
                            initial={cell.text}
                            onDone={(value) => {
                              setEditing(null);
                              wantFocus.current = true;
                              if (value !== null) model.editByUser(active, cell.address, value);
                            }}
                          />
                        ) : (
                          cell.text
                        )}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {view && (
        <p className="gj-cell-note" id="gj-cell-note" aria-live="polite" data-testid="cell-note">
          {selectedHere ? `${selectedHere}${note ? `：${note}` : ''}` : '选中有标记的单元格，批注显示在这里'}
        </p>
      )}
      {view && view.truncated && (
        <p className="gj-truncated">
          仅显示前 {MAX_GRID_ROWS} 行、{MAX_GRID_COLS} 列（{toA1(MAX_GRID_ROWS - 1, MAX_GRID_COLS - 1)}{' '}
          以内）；审核仍覆盖整张表。
        </p>
      )}
    </section>
  );
}
