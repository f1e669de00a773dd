/**
 * The KPI table of the Plan (方案) sheet: a second table below the key/value
 * rows, with its own header row (指标键 | 指标名称 | 度量 | 方向 | 目标 | …).
 * Each row is one KPI; a row that cannot be read is reported with its cell
 * and left out; a table with no readable row leaves the default KPIs in force.
 */
import type { Cell } from '../cell';
import { cellAddress } from '../cell';
import { ACTION, IssueLog } from '../issues';
import type { Level, LocalText, Role } from '../model';
import { LEVELS, ROLES } from '../model';
import { parseNumber, parsePercent, parsePlanPercent, parseSeconds, parseWeight, Parsed } from '../numbers';
import { cellText, normalizeKey } from '../text';
import { Table } from '../sheets/table';
import { ArgumentError } from '../formulas';
import { Band, parseBands } from '../bands';
import { LEVEL_TEXT, ROLE_TEXT } from '../messages/labels';
import { defaultKpis, ELEMENT_KEYS, ELEMENT_LABEL, KpiDef, KpiElements, measureOf, MeasureUnit } from './kpis';
import { dataText, msg } from '../messages';

/** Column key → its header (what the Plan sheet writes; the reader takes either language). */
export const KPI_COLUMNS: { key: string; header: LocalText }[] = [
  { key: 'key', header: msg('kpi-col.key') },
  { key: 'name', header: msg('kpi-col.name') },
  { key: 'measure', header: msg('kpi-col.measure') },
  { key: 'direction', header: msg('kpi-col.direction') },
  { key: 'target', header: msg('kpi-col.target') },
  // The English header names the level and role by key ("Target junior"), as Plan sheets have always been written.
  ...LEVELS.map((l) => ({
    key: `target.${l}`,
    header: msg('kpi-col.target-level', { level: dataText(LEVEL_TEXT[l].zh, l) }),
  })),
  ...ROLES.map((r) => ({
    key: `weight.${r}`,
    header: msg('kpi-col.weight-role', { role: dataText(ROLE_TEXT[r].zh, r) }),
  })),
  { key: 'cap', header: msg('kpi-col.cap') },
  { key: 'bands', header: msg('kpi-col.bands') },
  ...ELEMENT_KEYS.map((e) => ({ key: e, header: ELEMENT_LABEL[e] })),
];

/** Other headers a manager may write for a column of the KPI table. */
const COLUMN_ALIASES: Record<string, string[]> = {
  key: ['kpikey'],
  name: ['名称'],
  measure: ['数据项'],
  target: ['目标值'],
  cap: ['上限'],
  bands: ['分段', '业绩分段描述'],
  evaluator: ['考核者'],
};

const HEADER_INDEX = new Map<string, string>();
for (const c of KPI_COLUMNS)
  for (const a of [c.header.zh, c.header.en, ...(COLUMN_ALIASES[c.key] ?? [])])
    HEADER_INDEX.set(normalizeKey(a).replace(/[·.\-_]/g, ''), c.key);
const headerKey = (v: Cell | undefined) => HEADER_INDEX.get(normalizeKey(v).replace(/[·.\-_]/g, ''));

/** The KPI table of a Plan sheet, when it has one: its header names 指标键 and 度量. */
export function locateKpiTable(t: Table): Table | null {
  const rows = t.sheet.rows;
  for (let i = t.headerIndex + 1; i < rows.length; i++) {
    const row = rows[i] ?? [];
    const cols = new Map<string, number>();
    for (let c = 0; c < row.length; c++) {
      const k = headerKey(row[c]);
      if (k && !cols.has(k)) cols.set(k, c);
    }
    if (cols.has('key') && cols.has('measure')) return new Table(t.sheet, i, cols);
  }
  return null;
}

const HIGHER = new Set(['higher', 'high', '高', '越高越好', '正向', '↑', '+']);
const LOWER = new Set(['lower', 'low', '低', '越低越好', '反向', '↓', '-']);

function parseByUnit(unit: MeasureUnit, v: Cell | undefined): Parsed<number> {
  if (unit === 'percent') return parsePlanPercent(v);
  if (unit === 'seconds') return parseSeconds(v);
  return parseNumber(v);
}

/** A text of the sheet as LocalText: a built-in's own text keeps both languages, other text is shown as written. */
function localOf(v: Cell | undefined, builtin: LocalText | undefined): LocalText {
  const text = typeof v === 'string' ? v.trim() : cellText(v);
  if (builtin && (text === builtin.zh || text === builtin.en)) return builtin;
  return dataText(text);
}

/** Read the KPI rows; null when none could be read (the caller keeps the defaults). */
export function readKpiTable(t: Table, log: IssueLog): KpiDef[] | null {
  const builtins = new Map(defaultKpis().map((d) => [d.key, d]));
  const out: KpiDef[] = [];
  const leftOut = msg('plan.kpi-table.this-kpi-is-left-out');
  const bad = (index: number, col: string, value: unknown, message: LocalText) =>
    t.reportAt(log, index).error(`kpi-bad-${col.split('.')[0]}`, col, value, message, leftOut);
  const seen = new Map<string, number>();
  // A KPI keyed `total` or named 合计 is a KPI: the plan has no export summary rows to skip.
  for (const { index, row } of t.filledRows()) {
    const key = cellText(t.get(row, 'key'));
    const report = t.reportAt(log, index);
    if (!key) {
      report.error('kpi-no-key', 'key', null, msg('kpi-no-key'), msg('kpi-no-key.action'));
      continue;
    }
    const first = seen.get(key.toLowerCase());
    if (first !== undefined) {
      const message = msg('kpi-duplicate-key', { key, first: first + 1 });
      report.error('kpi-duplicate-key', 'key', key, message, msg('kpi-duplicate-key.action'));
      continue;
    }
    const measureText = cellText(t.get(row, 'measure'));
    const measure = measureOf(measureText);
    if (!measure) {
      const message = msg('kpi-unknown-measure', { key, measureText });
      report.error('kpi-unknown-measure', 'measure', measureText, message, msg('kpi-unknown-measure.action'));
      continue;
    }
    const unit: MeasureUnit = measure.kind === 'measure' ? measure.def.unit : 'number';
    const dirText = normalizeKey(t.get(row, 'direction'));
    let lowerIsBetter = measure.kind === 'measure' ? measure.def.lowerIsBetter : false;
    if (HIGHER.has(dirText)) lowerIsBetter = false;
    else if (LOWER.has(dirText)) lowerIsBetter = true;
    else if (dirText) {
      const value = cellText(t.get(row, 'direction'));
      bad(index, 'direction', value, msg('kpi-bad-direction', { key, value }));
      continue;
    }
    let bands: Band[] | null = null;
    const bandsText = cellText(t.get(row, 'bands'));
    if (bandsText) {
      try {
        bands = parseBands(bandsText);
      } catch (e) {
        if (!(e instanceof ArgumentError)) throw e;
        bad(index, 'bands', bandsText, msg('kpi-bad-bands', { key, reason: e.text }));
        continue;
      }
    }
    const positive = (col: string): number | null | undefined => {
      const v = t.get(row, col);
      const p = parseByUnit(unit, v);
      if (p.kind === 'blank') return null;
      if (p.kind === 'value' && p.value > 0) return p.value;
      const problem = unit === 'percent' ? 'kpi-bad-target.percent' : 'kpi-bad-target';
      bad(index, col, cellText(v), msg(problem, { key, value: cellText(v) }));
      return undefined;
    };
    const target = positive('target');
    if (target === undefined) continue;
    const targetByLevel: Partial<Record<Level, number>> = {};
    let ok = true;
    for (const l of LEVELS) {
      const v = positive(`target.${l}`);
      if (v === undefined) ok = false;
      else if (v !== null) targetByLevel[l] = v;
    }
    if (!ok) continue;
    if (!bands && target === null && LEVELS.some((l) => targetByLevel[l] === undefined)) {
      report.error('kpi-no-target', 'target', null, msg('kpi-no-target', { key }), msg('kpi-no-target.action'));
      continue;
    }
    const weights = { presales: 0, insales: 0, aftersales: 0 } as Record<Role, number>;
    for (const r of ROLES) {
      const v = t.get(row, `weight.${r}`);
      const p = parseWeight(v);
      if (p.kind === 'blank') continue;
      if (p.kind !== 'value' || p.value < 0) {
        bad(index, `weight.${r}`, cellText(v), msg('kpi-bad-weight', { key, value: cellText(v) }));
        ok = false;
        break;
      }
      weights[r] = p.value;
    }
    if (!ok) continue;
    const capCell = t.get(row, 'cap');
    const capParsed =
      typeof capCell === 'string' && capCell.includes('%') ? parsePercent(capCell) : parseNumber(capCell);
    if (capParsed.kind !== 'blank' && !(capParsed.kind === 'value' && capParsed.value > 0)) {
      bad(index, 'cap', cellText(capCell), msg('kpi-bad-cap', { key, value: cellText(capCell) }));
      continue;
    }
    const builtin = builtins.get(key);
    const elements = {} as KpiElements;
    for (const e of ELEMENT_KEYS) elements[e] = localOf(t.get(row, e), builtin?.elements[e]);
    const nameCell = t.get(row, 'name');
    seen.set(key.toLowerCase(), index);
    out.push({
      key,
      name: cellText(nameCell) ? localOf(nameCell, builtin?.name) : (builtin?.name ?? dataText(key)),
      measure: measure.kind === 'measure' ? measure.def.key : `rating:${measure.item}`,
      lowerIsBetter,
      target,
      targetByLevel,
      weights,
      cap: capParsed.kind === 'value' ? capParsed.value : null,
      bands,
      bandsText: bands ? bandsText : '',
      elements,
    });
  }
  if (out.length === 0) {
    log.at(
      'error',
      'kpi-table-empty',
      { sheet: t.sheet.name, row: t.headerIndex + 1, column: null, cell: cellAddress(t.headerIndex, 0) },
      null,
      msg('kpi-table-empty'),
      ACTION.defaultKept,
    );
    return null;
  }
  return out;
}
