import { Button, Field, Input, Radio, RadioGroup, makeStyles, tokens } from '@fluentui/react-components';
import { ChevronLeftRegular, ChevronRightRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { useLang } from '../lang-context';
import { convertPeriod, isValidPeriod, periodMode, shiftPeriod, type PeriodMode } from '../period';
import { periodStrings } from '../period-strings';
import { column } from './layout-styles';

const useStyles = makeStyles({
  root: column(tokens.spacingVerticalXXS),
  row: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
  input: { flexGrow: 1, minWidth: '0' },
});

interface Props {
  value: string;
  onChange: (period: string) => void;
  disabled?: boolean;
}

interface StepProps {
  by: -1 | 1;
  label: string;
  disabled: boolean;
  onStep: (by: number) => void;
}

/** The period: a month (the payroll), an ISO week or a range of days (assessments); typed, or stepped one at a time. */
export function PeriodPicker({ value, onChange, disabled }: Props) {
  const { lang } = useLang();
  const s = periodStrings(lang);
  const styles = useStyles();
  const [chosen, setChosen] = useState<PeriodMode>(() => periodMode(value) ?? 'month');
  const mode = periodMode(value) ?? chosen;
  const valid = isValidPeriod(value) && periodMode(value) === mode;
  const switchTo = (m: PeriodMode) => {
    setChosen(m);
    if (isValidPeriod(value)) onChange(convertPeriod(value, m));
  };
  const step = (by: number) => onChange(shiftPeriod(value, by));
  return (
    <div className={styles.root}>
      <RadioGroup
        layout="horizontal"
        value={mode}
        disabled={disabled}
        aria-label={s.modeLabel}
        onChange={(_, d) => switchTo(d.value as PeriodMode)}
      >
        {(['month', 'week', 'range'] as PeriodMode[]).map((m) => (
          <Radio key={m} value={m} label={s.mode[m]} />
        ))}
      </RadioGroup>
      <Field
        label={s.label}
        validationState={valid ? 'none' : 'error'}
        validationMessage={valid ? undefined : s.invalid[mode]}
        hint={valid ? s.hint[mode] : undefined}
      >
        <div className={styles.row}>
          <StepButton by={-1} label={s.prev[mode]} disabled={disabled || !valid} onStep={step} />
          <Input
            className={styles.input}
            value={value}
            placeholder={s.placeholder[mode]}
            maxLength={22}
            disabled={disabled}
            onChange={(_, d) => onChange(d.value.trim())}
          />
          <StepButton by={1} label={s.next[mode]} disabled={disabled || !valid} onStep={step} />
        </div>
      </Field>
    </div>
  );
}

/** One period back (by -1) or forward (by 1), in the mode shown. */
function StepButton({ by, label, disabled, onStep }: StepProps) {
  return (
    <Button
      appearance="subtle"
      icon={by < 0 ? <ChevronLeftRegular /> : <ChevronRightRegular />}
      aria-label={label}
      title={label}
      disabled={disabled}
      onClick={() => onStep(by)}
    />
  );
}
