/**
 * Child process of the benchmark: attribution by consultation records. The
 * synthetic shop of engine-child (N order rows × 200 agents) plus a 接待记录
 * sheet of C consultations (two per order by default: its agent 10 minutes
 * before creation, a colleague 70 minutes before), the engine timed without
 * and with that sheet, so the rule's own cost shows.
 * Usage: node consultations-child.js <orders> <consultations>
 */
import { generateDemoWorkbook, runPayroll, type Cell, type WorkbookData } from '../src/engine';
import { reportToParent } from './child';
import { MB, RssSampler, settle, timed } from './timing';

export interface ConsultationBenchResult {
  orders: number;
  consultations: number;
  withoutWallMs: number;
  withoutCpuMs: number;
  withWallMs: number;
  withCpuMs: number;
  creditedByConsultation: number;
  inputRssMb: number;
  peakRssMb: number;
}

const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);

/** "2026-10-05 11:00:00" moved back by `minutes`, in the same format (naive time: no zone enters). */
function earlier(text: string, minutes: number): string {
  const t = Date.parse(text.replace(' ', 'T') + 'Z') - minutes * 60000;
  return new Date(t).toISOString().slice(0, 19).replace('T', ' ');
}

function withConsultations(wb: WorkbookData, count: number): WorkbookData {
  const accounts = wb.sheets[0].rows.slice(1).map((r) => String(r[2]));
  const rows: Cell[][] = [['买家昵称', '客服昵称', '咨询时间', '接待时长(秒)']];
  const orderRows = wb.sheets.filter((s) => s.name.startsWith('订单')).flatMap((s) => s.rows.slice(1));
  for (let i = 0; rows.length <= count; i++) {
    const o = orderRows[i % orderRows.length];
    if (typeof o[1] !== 'string' || typeof o[7] !== 'string') continue;
    const minutes = i < orderRows.length ? 10 : 70;
    rows.push([o[1], accounts[i % accounts.length], earlier(o[7], minutes + (i % 50)), 120]);
  }
  return { sheets: [...wb.sheets, { name: '接待记录', rows }] };
}

async function measure(orders: number, consultations: number): Promise<ConsultationBenchResult> {
  const period = '2026-10';
  const plain = generateDemoWorkbook({ period, orders, agents: 200, minimal: true, seed: 20261001 });
  const full = withConsultations(plain, consultations);
  gc();
  await settle(3000);
  gc();
  const inputRss = process.memoryUsage().rss;
  const sampler = new RssSampler();
  const without = timed(() => runPayroll(plain, { period, checksums: false }));
  gc();
  sampler.reset();
  const withSheet = timed(() => runPayroll(full, { period, checksums: false }));
  const peak = sampler.peakMb();
  await sampler.stop();
  return {
    orders,
    consultations: full.sheets[full.sheets.length - 1].rows.length - 1,
    withoutWallMs: without.wallMs,
    withoutCpuMs: without.cpuMs,
    withWallMs: withSheet.wallMs,
    withCpuMs: withSheet.cpuMs,
    creditedByConsultation: withSheet.value.shop.salesBySource.consultation.orders,
    inputRssMb: Math.round(inputRss / MB),
    peakRssMb: peak,
  };
}

if (require.main === module) {
  const orders = Number(process.argv[2]);
  const consultations = Number(process.argv[3]);
  if (!Number.isInteger(orders) || orders <= 0 || !Number.isInteger(consultations) || consultations <= 0) {
    process.stderr.write('usage: consultations-child.js <orders> <consultations>\n');
    process.exit(2);
  }
  measure(orders, consultations).then(reportToParent, (e) => {
    process.stderr.write(`${e && e.stack ? e.stack : e}\n`);
    process.exitCode = 1;
  });
}
