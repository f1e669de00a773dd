/**
 * A timed claim on the workbook, so that two generations (or a generation and
 * a lock) never write at once: not after a double click, not from two panes
 * of one workbook. The claim is a record in the add-in's workbook settings
 * (shared by every pane of the add-in on the file, saved with it).
 *
 * Excel has no compare-and-set, so a claim is: read the record; refuse while
 * another claim is live; write ours; wait longer than a round trip; read it
 * back and go on only if ours is still there. Two panes claiming at the same
 * moment both write, the later write wins, and the earlier one sees that when
 * it reads back. A claim expires (a pane closed mid-run leaves one behind) and
 * an expired claim is taken over. Just before writing, the holder checks the
 * claim is still its own and renews it.
 */
import { msg, type LocalText } from '../engine';
import type { WorkbookPort } from '../excel/workbook-port';
import { PayRunRefusal } from './errors';

export const LEASE_KEY = 'csPerformance.generationLease';
/** Covers reading a large month; renewed just before writing, which is short (outputs are per agent). */
export const LEASE_MS = 5 * 60_000;
/** Longer than one round trip to Excel on the web, so a rival's write lands before we read back. */
const SETTLE_MS = 400;

export type LeaseTask = 'generate' | 'lock' | 'unlock';

interface LeaseRecord {
  token: string;
  /** The pane that holds it. */
  owner: string;
  task: LeaseTask;
  period: string;
  since: number;
  expires: number;
}

export interface LeaseClock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

const realClock: LeaseClock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/** An id for one pane (or one claim): unique enough among the panes of one workbook. */
export function newLeaseId(): string {
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

function asRecord(v: unknown): LeaseRecord | null {
  const r = v as Partial<LeaseRecord> | null;
  return r && typeof r === 'object' && typeof r.token === 'string' && typeof r.expires === 'number'
    ? (r as LeaseRecord)
    : null;
}

const TASK_TEXT: Record<LeaseTask, LocalText> = {
  generate: msg('pane.task.generate'),
  lock: msg('pane.task.lock'),
  unlock: msg('pane.task.unlock'),
};
const clockTime = (ms: number) => new Date(ms).toTimeString().slice(0, 5);

function busy(held: LeaseRecord, owner: string): PayRunRefusal {
  const task = TASK_TEXT[held.task] ?? TASK_TEXT.generate;
  if (held.owner === owner) {
    return new PayRunRefusal('workbook-busy', msg('pane.refusal.busyHere', { task, period: held.period }));
  }
  const since = clockTime(held.since);
  const expires = clockTime(held.expires);
  return new PayRunRefusal(
    'workbook-busy',
    msg('pane.refusal.busyElsewhere', { task, period: held.period, since, expires }),
  );
}

function lost(): PayRunRefusal {
  return new PayRunRefusal('workbook-claim-lost', msg('pane.refusal.claimLost'));
}

export class WorkbookLease {
  private constructor(
    private readonly port: WorkbookPort,
    private record: LeaseRecord,
    private readonly clock: LeaseClock,
  ) {}

  /** Claims the workbook for `task`, or throws a PayRunRefusal naming who holds it and until when. */
  static async claim(
    port: WorkbookPort,
    owner: string,
    task: LeaseTask,
    period: string,
    clock: LeaseClock = realClock,
  ): Promise<WorkbookLease> {
    const held = asRecord(await port.readSetting(LEASE_KEY));
    const now = clock.now();
    if (held && held.expires > now) throw busy(held, owner);
    const record: LeaseRecord = { token: newLeaseId(), owner, task, period, since: now, expires: now + LEASE_MS };
    await port.writeSetting(LEASE_KEY, record);
    await clock.sleep(SETTLE_MS);
    const after = asRecord(await port.readSetting(LEASE_KEY));
    if (after?.token !== record.token) throw busy(after ?? record, after ? owner : '');
    return new WorkbookLease(port, record, clock);
  }

  /** Just before writing: the claim must still be this one (renewed for the write), else nothing is written. */
  async assertHeld(): Promise<void> {
    const current = asRecord(await this.port.readSetting(LEASE_KEY));
    if (current?.token !== this.record.token) throw lost();
    this.record = { ...this.record, expires: this.clock.now() + LEASE_MS };
    await this.port.writeSetting(LEASE_KEY, this.record);
  }

  /** Removes the claim if it is still this one (never a claim another pane took over). */
  async release(): Promise<void> {
    const current = asRecord(await this.port.readSetting(LEASE_KEY));
    if (current?.token === this.record.token) await this.port.writeSetting(LEASE_KEY, null);
  }
}

/** Runs `body` holding the workbook's claim; released however `body` ends. */
export async function withLease<T>(
  port: WorkbookPort,
  owner: string,
  task: LeaseTask,
  period: string,
  body: (lease: WorkbookLease) => Promise<T>,
  clock?: LeaseClock,
): Promise<T> {
  const lease = await WorkbookLease.claim(port, owner, task, period, clock);
  try {
    return await body(lease);
  } finally {
    // A failed release leaves a claim that lapses on its own; the task's own outcome is what to report.
    await lease.release().catch(() => undefined);
  }
}
