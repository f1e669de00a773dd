/**
 * Score bands as a plan writes them (seed 000's 业绩分段描述):
 * "优 ≥ 90 → 100, 良 ≥ 75 → 85, 中 ≥ 60 → 70, 差 → 0". The first band whose
 * condition holds gives the score; a band without a condition always holds;
 * a value below every band scores 0. Shared by the payroll and CS.BANDSCORE.
 */
import { ArgumentError } from './formulas';
import { msg } from './messages';

export interface Band {
  label: string;
  /** null: no condition (the catch-all band). */
  op: '>=' | '>' | '<=' | '<' | null;
  threshold: number;
  score: number;
}

const OPS: Record<string, Band['op']> = {
  '≥': '>=',
  '>=': '>=',
  '＞': '>',
  '>': '>',
  '≤': '<=',
  '<=': '<=',
  '＜': '<',
  '<': '<',
};
const BAND_RE = /^(.*?)\s*(?:(≥|>=|≤|<=|＞|>|＜|<)\s*(-?[\d.]+)\s*(%?))?\s*(?:→|->|=>|：|:)\s*(-?[\d.]+)\s*(?:分)?$/;

/** Parse a band text; throws ArgumentError naming the part that cannot be read. */
export function parseBands(text: string): Band[] {
  const parts = text
    .normalize('NFKC')
    .split(/[,;，；、\n]+/)
    .map((s) => s.trim())
    .filter(Boolean);
  if (parts.length === 0) throw new ArgumentError(msg('bands.none'));
  return parts.map((part) => {
    const m = BAND_RE.exec(part.replace(/\s+/g, ' '));
    if (!m) throw new ArgumentError(msg('bands.bad-form', { part }));
    const [, label, op, threshold, percent, score] = m;
    const t = op ? Number(threshold) : 0;
    const s = Number(score);
    if (!Number.isFinite(t) || !Number.isFinite(s)) throw new ArgumentError(msg('bands.bad-number', { part }));
    return { label: label.trim(), op: op ? OPS[op] : null, threshold: percent ? t / 100 : t, score: s };
  });
}

function holds(b: Band, v: number): boolean {
  switch (b.op) {
    case null:
      return true;
    case '>=':
      return v >= b.threshold;
    case '>':
      return v > b.threshold;
    case '<=':
      return v <= b.threshold;
    case '<':
      return v < b.threshold;
  }
}

/** The score of the first band that holds; 0 below every band; null when the value is not available. */
export function bandScore(value: number | null, bands: Band[]): number | null {
  if (value === null || !Number.isFinite(value)) return null;
  for (const b of bands) if (holds(b, value)) return b.score;
  return 0;
}

/** The band that gave a score, for statements: "良 ≥ 75 → 85". */
export function bandText(b: Band): string {
  const sym = { '>=': '≥', '>': '>', '<=': '≤', '<': '<' } as const;
  const cond = b.op ? `${sym[b.op]} ${+b.threshold.toPrecision(12)} ` : '';
  return `${b.label ? b.label + ' ' : ''}${cond}→ ${b.score}`;
}
