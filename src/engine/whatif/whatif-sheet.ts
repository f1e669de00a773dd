/**
 * 工资测算 / What-if: one agent's period inputs as editable cells, and every
 * KPI score, the total, the grade and each pay component as live =CS.*
 * formulas over those cells and the plan's numbers. Cached values are the
 * payroll's, so the sheet reads right before any recalculation. It is its own
 * workbook (CLI) or sheet (add-in), never part of the finance workbook.
 */
import type { AgentResult, Lang, LocalText } from '../model';
import type { PayrollResult } from '../run';
import type { KpiDef } from '../plan/kpis';
import { kpiMeasure } from '../plan/kpis';
import { GRADES } from '../formulas';
import { GRADE_TEXT } from '../output/labels';
import type { ColumnSpec, OutCell, SheetSpec } from '../output/sheet-spec';
import { message, phrase, type PlainCode } from '../messages';

/** Columns: item, value, and for KPI rows target, weight, cap or bands, score; a note. */
const COLS: [string, PlainCode][] = [
  ['item', 'col.item'],
  ['value', 'col.value'],
  ['target', 'kpi-col.target'],
  ['weight', 'col.whatif.weight'],
  ['cap', 'col.whatif.cap'],
  ['score', 'col.whatif.score'],
  ['note', 'col.note'],
];

type Cached = number | string;
const f = (formula: string, value: Cached | null): OutCell => ({ formula, value: value ?? '' });
const blankable = (x: number | null | undefined): OutCell => (x === null || x === undefined ? null : x);

/** Excel's longest sheet name. */
const SHEET_NAME_CHARS = 31;

/**
 * The sheet's name: 测算 KF07 2026-10 / What-if KF07 2026-10. A 工号 gives up the characters Excel refuses in a sheet
 * name (: \ / ? * [ ]; a workbook holding one needs repair) and spaces (the add-in knows its what-if sheets by
 * name: src/engine/sheets/classify.ts) for "_", and is shortened, not the period, to fit 31 characters.
 */
export function whatIfSheetName(agentId: string, period: string, lang: Lang): string {
  const id = agentId.replace(/[:\\/?*[\]\s]/g, '_');
  const room = SHEET_NAME_CHARS - message('whatif.sheet', { agentId: '', period }, lang).length;
  return message('whatif.sheet', { agentId: id.slice(0, Math.max(1, room)), period }, lang).slice(0, SHEET_NAME_CHARS);
}

class Rows {
  readonly rows: OutCell[][] = [];
  readonly bold: number[] = [];
  /** Add a row; returns its Excel row number (the header is row 1). */
  add(cells: Partial<Record<'item' | 'value' | 'target' | 'weight' | 'cap' | 'score' | 'note', OutCell>>): number {
    this.rows.push(COLS.map(([k]) => cells[k as keyof typeof cells] ?? null));
    return this.rows.length + 1;
  }
  section(title: string): void {
    this.bold.push(this.rows.length);
    this.add({ item: title });
  }
}

export function whatIfSheet(r: PayrollResult, agentId: string, lang: Lang): SheetSpec {
  const a = r.agents.find((x) => x.agent.agentId === agentId.trim().toUpperCase());
  if (!a) throw new Error(`agent ${agentId} is not on the payroll of ${r.period}`);
  const L = (t: LocalText) => t[lang];
  const T = (code: PlainCode) => phrase(code, lang);
  const plan = r.plan;
  const m = a.measures;
  const out = new Rows();
  out.add({
    item: message('whatif.title', { agentId: a.agent.agentId, name: a.agent.name, period: r.period }, lang),
    note: T('whatif.note'),
  });

  // Inputs of the period (editable).
  out.section(T('whatif.section.inputs'));
  const input = (item: string, v: OutCell, note?: string) => out.add({ item, value: v, note: note ?? null });
  const sales = input(T('whatif.input.sales'), m.sales / 100);
  const buyers = input(T('col.scorecard.buyers'), m.buyers);
  const units = input(T('col.scorecard.units'), m.units);
  const inquiries = input(T('col.scorecard.inquiries'), m.inquiries);
  const paidBuyers = input(T('whatif.input.paidBuyers'), m.paidBuyers);
  const received = input(T('whatif.input.received'), m.replyReceived);
  const unreplied = input(T('whatif.input.unreplied'), m.unreplied);
  const avgResponse = input(T('col.scorecard.avgResponse'), blankable(m.avgResponseSec), T('whatif.note.blank'));
  const firstResponse = input(T('whatif.input.firstResponse'), blankable(m.firstResponseSec), T('whatif.note.blank'));
  const satisfaction = input(T('col.scorecard.satisfaction'), blankable(m.satisfaction), T('whatif.note.fraction'));
  const answerRatio = input(T('whatif.input.answerRatio'), blankable(m.answerRatio));
  const refunds = input(T('whatif.input.refunds'), m.refunds / 100);
  const paid = input(T('whatif.input.paid'), m.paid / 100);
  const ratingCells = new Map<string, number>();
  for (const d of plan.kpis) {
    const ref = kpiMeasure(d);
    if (ref.kind !== 'rating' || ratingCells.has(ref.item)) continue;
    const k = a.kpis.find((x) => x.key === d.key);
    ratingCells.set(
      ref.item,
      input(message('whatif.input.rating', { item: ref.item }, lang), blankable(k?.actual), T('whatif.note.rating')),
    );
  }
  const qa = input(T('whatif.input.qa'), a.qa.deducted);
  const fatal = input(T('whatif.input.fatal'), a.qa.fatal, 'TRUE / FALSE');
  const base = input(T('whatif.input.base'), a.pay.basePay / 100, T('whatif.note.base'));
  const awards = input(T('whatif.input.awards'), a.pay.awards / 100);
  const fines = input(T('whatif.input.fines'), a.pay.fines / 100);

  // Measures computed from the inputs.
  out.section(T('whatif.section.measures'));
  // An export with rates but no counts (real layouts) gives the rate itself: it becomes the input.
  const rateOnly = (item: string, count: number, rate: number | null, formula: string): number =>
    count === 0 && rate !== null
      ? out.add({ item, value: rate, note: T('whatif.note.rate-only') })
      : out.add({ item, value: f(formula, rate) });
  const conversion = rateOnly(
    T('col.scorecard.conversion'),
    m.inquiries,
    m.conversion,
    `IFNA(CS.CONVERSION(B${inquiries},B${paidBuyers}),"")`,
  );
  const replyRate = rateOnly(
    T('col.scorecard.replyRate'),
    m.replyReceived,
    m.replyRate,
    `IFNA(CS.REPLYRATE(B${received},B${unreplied}),"")`,
  );
  const direct = (row: number) => `IF(B${row}="","",B${row})`;
  const actualFormula = (d: KpiDef): string => {
    const ref = kpiMeasure(d);
    if (ref.kind === 'rating') return direct(ratingCells.get(ref.item)!);
    switch (ref.def.key) {
      case 'conversion':
        return `B${conversion}`;
      case 'aov':
        return `IFNA(CS.AOV(B${sales},B${buyers}),"")`;
      case 'upt':
        return `IFNA(CS.UPT(B${units},B${buyers}),"")`;
      case 'replyRate':
        return `B${replyRate}`;
      case 'refundRate':
        return `IFNA(CS.REFUNDRATE(B${refunds},B${paid}),"")`;
      case 'sales':
        return `B${sales}`;
      case 'buyers':
        return `B${buyers}`;
      case 'units':
        return `B${units}`;
      case 'avgResponse':
        return direct(avgResponse);
      case 'firstResponse':
        return direct(firstResponse);
      case 'satisfaction':
        return direct(satisfaction);
      case 'answerRatio':
        return direct(answerRatio);
      default:
        throw new Error(`no what-if formula for measure ${ref.def.key}`);
    }
  };

  // KPIs of the agent's role: actual, target, weight, cap or bands, score.
  out.section(T('whatif.section.kpis'));
  const defs = new Map(plan.kpis.map((d) => [d.key, d]));
  const kpiRows: number[] = [];
  for (const k of a.kpis) {
    const d = defs.get(k.key)!;
    const row = out.rows.length + 2;
    const score = d.bands
      ? `IFNA(CS.BANDSCORE(B${row},E${row}),"")`
      : `IFNA(CS.SCORE(B${row},C${row},${d.lowerIsBetter ? 'TRUE' : 'FALSE'},E${row}),"")`;
    kpiRows.push(
      out.add({
        item: L(d.name),
        value: f(actualFormula(d), k.actual),
        target: d.bands ? null : k.target,
        weight: k.weight,
        cap: d.bands ? d.bandsText : (d.cap ?? plan.scoreCap),
        score: f(score, k.score),
        note: d.bands ? T('whatif.note.bands') : d.lowerIsBetter ? T('whatif.note.lower') : null,
      }),
    );
  }
  // Pay rules of the plan (editable).
  out.section(T('whatif.section.plan'));
  const [g1, g2, g3] = [plan.grades.gold, plan.grades.silver, plan.grades.bronze].map((v, i) =>
    out.add({ item: `${L(GRADE_TEXT[GRADES[i]])} ≥`, value: v }),
  );
  const perfBase = out.add({ item: T('whatif.plan.performanceBase'), value: plan.performanceBase[a.agent.level] });
  const coef = GRADES.map((g) =>
    out.add({
      item: message('whatif.plan.coefficient', { grade: GRADE_TEXT[g] }, lang),
      value: plan.gradeCoefficient[g],
    }),
  );
  const cb = plan.conversionBonus;
  const eligible = out.add({
    item: T('whatif.plan.eligible'),
    value: !cb.presalesOnly || a.agent.role === 'presales',
    note: cb.presalesOnly ? T('whatif.plan.presales-only') : null,
  });
  const start = out.add({ item: T('whatif.plan.start'), value: cb.start });
  const startAmount = out.add({ item: T('whatif.plan.startAmount'), value: cb.startAmount });
  const step = out.add({ item: T('whatif.plan.step'), value: cb.step });
  const stepAmount = out.add({ item: T('whatif.plan.stepAmount'), value: cb.stepAmount });
  const bounds = plan.commission.bounds.map((b, i) =>
    out.add({ item: message('whatif.plan.bound', { n: i + 1 }, lang), value: b }),
  );
  const rates = plan.commission.rates.map((x, i) =>
    out.add({ item: message('whatif.plan.rate', { n: i + 1 }, lang), value: x }),
  );
  const mode = out.add({ item: T('whatif.plan.mode'), value: plan.commission.mode, note: 'marginal / flat' });

  // Results.
  out.section(T('whatif.section.results'));
  const range = (col: string) => `${col}${kpiRows[0]}:${col}${kpiRows[kpiRows.length - 1]}`;
  const weighted = kpiRows.length > 0 ? `IFNA(CS.WEIGHTED(${range('F')},${range('D')}),"")` : '""';
  const total = out.add({
    item: T('col.scorecard.score'),
    value: f(`IF(${weighted}="","",ROUND(${weighted}-B${qa},2))`, a.score),
    note: T('whatif.note.total'),
  });
  const label = (i: number) => `"${L(GRADE_TEXT[GRADES[i]])}"`;
  const grade = out.add({
    item: T('col.scorecard.grade'),
    value: f(
      `IF(OR(B${fatal},B${total}=""),${label(3)},IF(B${total}>=B${g1},${label(0)},IF(B${total}>=B${g2},${label(1)},IF(B${total}>=B${g3},${label(2)},${label(3)}))))`,
      L(GRADE_TEXT[a.grade]),
    ),
  });
  const perf = out.add({
    item: T('component.performanceBonus'),
    value: f(
      `ROUND(B${perfBase}*IF(B${grade}=${label(0)},B${coef[0]},IF(B${grade}=${label(1)},B${coef[1]},IF(B${grade}=${label(2)},B${coef[2]},B${coef[3]}))),2)`,
      a.pay.performanceBonus / 100,
    ),
  });
  const conv = out.add({
    item: T('component.conversionBonus'),
    value: f(
      `IF(AND(B${eligible},B${conversion}<>""),CS.TIERBONUS(B${conversion},B${start},B${startAmount},B${step},B${stepAmount}),0)`,
      a.pay.conversionBonus / 100,
    ),
  });
  const comm = out.add({
    item: T('component.commission'),
    value: f(
      `CS.COMMISSION(B${sales},B${bounds[0]}:B${bounds[bounds.length - 1]},B${rates[0]}:B${rates[rates.length - 1]},B${mode})`,
      a.pay.commission / 100,
    ),
  });
  out.add({
    item: T('component.grossPay'),
    value: f(`ROUND(B${base}+B${perf}+B${conv}+B${comm}+B${awards}-B${fines},2)`, a.pay.grossPay / 100),
  });
  out.bold.push(out.rows.length - 1);

  const columns: ColumnSpec[] = COLS.map(([key, code]) => ({
    key,
    header: T(code),
    format: key === 'item' || key === 'note' ? 'text' : 'general',
    width: key === 'note' ? 48 : key === 'item' ? 26 : 12,
  }));
  return {
    kind: 'whatif',
    name: whatIfSheetName(a.agent.agentId, r.period, lang),
    columns,
    rows: out.rows,
    freezeHeader: true,
    autoFilter: false,
    protect: false,
    boldRows: out.bold,
  };
}

/** The payroll's agent, for callers that check the 工号 before building. */
export function findAgent(r: PayrollResult, agentId: string): AgentResult | undefined {
  return r.agents.find((x) => x.agent.agentId === agentId.trim().toUpperCase());
}
