import { ACTION, IssueLog } from '../issues';
import type { Role } from '../model';
import type { Plan } from './defaults';
import { defaultKpis, roleWeightSum } from './kpis';
import { ROLE_TEXT } from '../messages/labels';
import { msg } from '../messages';

/**
 * A role's weights must not sum to 0 (that role keeps the default weights,
 * reported). A sum other than 100 is scaled to 100, as the weighted score
 * always divides by the weights in use; that is reported so the manager sees it.
 */
export function checkRoleWeights(plan: Plan, role: Role, log: IssueLog, sheet: string): void {
  const sum = roleWeightSum(plan.kpis, role);
  if (sum <= 0) {
    log.at(
      'error',
      'plan-weights-zero',
      { sheet },
      null,
      msg('plan-weights-zero', { role, roleText: ROLE_TEXT[role] }),
      ACTION.defaultKept,
    );
    restoreDefaultWeights(plan, role);
    return;
  }
  if (Math.abs(sum - 100) > 1e-9) {
    log.at(
      'warning',
      'plan-weights-rescaled',
      { sheet },
      String(+sum.toPrecision(12)),
      msg('plan-weights-rescaled', { role, roleText: ROLE_TEXT[role], sum: +sum.toPrecision(12) }),
      msg('plan-weights-rescaled.action'),
    );
  }
}

/** The role is scored on the default six KPIs' weights; built-ins missing from the plan are added for that role only. */
function restoreDefaultWeights(plan: Plan, role: Role): void {
  const defaults = defaultKpis();
  for (const d of plan.kpis) d.weights[role] = defaults.find((x) => x.key === d.key)?.weights[role] ?? 0;
  for (const d of defaults) {
    if (plan.kpis.some((x) => x.key === d.key)) continue;
    plan.kpis.push({ ...d, weights: { presales: 0, insales: 0, aftersales: 0, [role]: d.weights[role] } });
  }
}
