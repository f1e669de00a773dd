import type { ReactNode } from 'react';
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from '@fluentui/react-components';

interface Props {
  open: boolean;
  title: string;
  contentClassName?: string;
  acceptLabel: string;
  cancelLabel: string;
  onAccept: () => void;
  /** Cancel, Escape and a click outside all end here. */
  onDismiss: () => void;
  acceptDisabled?: boolean;
  children: ReactNode;
}

/**
 * Every dialog of the pane asks before doing something, in the same frame: a title, what will happen,
 * then the action (primary) and cancel.
 */
export function AskDialog(props: Props) {
  const { open, title, contentClassName, onAccept, onDismiss } = props;
  return (
    <Dialog open={open} onOpenChange={(_, d) => !d.open && onDismiss()}>
      <DialogSurface aria-label={title}>
        <DialogBody>
          <DialogTitle>{title}</DialogTitle>
          <DialogContent className={contentClassName}>{props.children}</DialogContent>
          <DialogActions>
            <Button appearance="primary" disabled={props.acceptDisabled} onClick={onAccept}>
              {props.acceptLabel}
            </Button>
            <Button appearance="secondary" onClick={onDismiss}>
              {props.cancelLabel}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
