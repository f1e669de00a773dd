/**
 * "Did you mean …": the one known name a typed one is a typo of (commision.rates for commission.rates,
 * 买家会员民 for 买家会员名). Without it the manager is left to find the one wrong character.
 */
import { distance } from 'fastest-levenshtein';

const squeeze = (s: string) => s.normalize('NFKC').toLowerCase().replace(/\s+/g, '');

const HAN = /\p{Script=Han}/u;

/**
 * Edits a typo may have and still be taken for a name: 2 (a swapped pair of letters), 1 for short names. In
 * Chinese one: a typo is one character the input method picked wrong (額, 问, 民); two characters changed make
 * another word, and real exports carry such columns beside the one meant (买家实际支付积分, 询单->最终下单人数).
 */
const maxEdits = (typed: string) => (typed.length < 4 ? 0 : typed.length >= 8 && !HAN.test(typed) ? 2 : 1);

/**
 * The one known name within a few edits of what was typed (spaces, width and letter case aside); null when
 * none is that close or two are equally close, so a guess is never offered where it could mislead.
 */
export function closestName(typed: string, names: readonly string[]): string | null {
  const t = squeeze(typed);
  let best: string | null = null;
  let bestEdits = maxEdits(t) + 1;
  let tie = false;
  for (const name of names) {
    const edits = distance(t, squeeze(name));
    if (edits < bestEdits) [best, bestEdits, tie] = [name, edits, false];
    else if (edits === bestEdits) tie = true;
  }
  return tie ? null : best;
}
