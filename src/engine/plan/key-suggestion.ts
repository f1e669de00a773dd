/**
 * "Did you mean …" for a Plan key that does not exist: a typo such as commision.rates would
 * otherwise be ignored with the default kept, and the manager left to find the one letter.
 */
import { closestName } from '../near-miss';
import { PLAN_KEYS } from './catalog';

/** The one known key within a few edits of what was typed; null when none is that close or two are equally close. */
export function closestPlanKey(typed: string, keys: readonly string[] = PLAN_KEYS.map((k) => k.key)): string | null {
  return closestName(typed, keys);
}
