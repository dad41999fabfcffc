/** Asks for the reason before a finding is accepted (忽略); the reason is saved in the document. */

import { useState } from 'react';
import { DefaultButton, Dialog, DialogFooter, DialogType, PrimaryButton, TextField } from '@fluentui/react';
import type { Finding } from '../../core/report';
import { ignoreReasonError } from '../logic/ignore';

interface Props {
  finding: Finding | null;
  onConfirm(finding: Finding, reason: string): void;
  onCancel(): void;
  /** The dialog has left the page (after its fade-out): the pane can move the focus. */
  onClosed?(): void;
}

export function IgnoreDialog({ finding, onConfirm, onCancel, onClosed }: Props) {
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const confirm = () => {
    if (!finding) return;
    const problem = ignoreReasonError(reason);
    if (problem) {
      setError(problem);
      return;
    }
    onConfirm(finding, reason);
    setReason('');
    setError(null);
  };
  const cancel = () => {
    setReason('');
    setError(null);
    onCancel();
  };
  return (
    <Dialog
      hidden={!finding}
      onDismiss={cancel}
      dialogContentProps={{
        type: DialogType.normal,
        title: '忽略这条审核意见',
        subText: finding ? finding.message : '',
      }}
      // The pane puts the focus back on the list itself: the card's 忽略 button may be gone by then.
      modalProps={{
        isBlocking: true,
        focusTrapZoneProps: { disableRestoreFocus: true },
        onDismissed: onClosed,
      }}
      minWidth={280}
    >
      <TextField
        label="理由（保存在工作簿中）"
        multiline
        rows={3}
        value={reason}
        onChange={(_e, v) => setReason(v ?? '')}
        errorMessage={error ?? undefined}
        autoFocus
      />
      <DialogFooter>
        <PrimaryButton text="忽略" onClick={confirm} />
        <DefaultButton text="取消" onClick={cancel} />
      </DialogFooter>
    </Dialog>
  );
}
