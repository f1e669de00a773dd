/**
 * Sheet rows a message names, as runs: "第 3–5、9 行" / "rows 3–5, 9". A problem that spans many rows (an
 * unknown chat account on every day of the month) reads as a few runs, and past MAX_SPANS runs the text says
 * there are more rather than growing without end; the row column keeps the first row, where the pane jumps.
 */
import type { LocalText } from '../model';
import { joined, msg } from '../messages';

const MAX_SPANS = 8;

/** `rows`: 1-based sheet row numbers in ascending order. */
export function rowSpans(rows: readonly number[]): LocalText {
  const spans: string[] = [];
  let more = false;
  for (let i = 0; i < rows.length;) {
    let j = i;
    while (j + 1 < rows.length && rows[j + 1] === rows[j] + 1) j++;
    if (spans.length === MAX_SPANS) {
      more = true;
      break;
    }
    spans.push(j === i ? String(rows[i]) : `${rows[i]}–${rows[j]}`);
    i = j + 1;
  }
  const code = more ? 'row-spans.more' : rows.length > 1 ? 'row-spans.many' : 'row-spans.one';
  return msg(code, { rows: joined(spans) });
}
