import { memo } from 'react';
import {
  Badge,
  Button,
  Caption1,
  Card,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { ArrowDownloadRegular, OpenRegular, StarRegular } from '@fluentui/react-icons';
import { digestIssues, type AgentResult, type Grade, type Lang, type PayrollResult, ROLES } from '../../engine';
import { formatMoney, formatPercent, formatScore } from '../format';
import { useLang } from '../lang-context';
import { periodStrings } from '../period-strings';
import { TrendCharts } from './TrendCharts';
import { InNextTask } from './InNextTask';
import { bareList, column } from './layout-styles';

const GRADE_COLOR: Record<Grade, 'warning' | 'informative' | 'severe' | 'danger'> = {
  金牌: 'warning',
  银牌: 'informative',
  铜牌: 'severe',
  不达标: 'danger',
};

const useStyles = makeStyles({
  root: column(tokens.spacingVerticalM),
  stats: { display: 'grid', gridTemplateColumns: 'repeat(2, minmax(0, 1fr))', gap: tokens.spacingHorizontalS },
  stat: { padding: tokens.spacingVerticalS, gap: tokens.spacingVerticalXXS },
  value: {
    fontSize: tokens.fontSizeBase500,
    fontWeight: tokens.fontWeightSemibold,
    lineHeight: tokens.lineHeightBase500,
  },
  muted: { color: tokens.colorNeutralForeground3 },
  stars: bareList(tokens.spacingVerticalXS),
  star: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  starIcon: { color: tokens.colorPaletteMarigoldForeground1, flexShrink: 0 },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  rank: { width: '32px' },
  score: { width: '56px' },
  gradeCol: { width: '64px' },
});

/** Star label → names of the agents who won it, in the order the engine ranked them. */
function starWinners(agents: AgentResult[], lang: Lang): [string, string[]][] {
  const winners = new Map<string, string[]>();
  for (const a of agents) {
    for (const s of a.stars) {
      const label = s.label[lang];
      winners.set(label, [...(winners.get(label) ?? []), a.agent.name]);
    }
  }
  return [...winners];
}

function Stat({ label, value, note }: { label: string; value: string; note?: string }) {
  const styles = useStyles();
  return (
    <Card className={styles.stat} size="small" appearance="filled-alternative">
      <Caption1 className={styles.muted}>{label}</Caption1>
      <Text className={styles.value}>{value}</Text>
      {note && <Caption1 className={styles.muted}>{note}</Caption1>}
    </Card>
  );
}

interface Props {
  result: PayrollResult;
  scorecardSheet: string | undefined;
  onOpenSheet: (name: string) => void;
  onDownloadCsv: () => void;
}

/** What the month came to: headcount, shop sales, silent share, stars, and each role's top three (memoised: progress ticks re-render the pane). */
export const ResultSummary = memo(function ResultSummary({
  result,
  scorecardSheet,
  onOpenSheet,
  onDownloadCsv,
}: Props) {
  const { lang, t } = useLang();
  const styles = useStyles();
  const { shop, agents } = result;
  const stars = starWinners(agents, lang);
  // Problems that need action; notes are counted beside them.
  const digest = digestIssues(result.issues);

  return (
    <section className={styles.root} aria-label={t.resultTitle(result.period)}>
      <Subtitle2 as="h2">{t.resultTitle(result.period)}</Subtitle2>
      <div className={styles.stats}>
        <Stat label={t.agents} value={String(agents.length)} />
        <Stat label={t.shopSales} value={formatMoney(shop.sales)} />
        <Stat
          label={t.silentShare}
          value={formatPercent(shop.silentShare, lang)}
          note={t.silentSales(formatMoney(shop.silentSales), shop.silentOrders)}
        />
        <Stat
          label={t.dataProblems}
          value={String(digest.needAction)}
          note={digest.notes > 0 ? t.notesBeside(digest.notes) : undefined}
        />
      </div>

      <div className={styles.actions}>
        {scorecardSheet && (
          <Button icon={<OpenRegular />} onClick={() => onOpenSheet(scorecardSheet)}>
            {t.openScorecard}
          </Button>
        )}
        {result.paysPeriod && (
          <Button icon={<ArrowDownloadRegular />} onClick={onDownloadCsv}>
            {t.downloadCsv}
          </Button>
        )}
      </div>
      {!result.paysPeriod && <Caption1 className={styles.muted}>{periodStrings(lang).assessmentNote}</Caption1>}

      <InNextTask>
        <TrendCharts result={result} />
      </InNextTask>

      <div>
        <Subtitle2 as="h3">{t.stars}</Subtitle2>
        {stars.length === 0 ? (
          <Caption1 className={styles.muted}>{t.noStars}</Caption1>
        ) : (
          <ul className={styles.stars}>
            {stars.map(([label, names]) => (
              <li key={label} className={styles.star}>
                <StarRegular className={styles.starIcon} />
                <Text weight="semibold">{label}</Text>
                <Text>{names.join(lang === 'zh' ? '、' : ', ')}</Text>
              </li>
            ))}
          </ul>
        )}
      </div>

      <div>
        <Subtitle2 as="h3">{t.top3}</Subtitle2>
        {ROLES.map((role) => {
          const top = agents
            .filter((a) => a.agent.role === role)
            .sort((a, b) => a.rank - b.rank)
            .slice(0, 3);
          if (top.length === 0) return null;
          return (
            <Table key={role} size="small" aria-label={`${t.top3} · ${t.role[role]}`}>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell className={styles.rank}>#</TableHeaderCell>
                  <TableHeaderCell>{t.role[role]}</TableHeaderCell>
                  <TableHeaderCell className={styles.score}>{t.scoreLabel}</TableHeaderCell>
                  <TableHeaderCell className={styles.gradeCol} />
                </TableRow>
              </TableHeader>
              <TableBody>
                {top.map((a) => (
                  <TableRow key={a.agent.agentId}>
                    <TableCell>{a.rank}</TableCell>
                    <TableCell>{a.agent.name}</TableCell>
                    <TableCell>{formatScore(a.score, lang)}</TableCell>
                    <TableCell>
                      <Badge size="small" appearance="tint" color={GRADE_COLOR[a.grade]}>
                        {t.grade[a.grade]}
                      </Badge>
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          );
        })}
      </div>
    </section>
  );
});
