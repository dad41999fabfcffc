/** Open an .xlsx on the page: drop it anywhere on the zone, pick it, or load the bundled sample. */

import { useState, type DragEvent } from 'react';
import { DefaultButton } from '@fluentui/react';
import { FilePicker } from '../../../taskpane/components/FilePicker';

interface Props {
  busy: boolean;
  /** The page's one primary action while no workbook is open; 开始审核 takes over once one is. */
  primary: boolean;
  onFile(file: File): void;
  onSample(): void;
}

export function FileOpener({ busy, primary, onFile, onSample }: Props) {
  const [over, setOver] = useState(false);
  const drop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    const file = e.dataTransfer.files[0];
    if (file) onFile(file);
  };
  return (
    <div
      className={over ? 'gj-drop gj-drop-over' : 'gj-drop'}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={drop}
      data-testid="drop-zone"
    >
      <span className="gj-drop-text">把 .xlsx 公开表或 PDF 拖到这里，或</span>
      <FilePicker
        primary={primary}
        text="打开 .xlsx 或 PDF…"
        accept=".xlsx,.pdf,application/pdf,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        label="打开 .xlsx 工作簿或 PDF"
        testId="workbook-file"
        disabled={busy}
        onFile={onFile}
      />
      <DefaultButton onClick={onSample} disabled={busy} className="gj-sample-button">
        载入示例<span className="gj-sample-name">（丹凤县医疗保障局 2024）</span>
      </DefaultButton>
    </div>
  );
}
