/** Export the report: an .xlsx (the annotated copy where the pane has the file, else 审核结果 alone) and JSON. */

import { DefaultButton } from '@fluentui/react';

interface Props {
  disabled: boolean;
  xlsxLabel: string;
  onXlsx(): void;
  onJson(): void;
  /** Where the annotated copy is not an .xlsx (a PDF): 审核结果 alone as an .xlsx too. */
  onResults?(): void;
}

export function ExportBar({ disabled, xlsxLabel, onXlsx, onJson, onResults }: Props) {
  return (
    <div className="gj-row gj-export">
      <DefaultButton text={xlsxLabel} onClick={onXlsx} disabled={disabled} />
      {onResults && <DefaultButton text="导出结果 .xlsx" onClick={onResults} disabled={disabled} />}
      <DefaultButton text="导出 JSON" onClick={onJson} disabled={disabled} />
    </div>
  );
}
