import type { Cell } from '../cell';
import { ACTION, IssueLog, type Where } from '../issues';
import { ROLES, type LocalText } from '../model';
import { locateKpiTable, readKpiTable } from './kpi-table';
import { checkRoleWeights } from './weights';
import { parseNumber, parsePlanPercent, parseWeight } from '../numbers';
import { cellText, normalizeKey } from '../text';
import { Table } from '../sheets/table';
import { defaultPlan, Plan } from './defaults';
import { PLAN_KEY_INDEX, PlanKey, PlanValue } from './catalog';
import { joined, joinedWithOr, msg } from '../messages';
import { closestPlanKey } from './key-suggestion';

const TRUE_WORDS = new Set(['true', '是', 'yes', 'y', '1', '开', '启用', 'on']);
const FALSE_WORDS = new Set(['false', '否', 'no', 'n', '0', '关', '停用', 'off']);

/** Read one Plan value; null when it is not of the key's kind. */
export function readPlanValue(k: PlanKey, v: Cell | undefined): PlanValue | null {
  switch (k.kind) {
    case 'number': {
      const p = parseNumber(v);
      return p.kind === 'value' && p.value >= (k.min ?? -Infinity) ? p.value : null;
    }
    case 'weight': {
      const p = parseWeight(v);
      return p.kind === 'value' && p.value >= 0 ? p.value : null;
    }
    case 'percent': {
      const p = parsePlanPercent(v);
      return p.kind === 'value' && p.value >= 0 ? p.value : null;
    }
    case 'bool': {
      if (typeof v === 'boolean') return v;
      const t = normalizeKey(v);
      return TRUE_WORDS.has(t) ? true : FALSE_WORDS.has(t) ? false : null;
    }
    case 'enum':
      return enumValue(k, normalizeKey(v));
    case 'enumList': {
      const parts = cellText(v)
        .split(/[,，;；/、\s>→＞]+/)
        .filter(Boolean)
        .map((s) => enumValue(k, normalizeKey(s)));
      if (parts.length === 0 || parts.some((x) => x === null) || new Set(parts).size !== parts.length) return null;
      return parts as string[];
    }
    case 'numberList':
    case 'percentList': {
      const parts =
        typeof v === 'number'
          ? [String(v)]
          : cellText(v)
              .split(/[,，;；/、\s]+/)
              .filter(Boolean);
      if (parts.length === 0) return null;
      const out: number[] = [];
      for (const s of parts) {
        const p = k.kind === 'percentList' ? parsePlanPercent(s) : parseNumber(s);
        if (p.kind !== 'value' || p.value < 0) return null;
        out.push(p.value);
      }
      return out;
    }
  }
}

/** An enum's value from what the manager wrote: the value itself or one of its aliases; null otherwise. */
function enumValue(k: PlanKey, t: string): string | null {
  return k.values?.find((x) => x.toLowerCase() === t) ?? k.aliases?.[t] ?? null;
}

/**
 * What the Plan sheets read so far have set: each key's row, and the sheet of the KPI table. A workbook may
 * hold a copied Plan sheet (方案 (2)): a key set again with another value, or a second KPI table, is reported
 * and the first stands, never silently the last sheet read.
 */
export interface PlanRowsSeen {
  keys: Map<string, { table: Table; index: number; value: string }>;
  kpiTable: Table | null;
}

export const newPlanRowsSeen = (): PlanRowsSeen => ({ keys: new Map(), kpiTable: null });

/** Apply the Plan sheet's rows to the plan; every rejected row is reported and the default kept. */
export function applyPlanSheet(plan: Plan, table: Table, log: IssueLog, seen = newPlanRowsSeen()): void {
  // The KPI table below the key/value rows replaces the KPI set; key/value weights and targets then apply to it.
  const kpiTable = locateKpiTable(table);
  if (kpiTable && seen.kpiTable) {
    const message = msg('plan-kpi-table-twice', { sheet: seen.kpiTable.sheet.name });
    const where = { sheet: table.sheet.name, row: kpiTable.headerIndex + 1 };
    log.at('error', 'plan-kpi-table-twice', where, null, message, ACTION.ignored);
  } else if (kpiTable) {
    plan.kpis = readKpiTable(kpiTable, log) ?? plan.kpis;
    seen.kpiTable = kpiTable;
  }
  const end = kpiTable ? kpiTable.headerIndex : Infinity;
  const applied = seen.keys;
  // Summary words are not skipped: a 说明 reading 合计 is a note, and a key reading Total is said as unknown.
  for (const { index, row } of table.filledRows()) {
    if (index >= end) break;
    const keyText = cellText(table.get(row, 'key'));
    if (!keyText) continue;
    const k = PLAN_KEY_INDEX.get(keyText.toLowerCase());
    const raw = table.get(row, 'value');
    const report = table.reportAt(log, index);
    if (!k) {
      const suggestion = closestPlanKey(keyText);
      const [message, action] = suggestion
        ? [
            msg('plan-unknown-key.did-you-mean', { keyText, suggestion }),
            msg('plan-unknown-key.did-you-mean.action', { suggestion }),
          ]
        : [msg('plan-unknown-key', { keyText }), ACTION.ignored];
      report.error('plan-unknown-key', 'key', keyText, message, action);
      continue;
    }
    const v = readPlanValue(k, raw);
    if (v === null) {
      const message = msg('plan-bad-value', { keyText, value: cellText(raw), expected: expectedValue(k) });
      report.error('plan-bad-value', 'value', raw, message, ACTION.defaultKept);
      continue;
    }
    const earlier = applied.get(k.key);
    if (earlier) {
      if (earlier.value !== JSON.stringify(v)) {
        const first = earlier.index + 1;
        const message =
          earlier.table === table
            ? msg('plan-duplicate-key', { keyText, first })
            : msg('plan-duplicate-key.other-sheet', { keyText, first, sheet: earlier.table.sheet.name });
        report.error('plan-duplicate-key', 'value', raw, message, msg('kpi-duplicate-key.action'));
      }
      continue;
    }
    if (k.kpiKey && !plan.kpis.some((d) => d.key === k.kpiKey)) {
      const message = msg('plan-kpi-absent', { keyText, kpiKey: k.kpiKey });
      report.error('plan-kpi-absent', 'key', keyText, message, ACTION.ignored);
      continue;
    }
    k.set(plan, v);
    applied.set(k.key, { table, index, value: JSON.stringify(v) });
  }
  // A rule across keys names the row the manager wrote it on (the sheet alone when the value is the default).
  validatePlan(plan, log, table.sheet.name, (key) => {
    const at = applied.get(key);
    return at ? at.table.where(at.index, 'value') : { sheet: table.sheet.name };
  });
}

/** What a plan key's value should be, for the bad-value message. */
function expectedValue(k: PlanKey): LocalText {
  const values = k.values ?? [];
  switch (k.kind) {
    case 'enum':
      return msg('plan.expects.enum', { values: joinedWithOr(values) });
    case 'enumList':
      return msg('plan.expects.enumList', { values: joined(values, ' / ', ' / ') });
    default:
      return msg(`plan.expects.${k.kind}`);
  }
}

/** Rules across keys: weights of a role must not sum to 0, commission lists must fit. Defaults restored where not. */
function validatePlan(plan: Plan, log: IssueLog, sheet: string, placeOf: (key: string) => Where): void {
  const defaults = { plan: defaultPlan() };
  for (const role of ROLES) checkRoleWeights(plan, role, log, sheet);
  const c = plan.commission;
  const ascending = c.bounds.every((b, i) => i === 0 || b > c.bounds[i - 1]);
  if (c.rates.length !== c.bounds.length + 1 || !ascending) {
    const rates = placeOf('commission.rates');
    log.at(
      'error',
      'plan-commission-shape',
      rates.row ? rates : placeOf('commission.bounds'),
      `${c.bounds.join(',')} / ${c.rates.join(',')}`,
      msg('plan-commission-shape'),
      ACTION.defaultKept,
    );
    plan.commission = { ...defaults.plan.commission };
  }
  if (!(plan.conversionBonus.step > 0)) {
    log.at(
      'error',
      'plan-step-zero',
      placeOf('bonus.conversion.step'),
      plan.conversionBonus.step,
      msg('plan-step-zero'),
      ACTION.defaultKept,
    );
    plan.conversionBonus.step = defaults.plan.conversionBonus.step;
  }
  if (!(plan.scoreCap > 0)) {
    log.at('error', 'plan-cap-zero', placeOf('score.cap'), plan.scoreCap, msg('plan-cap-zero'), ACTION.defaultKept);
    plan.scoreCap = defaults.plan.scoreCap;
  }
  if (plan.violations.fines.length === 0) plan.violations.fines = [...defaults.plan.violations.fines];
}
