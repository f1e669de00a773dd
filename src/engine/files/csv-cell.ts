/** What a CSV field becomes as a cell, and which delimiter a CSV uses: shared by the papaparse path and the byte path. */
import type { Cell } from '../cell';

/**
 * A field's text as the engine wants it: surrounding spaces and tabs stripped,
 * empty → null, `="…"` (how the order report keeps order numbers exact)
 * unwrapped to the text inside. Everything else stays text, so order numbers
 * are never numbers. May return a substring of `raw` (see csvCell).
 */
export function cellText(raw: string): string | null {
  if (raw.length === 0) return null;
  let t = raw;
  const first = t.charCodeAt(0);
  const last = t.charCodeAt(t.length - 1);
  if (first <= 32 || last <= 32 || first > 126 || last > 126) t = t.trim();
  if (t.length === 0) return null;
  if (t.length >= 3 && t.charCodeAt(0) === 61 && t.charCodeAt(1) === 34 && t.charCodeAt(t.length - 1) === 34) {
    t = t.slice(2, -1);
    if (t.indexOf('"') !== -1) t = t.replace(/""/g, '"');
    if (t.length === 0) return null;
  }
  return t;
}

/** Whether cellText(s.slice(from, to)) is that text itself, for ASCII text: nothing to trim, unwrap or empty. */
export function isCellTextAsIs(s: string, from: number, to: number): boolean {
  if (to <= from) return false;
  const first = s.charCodeAt(from);
  const last = s.charCodeAt(to - 1);
  if (first <= 32 || last <= 32 || first > 126 || last > 126) return false;
  return !(to - from >= 3 && first === 61 && s.charCodeAt(from + 1) === 34 && last === 34);
}

/** cellText, with a long result copied out of its parent string. */
export function csvCell(raw: string): Cell {
  const t = cellText(raw);
  // A long substring keeps its whole parent chunk alive in V8 (a "sliced string"); copy it so chunks can go.
  return t !== null && t.length >= 13 ? (' ' + t).slice(1) : t;
}

/** Comma or tab, whichever separates more fields (outside quotes) in the first lines. */
/** Comma, tab (Excel's "Unicode text") or semicolon (Excel's CSV where the decimal mark is a comma). */
export type CsvDelimiter = ',' | '\t' | ';';

export function detectDelimiter(sample: string): CsvDelimiter {
  let commas = 0;
  let tabs = 0;
  let semicolons = 0;
  let lines = 0;
  let quoted = false;
  for (let i = 0; i < sample.length && lines < 10; i++) {
    const c = sample.charCodeAt(i);
    if (c === 34) quoted = !quoted;
    else if (quoted) continue;
    else if (c === 44) commas++;
    else if (c === 9) tabs++;
    else if (c === 59) semicolons++;
    else if (c === 10) lines++;
  }
  if (semicolons > commas && semicolons > tabs) return ';';
  return tabs > commas ? '\t' : ',';
}
