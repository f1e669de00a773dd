/**
 * "Did you mean …" for a Plan key that does not exist: a typo such as commision.rates would
 * otherwise be ignored with the default kept, and the manager left to find the one letter.
 */
import { distance } from 'fastest-levenshtein';
import { PLAN_KEYS } from './catalog';

const squeeze = (s: string) => s.normalize('NFKC').toLowerCase().replace(/\s+/g, '');

/** Edits a typo may have and still be taken for a key: 2 (a swapped pair of letters), 1 for short keys. */
const maxEdits = (typed: string) => (typed.length >= 8 ? 2 : typed.length >= 4 ? 1 : 0);

/**
 * The one known key within a few edits of what was typed (spaces and letter case aside); null when
 * none is that close or two are equally close, so a guess is never offered where it could mislead.
 */
export function closestPlanKey(typed: string, keys: readonly string[] = PLAN_KEYS.map((k) => k.key)): string | null {
  const t = squeeze(typed);
  let best: string | null = null;
  let bestEdits = maxEdits(t) + 1;
  let tie = false;
  for (const key of keys) {
    const edits = distance(t, key.toLowerCase());
    if (edits < bestEdits) [best, bestEdits, tie] = [key, edits, false];
    else if (edits === bestEdits) tie = true;
  }
  return tie ? null : best;
}
