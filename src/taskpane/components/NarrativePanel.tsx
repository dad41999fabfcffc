/**
 * The narrative (情况说明): paste it, or open a .txt / .docx; a finding's quote is selected and scrolled into
 * view here. It belongs to the workbook it is checked with, which it names.
 */

import { useEffect, useRef, useState } from 'react';
import { Checkbox, DefaultButton, MessageBar, MessageBarType } from '@fluentui/react';
import type { NarrativeSpan } from '../../core/report';
import { scrollToIndex } from '../logic/caret';
import { fileBytes, readNarrativeBytes } from '../logic/narrative-file';
import { FilePicker } from './FilePicker';

interface Props {
  narrative: string;
  onChange(text: string): void;
  keep: boolean;
  onKeep(keep: boolean): void;
  /** The span to select (a finding's quote), or null. */
  highlight: NarrativeSpan | null;
  /** The workbook the narrative goes with, or null when none is open. */
  workbook: string | null;
  /** The document can keep the narrative (a workbook is open). */
  canKeep: boolean;
  /** Esc in the box after a finding's quote was shown there: back to that finding in the list. */
  onReturn?(): void;
}

export function NarrativePanel(props: Props) {
  const { narrative, onChange, keep, onKeep, highlight, workbook, canKeep, onReturn } = props;
  const area = useRef<HTMLTextAreaElement>(null);
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const shownFor = useRef(workbook);

  // What the last file read said belongs to the workbook it was read with: another workbook starts without it
  // (a text read before any workbook was open stays with the first one, and so does its message).
  useEffect(() => {
    if (shownFor.current === workbook) return;
    if (shownFor.current !== null) setMessage(null);
    shownFor.current = workbook;
  }, [workbook]);

  useEffect(() => {
    const el = area.current;
    if (!el || !highlight) return;
    el.focus({ preventScroll: true });
    el.setSelectionRange(highlight.start, highlight.end);
    scrollToIndex(el, highlight.start);
    // The box itself in sight too: the pane may be scrolled down to the finding that was clicked.
    if (typeof el.scrollIntoView === 'function') el.scrollIntoView({ block: 'nearest' });
    // Only a new quote moves the selection: typing in the box must not.
  }, [highlight]);

  const open = async (file: File) => {
    try {
      const text = await readNarrativeBytes(await fileBytes(file), file.name);
      onChange(text);
      setMessage({ error: false, text: `已读入“${file.name}”，共 ${text.length} 字` });
    } catch (err) {
      setMessage({ error: true, text: (err as Error).message });
    }
  };

  return (
    <section className="gj-narrative" aria-label="情况说明">
      <label htmlFor="gj-narrative-text" className="gj-label">
        {workbook ? `与“${workbook}”一起审核的情况说明` : '情况说明'}（粘贴全文，或打开 .txt / .docx 文件）
      </label>
      <textarea
        id="gj-narrative-text"
        ref={area}
        className="gj-narrative-text"
        value={narrative}
        onChange={(e) => onChange(e.target.value)}
        onKeyDown={(e) => {
          if (e.key !== 'Escape' || !highlight || !onReturn) return;
          e.preventDefault();
          onReturn();
        }}
        aria-describedby={highlight && onReturn ? 'gj-narrative-return' : undefined}
        placeholder="在此粘贴部门决算公开的情况说明全文"
        rows={10}
        spellCheck={false}
      />
      {highlight && onReturn && (
        <p id="gj-narrative-return" className="gj-hint">
          已选中审核意见引用的文字；按 Esc 回到该条审核意见
        </p>
      )}
      <div className="gj-row">
        <FilePicker
          text="打开文件…"
          accept=".txt,.docx,text/plain,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
          label="打开情况说明文件"
          testId="narrative-file"
          onFile={(file) => void open(file)}
        />
        <DefaultButton text="清空" onClick={() => onChange('')} disabled={!narrative} />
      </div>
      {canKeep && (
        <Checkbox label="把情况说明保存在工作簿中" checked={keep} onChange={(_e, on) => onKeep(!!on)} />
      )}
      {message && (
        <MessageBar
          messageBarType={message.error ? MessageBarType.error : MessageBarType.success}
          onDismiss={() => setMessage(null)}
          dismissButtonAriaLabel="关闭"
        >
          {message.text}
        </MessageBar>
      )}
    </section>
  );
}
