/** A button that opens the file dialog (a hidden file input), used for workbooks and narratives alike. */

import { useRef } from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react';

interface Props {
  text: string;
  /** What the dialog accepts: extensions and MIME types, as the input's accept attribute. */
  accept: string;
  /** The input's accessible name. */
  label: string;
  testId: string;
  primary?: boolean;
  disabled?: boolean;
  onFile(file: File): void;
}

export function FilePicker({ text, accept, label, testId, primary, disabled, onFile }: Props) {
  const input = useRef<HTMLInputElement>(null);
  const Button = primary ? PrimaryButton : DefaultButton;
  return (
    <>
      <Button text={text} onClick={() => input.current?.click()} disabled={disabled} />
      <input
        ref={input}
        type="file"
        accept={accept}
        className="gj-hidden-input"
        aria-label={label}
        data-testid={testId}
        onChange={(e) => {
          const file = e.target.files ? e.target.files[0] : undefined;
          // Reset, so that picking the same file again opens it again.
          e.target.value = '';
          if (file) onFile(file);
        }}
      />
    </>
  );
}
