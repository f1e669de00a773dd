import type { ReactNode } from 'react';
import { Body1Strong, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { AskDialog } from './AskDialog';
import {
  componentWhy,
  formatYuan,
  inputChangeDetail,
  whichCellNote,
  type AgentChange,
  type PayRunChanges,
} from '../../engine';
import { useLang } from '../lang-context';
import { PAYRUN_TEXT } from '../payrun-i18n';

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, maxHeight: '40vh', overflowY: 'auto' },
  section: { display: 'block', marginTop: tokens.spacingVerticalS },
});

/** The moved component's explanation, before → after when the earlier one is known (as in the Audit sheet). */
const whyOf = (a: AgentChange, k: string): string => {
  const w = a.why[k as keyof typeof a.why];
  return w ? componentWhy(w) : '';
};

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
  const money = (c: number | null) => (c === null ? p.none : `¥${formatYuan(c)}`);
  const empty = changes !== null && changes.agents.length + changes.inputs.length + changes.plan.length === 0;
  return (
    <AskDialog
      open={changes !== null}
      title={p.changesTitle(period)}
      acceptLabel={p.confirmReplace}
      cancelLabel={p.cancel}
      onAccept={onAccept}
      onDismiss={onDismiss}
    >
      {changes && empty && <div>{p.changesNone}</div>}
      {changes && changes.agents.length > 0 && (
        <ChangeSection
          title={p.changesAgents(changes.agents.length)}
          listLabel={p.changesAgents(changes.agents.length)}
        >
          {changes.agents.map((a) => (
            <li key={a.agentId}>
              {/* React renders names as text: a name reading "=…" stays inert. */}
              {a.agentId} {a.name}：{p.grossPay} {money(a.grossPayBefore)} → {money(a.grossPayAfter)}
              {Object.entries(a.components).map(([k, [b, n]]) => (
                <Caption1 key={k} as="p">
                  {p.component[k as keyof typeof p.component]} {money(b)} → {money(n)}
                  {whyOf(a, k) ? `（${whyOf(a, k)}）` : ''}
                </Caption1>
              ))}
            </li>
          ))}
        </ChangeSection>
      )}
      {changes && (
        <ChangeLines
          title={p.inputsChanged}
          lines={changes.inputs.map((i) => ({
            key: i.sheet,
            // The rows before → after, as the Audit sheet's change list says them ("已改动：数据 120 → 121 行").
            text: `${i.sheet}：${p.inputChange[i.change]}${inputChangeDetail(i, lang)}`,
          }))}
          note={whichCellNote(changes, lang)}
        />
      )}
      {changes && (
        <ChangeLines
          title={p.planChanged}
          lines={changes.plan.map((k) => ({
            key: k.key,
            text: `${k.key}：${k.before ?? '—'} → ${k.after ?? '—'}`,
          }))}
        />
      )}
    </AskDialog>
  );
}

/** A titled list of changes (agents, inputs or plan keys). */
function ChangeSection({ title, listLabel, children }: { title: string; listLabel?: string; children: ReactNode }) {
  const styles = useStyles();
  return (
    <>
      <Body1Strong className={styles.section}>{title}</Body1Strong>
      <ul className={styles.list} aria-label={listLabel}>
        {children}
      </ul>
    </>
  );
}

/** A titled list of one-line changes and a note below it; nothing when there are none. Rendered as text, so "=…" stays inert. */
function ChangeLines({
  title,
  lines,
  note = null,
}: {
  title: string;
  lines: { key: string; text: string }[];
  note?: string | null;
}) {
  if (lines.length === 0) return null;
  return (
    <>
      <ChangeSection title={title} listLabel={title}>
        {lines.map((l) => (
          <li key={l.key}>{l.text}</li>
        ))}
      </ChangeSection>
      {note && <Caption1 as="p">{note}</Caption1>}
    </>
  );
}
