import { Button, Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import { ChevronLeftRegular, ChevronRightRegular } from '@fluentui/react-icons';
import { useLang } from '../lang-context';
import { isValidPeriod, shiftPeriod } from '../period';

const useStyles = makeStyles({
  row: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
  input: { flexGrow: 1, minWidth: '0' },
});

interface Props {
  value: string;
  onChange: (period: string) => void;
  disabled?: boolean;
}

/** The pay period as YYYY-MM, typed or stepped a month at a time. */
export function PeriodPicker({ value, onChange, disabled }: Props) {
  const { t } = useLang();
  const styles = useStyles();
  const valid = isValidPeriod(value);
  return (
    <Field label={t.periodLabel} validationState={valid ? 'none' : 'error'} validationMessage={valid ? undefined : t.periodInvalid} hint={valid ? t.periodHint : undefined}>
      <div className={styles.row}>
        <Button appearance="subtle" icon={<ChevronLeftRegular />} aria-label={t.prevMonth} title={t.prevMonth} disabled={disabled || !valid} onClick={() => onChange(shiftPeriod(value, -1))} />
        <Input className={styles.input} value={value} placeholder="2026-10" maxLength={7} disabled={disabled} onChange={(_, d) => onChange(d.value.trim())} />
        <Button appearance="subtle" icon={<ChevronRightRegular />} aria-label={t.nextMonth} title={t.nextMonth} disabled={disabled || !valid} onClick={() => onChange(shiftPeriod(value, 1))} />
      </div>
    </Field>
  );
}
