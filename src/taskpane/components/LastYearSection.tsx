/**
 * 上年决算: open last year's disclosure (.xlsx or PDF) beside the active workbook; it is kept with the document
 * like the narrative, and 开始审核 then checks this year against it (rules year.*). Its findings are in the
 * list of findings with the others (each card names last year's place); here only how many there are.
 */

import { useState } from 'react';
import { DefaultButton, MessageBar, MessageBarType } from '@fluentui/react';
import type { KeptLastYear } from '../../hosts/host';
import { fileBytes } from '../logic/narrative-file';
import { canKeep, readLastYearFile } from '../logic/last-year';
import { CollapsibleSection } from './CollapsibleSection';
import { FilePicker } from './FilePicker';

interface Props {
  lastYear: KeptLastYear | null;
  onChange(next: KeptLastYear | null): void;
  /** How many findings across years the list holds (not accepted, counted as the summary counts). */
  count: number;
  /** Another workbook can be compared only when one is open. */
  disabled: boolean;
}

export function LastYearSection({ lastYear, onChange, count, disabled }: Props) {
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
    <CollapsibleSection
      id="gj-last-year-body"
      open={open}
      onToggle={setOpen}
      region="上年决算"
      title={`上年决算：${lastYear ? `${lastYear.file}${count ? `（跨年问题 ${count} 条，见审核意见）` : ''}` : '未打开'}`}
    >
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
    </CollapsibleSection>
  );
}
