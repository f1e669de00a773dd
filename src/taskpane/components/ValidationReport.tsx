import { memo } from 'react';
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Caption1,
  CounterBadge,
  Link,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Subtitle2,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { digestIssues, type Issue, type Severity } from '../../engine';
import { useLang } from '../lang-context';
import { bareList, column } from './layout-styles';

/** Enough to act on; the Issues sheet written with the payroll holds them all. */
const SHOWN_PER_SHEET = 50;

const SEVERITY_ORDER: Severity[] = ['fatal', 'error', 'warning', 'info'];
const SEVERITY_COLOR = { fatal: 'danger', error: 'danger', warning: 'warning', info: 'informative' } as const;

const useStyles = makeStyles({
  list: bareList(tokens.spacingVerticalS),
  item: column(tokens.spacingVerticalXXS),
  line: { display: 'flex', alignItems: 'baseline', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  header: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  muted: { color: tokens.colorNeutralForeground3 },
});

export interface IssueGroup {
  sheet: string | null;
  issues: Issue[];
}

/** Issues by sheet in the order first met, each group sorted by severity then row. */
export function groupBySheet(issues: Issue[]): IssueGroup[] {
  const groups = new Map<string | null, Issue[]>();
  for (const i of issues) {
    const g = groups.get(i.sheet);
    if (g) g.push(i);
    else groups.set(i.sheet, [i]);
  }
  const rank = (s: Severity) => SEVERITY_ORDER.indexOf(s);
  return [...groups].map(([sheet, list]) => ({
    sheet,
    issues: [...list].sort((a, b) => rank(a.severity) - rank(b.severity) || (a.row ?? 0) - (b.row ?? 0)),
  }));
}

/** Where to jump for an issue: its cell, else the start of its row. */
function target(i: Issue): string | null {
  if (i.cell) return i.cell;
  if (i.row) return `A${i.row}`;
  return null;
}

interface Props {
  period: string;
  issues: Issue[];
  fatal: Issue[];
  onSelectCell: (sheet: string, cell: string) => void;
}

/**
 * Data problems grouped by sheet; each one links to the cell that caused it.
 * Memoised: progress ticks re-render the pane many times a second, and
 * grouping a big month's problems each time blocked the page for tenths of a second.
 */
export const ValidationReport = memo(function ValidationReport({ period, issues, fatal, onSelectCell }: Props) {
  const { lang, t } = useLang();
  const styles = useStyles();
  // The engine may list fatal problems in both arrays: show them once, on top.
  const fatalList = fatal.length > 0 ? fatal : issues.filter((i) => i.severity === 'fatal');
  // A problem repeated on many rows of a sheet is one line with its count (the Issues sheet lists each row).
  const groups = groupBySheet(issues.filter((i) => i.severity !== 'fatal')).map((g) => ({
    ...g,
    lines: digestIssues(g.issues).lines,
  }));
  const total = groups.reduce((n, g) => n + g.issues.length, 0);
  // The count is of problems that need action; notes (what was done, nothing to fix) are counted beside it.
  const { needAction, notes } = digestIssues(issues.filter((i) => i.severity !== 'fatal'));

  return (
    <section aria-label={t.issuesTitle(needAction)}>
      {fatalList.length > 0 && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t.validationFatalTitle}</MessageBarTitle>
            {fatalList.map((i, k) => (
              <div key={k}>
                {i.message[lang]}
                {i.sheet && i.cell && (
                  <>
                    {' '}
                    <Link as="button" onClick={() => onSelectCell(i.sheet!, i.cell!)}>
                      {t.goToCell(`${i.sheet}!${i.cell}`)}
                    </Link>
                  </>
                )}
              </div>
            ))}
          </MessageBarBody>
        </MessageBar>
      )}
      {fatalList.length === 0 && total === 0 && (
        <MessageBar intent="success">
          <MessageBarBody>{t.validationOk(period)}</MessageBarBody>
        </MessageBar>
      )}
      {total > 0 && (
        <>
          <Subtitle2 as="h2">{t.issuesTitle(needAction)}</Subtitle2>
          {notes > 0 && <Caption1 className={styles.muted}>{t.notesBeside(notes)}</Caption1>}
          <Accordion multiple collapsible defaultOpenItems={groups.length === 1 ? [0] : []}>
            {groups.map((g, gi) => (
              <AccordionItem key={g.sheet ?? ''} value={gi}>
                <AccordionHeader size="small">
                  <span className={styles.header}>
                    {g.sheet ?? t.workbookLevel}
                    <CounterBadge
                      count={g.issues.length}
                      overflowCount={9999}
                      size="small"
                      color={
                        g.issues.some((i) => i.severity === 'error' || i.severity === 'fatal')
                          ? 'danger'
                          : 'informative'
                      }
                    />
                  </span>
                </AccordionHeader>
                <AccordionPanel>
                  <ul className={styles.list}>
                    {g.lines.slice(0, SHOWN_PER_SHEET).map(({ first: i, message, count }, k) => {
                      const cell = target(i);
                      return (
                        <li key={k} className={styles.item}>
                          <span className={styles.line}>
                            <Badge size="small" appearance="tint" color={SEVERITY_COLOR[i.severity]}>
                              {t.severity[i.severity]}
                            </Badge>
                            {g.sheet && cell && (
                              <Link
                                as="button"
                                onClick={() => onSelectCell(g.sheet!, cell)}
                                aria-label={t.goToCell(`${g.sheet}!${cell}`)}
                              >
                                {cell}
                              </Link>
                            )}
                            <Text size={200}>{message[lang]}</Text>
                          </span>
                          <Caption1 className={styles.muted}>
                            {i.action[lang]}
                            {count === 1 && i.value !== null && ` · ${t.valueWas(i.value)}`}
                          </Caption1>
                        </li>
                      );
                    })}
                  </ul>
                  {g.lines.length > SHOWN_PER_SHEET && (
                    <Caption1 className={styles.muted}>{t.moreIssues(g.lines.length - SHOWN_PER_SHEET)}</Caption1>
                  )}
                </AccordionPanel>
              </AccordionItem>
            ))}
          </Accordion>
        </>
      )}
    </section>
  );
});
