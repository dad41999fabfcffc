/**
 * 上年决算: open last year's disclosure (.xlsx or PDF) beside the active workbook; it is kept with the document
 * like the narrative, and 开始审核 then checks this year against it (rules year.*). Its findings are listed
 * here with both places: this year's cell (a link) and last year's file, cell or sentence.
 */

import { useState } from 'react';
import { DefaultButton, MessageBar, MessageBarType } from '@fluentui/react';
import type { CellLocation, Finding, OtherYearLocation } from '../../core/report';
import type { KeptLastYear } from '../../hosts/host';
import { fileBytes } from '../logic/narrative-file';
import { canKeep, readLastYearFile } from '../logic/last-year';
import { FilePicker } from './FilePicker';

interface Props {
  lastYear: KeptLastYear | null;
  onChange(next: KeptLastYear | null): void;
  /** The findings across years of the last check. */
  findings: Finding[];
  onSelect(target: CellLocation): void;
  onShowNarrative(f: Finding): void;
  /** Another workbook can be compared only when one is open. */
  disabled: boolean;
}

function otherPlace(o: OtherYearLocation): string {
  const at = o.sheet && o.cell ? `${o.sheet}!${o.cell}` : o.narrative ? `情况说明“${o.narrative.text}”` : '';
  return `${o.file}${at ? ` ${at}` : ''}${o.pdf ? `（第 ${o.pdf.page} 页）` : ''}`;
}

export function LastYearSection({
  lastYear,
  onChange,
  findings,
  onSelect,
  onShowNarrative,
  disabled,
}: Props) {
  const [open, setOpen] = useState(false);
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const read = async (file: File) => {
    try {
      const last = await readLastYearFile(await fileBytes(file), file.name);
      onChange(last);
      const kept = canKeep(last) ? '已保存在工作簿中' : '文件较大，未保存在工作簿中（仅本次使用）';
      setMessage({ error: false, text: `已读入上年决算“${file.name}”，${kept}；重新审核后与本年比较` });
    } catch (err) {
      setMessage({ error: true, text: (err as Error).message });
    }
  };
  return (
    <div className="gj-narrative-section">
      <button
        type="button"
        className="gj-narrative-toggle"
        aria-expanded={open}
        aria-controls="gj-last-year-body"
        onClick={() => setOpen(!open)}
      >
        <span className="gj-chevron" aria-hidden="true">
          {open ? '▾' : '▸'}
        </span>
        上年决算：
        {lastYear
          ? `${lastYear.file}${findings.length ? `（跨年问题 ${findings.length} 条）` : ''}`
          : '未打开'}
      </button>
      <section id="gj-last-year-body" hidden={!open} aria-label="上年决算">
        <p className="gj-hint">
          打开上年的决算公开表（.xlsx 或 PDF），审核时核对年初结转和结余、情况说明中的上年数和增减幅度。
        </p>
        <div className="gj-row">
          <FilePicker
            text="打开上年决算…"
            accept=".xlsx,.pdf,application/pdf,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            label="打开上年决算文件"
            testId="last-year-file"
            disabled={disabled}
            onFile={(file) => void read(file)}
          />
          <DefaultButton
            text="移除"
            disabled={!lastYear}
            onClick={() => {
              onChange(null);
              setMessage(null);
            }}
          />
        </div>
        {message && (
          <MessageBar messageBarType={message.error ? MessageBarType.error : MessageBarType.info}>
            {message.text}
          </MessageBar>
        )}
        {findings.length > 0 && (
          <ul className="gj-last-year-findings" aria-label="跨年问题">
            {findings.map((f) => (
              <li key={f.id ?? f.message}>
                <div>{f.message}</div>
                <div className="gj-row">
                  {f.sheet && f.cell ? (
                    <DefaultButton
                      text={`本年 ${f.sheet}!${f.cell}`}
                      onClick={() => onSelect({ sheet: f.sheet!, cell: f.cell! })}
                    />
                  ) : f.narrative ? (
                    <DefaultButton text="本年情况说明" onClick={() => onShowNarrative(f)} />
                  ) : null}
                  {(f.otherYear ?? []).map((o, i) => (
                    <span key={i} className="gj-hint">
                      上年：{otherPlace(o)}
                    </span>
                  ))}
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
