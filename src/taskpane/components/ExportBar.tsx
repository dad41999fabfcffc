/** Export the report: an .xlsx (the annotated copy where the pane has the file, else 审核结果 alone) and JSON. */

import { DefaultButton } from '@fluentui/react';

interface Props {
  disabled: boolean;
  xlsxLabel: string;
  onXlsx(): void;
  onJson(): void;
}

export function ExportBar({ disabled, xlsxLabel, onXlsx, onJson }: Props) {
  return (
    <div className="gj-row gj-export">
      <DefaultButton text={xlsxLabel} onClick={onXlsx} disabled={disabled} />
      <DefaultButton text="导出 JSON" onClick={onJson} disabled={disabled} />
    </div>
  );
}
