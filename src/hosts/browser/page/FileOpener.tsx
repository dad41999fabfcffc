/** Open an .xlsx on the page: drop it anywhere on the zone, pick it, or load the bundled sample. */

import { useRef, useState, type DragEvent } from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react';

interface Props {
  busy: boolean;
  onFile(file: File): void;
  onSample(): void;
}

export function FileOpener({ busy, onFile, onSample }: Props) {
  const input = useRef<HTMLInputElement>(null);
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
      <span className="gj-drop-text">把 .xlsx 公开表拖到这里，或</span>
      <PrimaryButton text="打开 .xlsx…" onClick={() => input.current?.click()} disabled={busy} />
      <DefaultButton text="载入示例（丹凤县医疗保障局 2024）" onClick={onSample} disabled={busy} />
      <input
        ref={input}
        type="file"
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        className="gj-hidden-input"
        aria-label="打开 .xlsx 工作簿"
        data-testid="workbook-file"
        onChange={(e) => {
          const file = e.target.files ? e.target.files[0] : undefined;
          if (file) onFile(file);
          e.target.value = '';
        }}
      />
    </div>
  );
}
