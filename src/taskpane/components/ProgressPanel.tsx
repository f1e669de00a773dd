import { Button, Field, ProgressBar, makeStyles, tokens } from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import type { Busy } from '../hooks/usePane';
import { useLang } from '../lang-context';
import { WHATIF_TEXT } from '../whatif-i18n';

const useStyles = makeStyles({
  root: { display: 'flex', alignItems: 'flex-end', gap: tokens.spacingHorizontalS },
  bar: { flexGrow: 1 },
});

interface Props {
  busy: Busy;
  onCancel: () => void;
}

/** What is running now (read → compute → write), how far along, and a way to stop it. */
export function ProgressPanel({ busy, onCancel }: Props) {
  const { t, lang } = useLang();
  const styles = useStyles();
  const label =
    busy.task === 'insertDemo'
      ? t.insertingDemo
      : busy.task === 'insertPlan'
        ? t.insertingPlan
        : busy.task === 'importFiles'
          ? t.importingFiles
          : busy.task === 'whatIf' && busy.step === 'write'
            ? WHATIF_TEXT[lang].writing
            : busy.step
              ? t.step[busy.step]
              : busy.task === 'validate'
                ? t.validating
                : t.generating;
  return (
    <div className={styles.root} role="status">
      <Field
        className={styles.bar}
        label={label}
        validationMessage={busy.fraction !== null ? `${Math.round(busy.fraction * 100)}%` : undefined}
        validationState="none"
      >
        <ProgressBar value={busy.fraction ?? undefined} thickness="large" />
      </Field>
      {busy.controller && (
        <Button icon={<DismissRegular />} onClick={onCancel} disabled={busy.cancelling}>
          {t.cancel}
        </Button>
      )}
    </div>
  );
}
