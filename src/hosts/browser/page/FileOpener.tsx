/** Open an .xlsx on the page: drop it anywhere on the zone, pick it, or load the bundled sample. */

import { useState, type DragEvent } from 'react';
import { DefaultButton } from '@fluentui/react';
import { FilePicker } from '../../../taskpane/components/FilePicker';

interface Props {
  busy: boolean;
  onFile(file: File): void;
  onSample(): void;
}

export function FileOpener({ busy, onFile, onSample }: Props) {
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
        primary
        text="打开 .xlsx…"
        accept=".xlsx,.pdf,application/pdf,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        label="打开 .xlsx 工作簿"
        testId="workbook-file"
        disabled={busy}
        onFile={onFile}
      />
      <DefaultButton text="载入示例（丹凤县医疗保障局 2024）" onClick={onSample} disabled={busy} />
    </div>
  );
}
