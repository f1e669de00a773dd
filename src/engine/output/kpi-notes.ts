/** The plan's KPIs in the outputs: the Audit's KPI rows and the KPI 说明 block that closes the Statements. */
import type { Lang } from '../model';
import { ROLES } from '../model';
import type { Plan } from '../plan/defaults';
import { ELEMENT_KEYS, ELEMENT_LABEL } from '../plan/kpis';
import { directionText, kpiRow, measureText } from '../plan/kpi-sheet';
import { KPI_COLUMNS } from '../plan/kpi-table';
import type { OutCell } from './sheet-spec';
import { ROLE_TEXT } from './labels';
import { message, phrase } from '../messages';

/** One Audit row per KPI: key, then measure, direction, targets, weights, cap or bands as one text. */
export function kpiAuditRows(plan: Plan, lang: Lang): OutCell[][] {
  const zh = lang === 'zh';
  return plan.kpis.map((d) => {
    const cells = kpiRow(d, lang);
    const parts: string[] = [];
    KPI_COLUMNS.forEach((c, i) => {
      if (i < 2 || ELEMENT_KEYS.includes(c.key as never)) return;
      const v = cells[i];
      if (v === null || v === '') return;
      parts.push(`${c.header[lang]} ${v}`);
    });
    return [phrase('audit.section.kpi', lang), d.key, parts.join(zh ? '；' : '; '), d.name[lang]];
  });
}

/** Rows of the KPI 说明 block: a title, then per KPI its name, measure and five elements. */
export function kpiNoteRows(plan: Plan, lang: Lang): { rows: OutCell[][]; bold: number[] } {
  const zh = lang === 'zh';
  const rows: OutCell[][] = [[phrase('kpi-notes.title', lang), null, phrase('kpi-notes.subtitle', lang)]];
  const bold = [0];
  for (const d of plan.kpis) {
    const weights = ROLES.filter((r) => d.weights[r] > 0)
      .map((r) => `${ROLE_TEXT[r][lang]} ${d.weights[r]}`)
      .join(zh ? '、' : ', ');
    bold.push(rows.length);
    rows.push([
      d.name[lang],
      null,
      `${measureText(d, lang)} · ${directionText(d, lang)}${weights ? message('kpi-notes.weights', { weights }, lang) : ''}`,
    ]);
    for (const e of ELEMENT_KEYS)
      if (d.elements[e][lang]) rows.push([ELEMENT_LABEL[e][lang], null, d.elements[e][lang]]);
  }
  return { rows, bold };
}
