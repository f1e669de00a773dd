import { AskDialog } from './AskDialog';
import { listNames } from '../format';
import { useLang } from '../lang-context';

interface Props {
  names: string[] | null;
  onAccept: () => void;
  onDismiss: () => void;
}

/** Asks before demo data or the sample plan overwrites sheets the manager may have filled in. */
export function ConfirmReplaceDialog({ names, onAccept, onDismiss }: Props) {
  const { lang, t } = useLang();
  return (
    <AskDialog
      open={names !== null}
      title={t.confirmReplaceTitle}
      acceptLabel={t.replace}
      cancelLabel={t.cancel}
      onAccept={onAccept}
      onDismiss={onDismiss}
    >
      {names && t.confirmReplaceBody(listNames(names, lang))}
    </AskDialog>
  );
}
