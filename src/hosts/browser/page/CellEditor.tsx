/** Typing into a cell of the page's grid (double-click): Enter keeps the value, Escape leaves the cell as it was. */

import { useState } from 'react';
import type { CellValue } from '../../../core/snapshot';

interface Props {
  initial: string;
  /** The typed value (a number when it reads as one), or null when the edit was abandoned. */
  onDone(value: CellValue | null): void;
}

export function typedValue(text: string): CellValue {
  const t = text.trim();
  if (t === '') return null;
  return /^-?\d+(\.\d+)?$/.test(t) ? Number(t) : text;
}

export function CellEditor({ initial, onDone }: Props) {
  const [text, setText] = useState(initial);
  return (
    <input
      className="gj-cell-editor"
      aria-label="单元格内容"
      autoFocus
      value={text}
      onChange={(e) => setText(e.target.value)}
      onClick={(e) => e.stopPropagation()}
      onKeyDown={(e) => {
        if (e.key === 'Enter') onDone(text === initial ? null : typedValue(text));
        if (e.key === 'Escape') onDone(null);
      }}
      onBlur={() => onDone(text === initial ? null : typedValue(text))}
    />
  );
}
