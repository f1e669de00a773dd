import { Dialog, DialogBody, DialogContent, DialogSurface, DialogTitle } from '@fluentui/react-components';
import { DialogButtons } from './DialogButtons';
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
    <Dialog open={names !== null} onOpenChange={(_, d) => !d.open && onDismiss()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t.confirmReplaceTitle}</DialogTitle>
          <DialogContent>{names && t.confirmReplaceBody(listNames(names, lang))}</DialogContent>
          <DialogButtons acceptLabel={t.replace} cancelLabel={t.cancel} onAccept={onAccept} onCancel={onDismiss} />
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
