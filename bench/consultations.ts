/** The benchmark's attribution-by-consultations section: one child process, the engine without and with a 接待记录 sheet. */
import * as path from 'path';
import { runChild } from './child';
import type { ConsultationBenchResult } from './consultations-child';
import { int, markdownTable, sec } from './table';

export type ConsultationOutcome = ConsultationBenchResult | { error: string } | null;

/** `spec` is "orders:consultations" (BENCH_CONSULTATIONS); "0" skips. */
export async function consultationBench(spec: string, progress: (s: string) => void): Promise<ConsultationOutcome> {
  const [orders, consultations] = spec.split(':').map((x) => Number(x.replace(/_/g, '')));
  if (!(orders > 0) || !(consultations > 0)) return null;
  progress(`attribution by consultation records, ${int(orders)} orders × ${int(consultations)} consultations…`);
  const heap = Math.max(3072, Math.ceil(((orders + consultations) / 3_000_000) * 8192));
  const r = await runChild<ConsultationBenchResult>(
    path.join(__dirname, 'consultations-child.js'),
    [String(orders), String(consultations)],
    { nodeArgs: ['--expose-gc', `--max-old-space-size=${heap}`] },
  );
  return r.result ?? { error: `exit ${r.code}: ${r.stderr.trim().split('\n').slice(-2).join(' ')}` };
}

export function printConsultations(r: ConsultationOutcome, out: (s?: string) => void): void {
  out('### Attribution by consultation records (接待记录)');
  out();
  if (!r) return out('skipped (BENCH_CONSULTATIONS=0)\n');
  if ('error' in r) return out(`failed: ${r.error}\n`);
  out(
    markdownTable(
      [
        'order rows',
        'consultations',
        'engine wall s without → with the sheet',
        'engine CPU s without → with',
        'orders credited by consultation',
        'RSS MB (input → engine peak with the sheet)',
      ],
      [
        [
          int(r.orders),
          int(r.consultations),
          `${sec(r.withoutWallMs)} → ${sec(r.withWallMs)}`,
          `${sec(r.withoutCpuMs)} → ${sec(r.withCpuMs)}`,
          int(r.creditedByConsultation),
          `${r.inputRssMb} → ${r.peakRssMb}`,
        ],
      ],
    ),
  );
  out();
  out(
    'The synthetic shop of the engine table plus a 接待记录 sheet: for each order its buyer served by a roster agent 10 (then 70) minutes before creation, agents taken in turn. The records are indexed once (buyers interned, a counting sort by buyer), then each order is a hash lookup and a binary search: linear in orders + consultations.',
  );
  out();
}
