/**
 * Child process of the benchmark: one synthetic shop of N order rows × 200
 * agents × 31 days of chat. Times generation (not counted), the engine
 * (runPayroll without checksums: parse + attribute + measure + pay), the
 * audit checksums, and building the output sheets; reads heap and RSS.
 * Usage: node engine-child.js <orders> [period]
 */
import { createHash } from 'crypto';
import {
  buildOutputSheets,
  generateDemoWorkbook,
  runPayroll,
  Sha256,
  sheetChecksum,
  type WorkbookData,
} from '../src/engine';
import { asReadFromExcel } from './as-read';
import { reportToParent } from './child';
import { MB, RssSampler, settle, timed } from './timing';
import type { Repeated } from './repeats';

export interface EngineSizeResult extends Repeated {
  orders: number;
  orderRows: number;
  agents: number;
  chatRows: number;
  generateMs: number;
  engineWallMs: number;
  engineCpuMs: number;
  /** One bare read of every cell of the input (no engine code): how fast this machine is right now. */
  bareReadMs: number;
  /** SHA-256 of every input sheet with Node's crypto (the CLI) and the engine's own JS SHA-256 (the add-in). */
  checksumCryptoMs: number;
  checksumJsMs: number;
  outputsMs: number;
  outputRows: number;
  issues: number;
  /** Heap and RSS once the input is in memory (after a full GC): what the engine starts from. */
  inputHeapMb: number;
  inputRssMb: number;
  /** Heap right after the engine run, before any forced GC (garbage included): an upper reading of its peak. */
  heapAfterEngineMb: number;
  /** RSS peak while the engine ran (sampled every 5 ms from a worker thread). */
  enginePeakRssMb: number;
  /** The process's maximum RSS over its whole life (generation included), from getrusage. */
  maxRssMb: number;
}

const nodeHasher = () => {
  const h = createHash('sha256');
  return { update: (s: string) => void h.update(s, 'utf8'), hex: () => h.digest('hex') };
};

const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);

/**
 * Touch every cell once, reading each string's characters: the least any
 * reader of this input must do. Its own loop, sharing no code with the
 * engine, so it warms none of the engine's functions before the engine runs.
 * The engine's time over this one is steadier than either on a shared machine.
 */
function bareRead(wb: WorkbookData): number {
  let x = 0;
  for (const s of wb.sheets) {
    for (const row of s.rows) {
      for (let i = 0; i < row.length; i++) {
        const c = row[i];
        if (typeof c === 'string') for (let j = 0; j < c.length; j++) x = (x * 31 + c.charCodeAt(j)) | 0;
        else if (typeof c === 'number') x = (x + c) | 0;
      }
    }
  }
  return x;
}

async function measure(orders: number, period: string): Promise<EngineSizeResult> {
  const sampler = new RssSampler();
  await settle();
  const gen = timed(() =>
    asReadFromExcel(generateDemoWorkbook({ period, orders, agents: 200, minimal: true, seed: 20261001 })),
  );
  const wb = gen.value;
  // Generating and re-reading the input leaves ~1 GB of free heap pages that V8 hands back to the system
  // a few seconds after a GC. Let that happen first, so the engine's RSS (and its time) is its own,
  // as in the add-in, where no generator ran just before.
  gc();
  await settle(3000);
  gc();
  const input = process.memoryUsage();

  const bare = timed(() => bareRead(wb));
  gc();
  sampler.reset();
  const engine = timed(() => runPayroll(wb, { period, checksums: false }));
  const heapAfterEngine = process.memoryUsage().heapUsed;
  const enginePeakRss = sampler.peakMb();
  const result = engine.value;

  const crypto = timed(() => wb.sheets.map((s) => sheetChecksum(s.rows, nodeHasher)));
  const js = timed(() => wb.sheets.map((s) => sheetChecksum(s.rows, () => new Sha256())));
  if (crypto.value.join() !== js.value.join()) throw new Error('the two SHA-256 implementations disagree');
  const outputs = timed(() => buildOutputSheets(result, 'zh'));
  await sampler.stop();

  const orderSheets = wb.sheets.filter((s) => s.name.startsWith('订单'));
  const chat = wb.sheets.find((s) => s.name === '聊天统计');
  return {
    orders,
    orderRows: orderSheets.reduce((n, s) => n + s.rows.length - 1, 0),
    agents: result.agents.length,
    chatRows: chat ? chat.rows.length - 2 : 0,
    generateMs: gen.wallMs,
    engineWallMs: engine.wallMs,
    engineCpuMs: engine.cpuMs,
    bareReadMs: bare.wallMs,
    checksumCryptoMs: crypto.wallMs,
    checksumJsMs: js.wallMs,
    outputsMs: outputs.wallMs,
    outputRows: outputs.value.reduce((n, s) => n + s.rows.length, 0),
    issues: result.issues.length,
    inputHeapMb: Math.round(input.heapUsed / MB),
    inputRssMb: Math.round(input.rss / MB),
    heapAfterEngineMb: Math.round(heapAfterEngine / MB),
    enginePeakRssMb: enginePeakRss,
    maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
  };
}

if (require.main === module) {
  const orders = Number(process.argv[2]);
  if (!Number.isInteger(orders) || orders <= 0) {
    process.stderr.write('usage: engine-child.js <orders> [period]\n');
    process.exit(2);
  }
  measure(orders, process.argv[3] ?? '2026-10').then(reportToParent, (e) => {
    process.stderr.write(`${e && e.stack ? e.stack : e}\n`);
    process.exitCode = 1;
  });
}
