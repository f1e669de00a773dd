import { Caption1, Dropdown, Field, Option, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import { HorizontalBarChartWithAxis, VerticalBarChart } from '@fluentui/react-charts';
import { useState } from 'react';
import { ROLES, type PayrollResult, type Role } from '../../engine';
import { useLang } from '../lang-context';
import { periodStrings } from '../period-strings';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  muted: { color: tokens.colorNeutralForeground3 },
});

/** Pane width less its padding: the charts do not measure a hidden parent. */
const CHART_WIDTH = 300;

/** The shop's sales (bars) and conversion (line, right axis in %) over the periods of the trend. */
export function ShopTrendChart({ result }: { result: PayrollResult }) {
  const { lang } = useLang();
  const s = periodStrings(lang);
  const data = result.shopTrend.map((p) => ({
    x: p.period,
    y: Math.round(p.sales),
    legend: s.shopSales,
    ...(p.conversion === null
      ? {}
      : { lineData: { y: Math.round(p.conversion * 1000) / 10, useSecondaryYScale: true } }),
  }));
  return (
    <div aria-label={s.trendTitle} role="figure">
      <VerticalBarChart
        data={data}
        width={CHART_WIDTH}
        height={220}
        lineLegendText={`${s.conversion} (%)`}
        secondaryYScaleOptions={{ yMinValue: 0, yMaxValue: 100 }}
        hideLegend={false}
        barWidth={16}
      />
    </div>
  );
}

/** One role's total scores, best first, as horizontal bars. */
export function RoleScoresChart({ result, role }: { result: PayrollResult; role: Role }) {
  const { lang, t } = useLang();
  const s = periodStrings(lang);
  const agents = result.agents.filter((a) => a.agent.role === role && a.score !== null).sort((a, b) => a.rank - b.rank);
  const data = agents.map((a) => ({ x: a.score!, y: a.agent.name, legend: s.score }));
  return (
    <div aria-label={s.scoresTitle(t.role[role])} role="figure">
      <HorizontalBarChartWithAxis
        data={data}
        width={CHART_WIDTH}
        height={Math.max(120, 22 * data.length + 40)}
        hideLegend
      />
    </div>
  );
}

/** The result's pictures: the shop trend and the chosen role's scores. */
export function TrendCharts({ result }: { result: PayrollResult }) {
  const { lang, t } = useLang();
  const s = periodStrings(lang);
  const styles = useStyles();
  const roles = ROLES.filter((r) => result.agents.some((a) => a.agent.role === r && a.score !== null));
  const [role, setRole] = useState<Role>(roles[0] ?? 'presales');
  if (result.shopTrend.length === 0) return null; // nothing measured to draw
  return (
    <div className={styles.root}>
      <Subtitle2 as="h3">{s.trendTitle}</Subtitle2>
      {result.shopTrend.length < 2 && <Caption1 className={styles.muted}>{s.noTrend}</Caption1>}
      <ShopTrendChart result={result} />
      {roles.length > 0 && (
        <>
          <Field label={s.roleLabel}>
            <Dropdown
              value={t.role[role]}
              selectedOptions={[role]}
              onOptionSelect={(_, d) => setRole(d.optionValue as Role)}
            >
              {roles.map((r) => (
                <Option key={r} value={r}>
                  {t.role[r]}
                </Option>
              ))}
            </Dropdown>
          </Field>
          <Subtitle2 as="h3">{s.scoresTitle(t.role[role])}</Subtitle2>
          <RoleScoresChart result={result} role={role} />
        </>
      )}
    </div>
  );
}
