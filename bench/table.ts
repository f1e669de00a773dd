/** Markdown tables for the benchmark's report (paste-ready for the README). */
export function markdownTable(header: string[], rows: (string | number)[][]): string {
  const cells = [header, ...rows.map((r) => r.map(String))];
  const widths = header.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]) => `| ${r.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  return [line(cells[0]), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...cells.slice(1).map(line)].join(
    '\n',
  );
}

/** Seconds with 2 decimals ("0.43"), or "—". */
export const sec = (ms: number | null | undefined): string =>
  ms === null || ms === undefined || !Number.isFinite(ms) ? '—' : (ms / 1000).toFixed(2);
export const int = (n: number): string => n.toLocaleString('en-US');
export const mb = (bytes: number): string => (bytes / 1024 / 1024).toFixed(2);
export const ratio = (slow: number | null, fast: number | null): string =>
  slow === null || fast === null || !(fast > 0) || !Number.isFinite(slow)
    ? '—'
    : `${(slow / fast).toFixed(slow / fast >= 10 ? 0 : 1)}×`;
