import { Button, DialogActions } from '@fluentui/react-components';

interface Props {
  acceptLabel: string;
  cancelLabel: string;
  onAccept: () => void;
  onCancel: () => void;
  acceptDisabled?: boolean;
}

/** A dialog's two buttons, the same in every dialog of the pane: the action (primary) first, then cancel. */
export function DialogButtons({ acceptLabel, cancelLabel, onAccept, onCancel, acceptDisabled }: Props) {
  return (
    <DialogActions>
      <Button appearance="primary" disabled={acceptDisabled} onClick={onAccept}>
        {acceptLabel}
      </Button>
      <Button appearance="secondary" onClick={onCancel}>
        {cancelLabel}
      </Button>
    </DialogActions>
  );
}
