import { Body1Strong, Button, Caption1, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, makeStyles, tokens } from '@fluentui/react-components';
import { formatYuan, type PayRunChanges } from '../../engine';
import { useLang } from '../lang-context';
import { PAYRUN_TEXT } from '../payrun-i18n';

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, maxHeight: '40vh', overflowY: 'auto' },
  section: { display: 'block', marginTop: tokens.spacingVerticalS },
});

interface Props {
  period: string;
  changes: PayRunChanges | null;
  onAccept: () => void;
  onDismiss: () => void;
}

/** Before a month with outputs is replaced: per agent gross pay before → after and what moved; inputs and plan keys changed. */
export function ChangeListDialog({ period, changes, onAccept, onDismiss }: Props) {
  const { lang } = useLang();
  const p = PAYRUN_TEXT[lang];
  const styles = useStyles();
  const money = (c: number | null) => (c === null ? p.none : `¥${formatYuan(c)}`);
  const empty = changes !== null && changes.agents.length + changes.inputs.length + changes.plan.length === 0;
  return (
    <Dialog open={changes !== null} onOpenChange={(_, d) => !d.open && onDismiss()}>
      <DialogSurface aria-label={p.changesTitle(period)}>
        <DialogBody>
          <DialogTitle>{p.changesTitle(period)}</DialogTitle>
          <DialogContent>
            {changes && empty && <div>{p.changesNone}</div>}
            {changes && changes.agents.length > 0 && (
              <>
                <Body1Strong className={styles.section}>{p.changesAgents(changes.agents.length)}</Body1Strong>
                <ul className={styles.list} aria-label={p.changesAgents(changes.agents.length)}>
                  {changes.agents.map((a) => (
                    <li key={a.agentId}>
                      {/* React renders names as text: a name reading "=…" stays inert. */}
                      {a.agentId} {a.name}：{p.grossPay} {money(a.grossPayBefore)} → {money(a.grossPayAfter)}
                      {Object.entries(a.components).map(([k, [b, n]]) => (
                        <Caption1 key={k} as="p">
                          {p.component[k as keyof typeof p.component]} {money(b)} → {money(n)}
                          {a.why[k as keyof typeof a.why]?.[1] ? `（${a.why[k as keyof typeof a.why]![1]}）` : ''}
                        </Caption1>
                      ))}
                    </li>
                  ))}
                </ul>
              </>
            )}
            {changes && changes.inputs.length > 0 && (
              <>
                <Body1Strong className={styles.section}>{p.inputsChanged}</Body1Strong>
                <ul className={styles.list}>
                  {changes.inputs.map((i) => (
                    <li key={i.sheet}>
                      {i.sheet}：{p.inputChange[i.change]}
                    </li>
                  ))}
                </ul>
              </>
            )}
            {changes && changes.plan.length > 0 && (
              <>
                <Body1Strong className={styles.section}>{p.planChanged}</Body1Strong>
                <ul className={styles.list}>
                  {changes.plan.map((k) => (
                    <li key={k.key}>
                      {k.key}：{k.before ?? '—'} → {k.after ?? '—'}
                    </li>
                  ))}
                </ul>
              </>
            )}
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onAccept}>
              {p.confirmReplace}
            </Button>
            <Button appearance="secondary" onClick={onDismiss}>
              {p.cancel}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
