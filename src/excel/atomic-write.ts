/**
 * Writing a set of sheets so that a failure at any point leaves the workbook
 * as it was:
 *   1. every new sheet is written under a temporary name (~tmpN <token>);
 *   2. swap, one request: old sheets that are not regenerated (listed in
 *      `replace` only) are renamed to ~oldN <token>, new sheets that did not
 *      exist yet to their real names (both reversible);
 *   3. finish, one request: an output sheet that already exists keeps its
 *      identity and receives the temporary sheet's content (replace-in-place.ts),
 *      so the manager's references to it keep working; old sheets deleted,
 *      tables given their real names, protection applied last.
 * On failure the temporaries are deleted and the old sheets get their names
 * back. If step 3 had already started (an old sheet deleted, or a temporary
 * sheet renamed to its marker), the new content is complete, so the finish is
 * completed instead. Sheets not being
 * replaced — the inputs — are never written, renamed or deleted.
 *
 * A very hidden sheet cannot be deleted (Excel refuses: OfficeDev/office-js#365),
 * so an old sheet that is very hidden is made visible in the same request that
 * deletes it, and its successor gets its visibility back. A chunk Excel refuses
 * as too large (RequestPayloadSizeLimitExceeded) is retried as two halves.
 */
import { throwIfAborted } from './abort';
import { RequestLimits, RowSpan, isPayloadLimitError } from './chunking';
import { queueDecoration } from './decorate';
import { RenderPlan, validatePlans } from './render-plan';
import { InPlaceSheet, loadOwned, NOTHING_OWNED, Owned, queueMarker, queueReplaceInPlace } from './replace-in-place';
import { planWrite, queueChunk } from './write-chunks';
import type { WriteProgress } from './workbook-port';

export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface WriteOptions {
  limits: RequestLimits;
  onProgress?: (p: WriteProgress) => void;
  signal?: AbortSignal;
}

export interface WriteResult {
  chunks: number;
  rows: number;
  /** Chunks Excel refused as too large and that were split and sent again. */
  retries: number;
  /** Sheets whose print setup did not read back as one page wide (names). */
  printFitNotApplied: string[];
}

/** The write failed and so did putting the workbook back; says which sheets to look at. */
export class WriteRecoveryError extends Error {
  override readonly name = 'WriteRecoveryError';

  constructor(
    readonly original: unknown,
    readonly recoveryError: unknown,
    token: string,
  ) {
    super(
      `Writing the sheets failed (${messageOf(original)}) and restoring the workbook also failed (${messageOf(recoveryError)}). ` +
        `Sheets whose names contain "${token}" are left over from this run.`,
    );
  }
}

interface NewSheet {
  plan: RenderPlan;
  tempName: string;
  tempTable: string;
  finalTable: string | null;
  id: string | null;
  ws: Excel.Worksheet | null;
  table: Excel.Table | null;
  /** Where the sheet it replaces was, so a regenerated sheet stays in place. */
  position: number | null;
  /** The visibility of the sheet it replaces (a hidden state sheet stays hidden). */
  visibility: Excel.SheetVisibility | 'Visible' | 'Hidden' | 'VeryHidden';
  /** The existing sheet of the same name whose content this one replaces in place (null: a sheet new to the workbook). */
  target: string | null;
  markerName: string;
}

interface OldSheet {
  id: string;
  name: string;
  backupName: string;
  visibility: Excel.SheetVisibility | 'Visible' | 'Hidden' | 'VeryHidden';
}

type Existing = Pick<OldSheet, 'id' | 'name' | 'visibility'>;

interface Transaction {
  token: string;
  created: NewSheet[];
  old: OldSheet[];
  /** Names of the tables and charts now on each sheet regenerated in place (by sheet id). */
  targetTables: Map<string, Owned>;
  phase: 'writing' | 'swapped' | 'done';
}

export async function writeSheetsAtomically(
  run: ExcelRun,
  plans: RenderPlan[],
  replace: string[],
  options: WriteOptions,
): Promise<WriteResult> {
  validatePlans(plans);
  throwIfAborted(options.signal);
  const tx: Transaction = { token: '', created: [], old: [], targetTables: new Map(), phase: 'writing' };
  const result: WriteResult = { chunks: 0, rows: 0, retries: 0, printFitNotApplied: [] };
  try {
    await run(async (ctx) => {
      const sheets = ctx.workbook.worksheets;
      sheets.load('items/name,items/id,items/visibility');
      await ctx.sync();
      const existing: Existing[] = sheets.items.map((s) => ({ id: s.id, name: s.name, visibility: s.visibility }));
      begin(tx, plans, replace, existing);
      await resolveTableNames(ctx, tx, existing);

      for (const sheet of tx.created) await writeSheet(ctx, sheet, options, result);

      throwIfAborted(options.signal); // last point where cancelling is still possible
      const fresh = tx.created.filter((n) => n.target === null);
      for (const o of tx.old) ctx.workbook.worksheets.getItem(o.id).name = o.backupName;
      for (const n of fresh) (n.ws as Excel.Worksheet).name = n.plan.name;
      await ctx.sync();
      tx.phase = 'swapped';

      const inPlace = inPlaceSheets(tx);
      for (const item of inPlace) queueMarker(ctx, item); // first: tells recovery whether this request started
      for (const o of tx.old) deleteSheet(ctx, o);
      for (const n of fresh) if (n.table && n.finalTable) n.table.name = n.finalTable;
      for (const n of fresh) if (n.visibility !== 'Visible') (n.ws as Excel.Worksheet).visibility = n.visibility;
      const moving = fresh
        .filter((n) => n.position !== null)
        .sort((a, b) => (a.position as number) - (b.position as number));
      for (const n of moving) (n.ws as Excel.Worksheet).position = n.position as number; // ascending, so each lands where it belongs
      for (const n of fresh) if (n.plan.decoration?.protect) (n.ws as Excel.Worksheet).protection.protect(PROTECTION);
      const zooms = inPlace.map((item) => ({
        item,
        zoom: queueReplaceInPlace(ctx, item, tx.targetTables.get(item.targetId) ?? NOTHING_OWNED, protect).zoom,
      }));
      await ctx.sync();
      tx.phase = 'done';
      for (const { item, zoom } of zooms)
        if (zoom && !isOnePageWide(zoom.zoom)) result.printFitNotApplied.push(item.plan.name);
    });
  } catch (e) {
    if (tx.token === '') throw e; // failed before anything was written
    let outcome: 'rolled-back' | 'rolled-forward';
    try {
      outcome = await recover(run, tx);
    } catch (re) {
      throw new WriteRecoveryError(e, re, tx.token);
    }
    if (outcome === 'rolled-back') throw e;
  }
  return result;
}

/**
 * Users may still filter a protected output sheet and widen its columns. Not sort: Excel refuses to sort
 * locked cells on a protected sheet whatever allowSort says, and every cell of an output sheet stays
 * locked (unlocking the payroll's body would let anyone edit the amounts finance pays).
 */
const PROTECTION: Excel.WorksheetProtectionOptions = {
  allowAutoFilter: true,
  allowSort: false,
  allowFormatColumns: true,
  allowFormatRows: true,
  selectionMode: 'Normal',
};

/** A very hidden sheet must be made visible before Excel lets it be deleted. */
function deleteSheet(ctx: Excel.RequestContext, o: { id: string; visibility: string }): void {
  const ws = ctx.workbook.worksheets.getItem(o.id);
  if (o.visibility === 'VeryHidden') ws.visibility = 'Visible';
  ws.delete();
}

function protect(ws: Excel.Worksheet): void {
  ws.protection.protect(PROTECTION);
}

function inPlaceSheets(tx: Transaction): InPlaceSheet[] {
  return tx.created
    .filter((n) => n.target !== null)
    .map((n) => ({
      plan: n.plan,
      targetId: n.target as string,
      tempId: n.id as string,
      markerName: n.markerName,
      tableName: n.finalTable,
    }));
}

function begin(tx: Transaction, plans: RenderPlan[], replace: string[], existing: Existing[]): void {
  const taken = new Set(existing.map((s) => s.name.toLowerCase()));
  let token = newToken();
  while ([...taken].some((n) => n.includes(token.toLowerCase()))) token = newToken();
  tx.token = token;
  const byName = new Map(existing.map((s) => [s.name.toLowerCase(), s]));
  tx.created = plans.map((plan, i) => ({
    plan,
    target: byName.get(plan.name.toLowerCase())?.id ?? null,
    markerName: `~cpy${i + 1} ${token}`,
    tempName: `~tmp${i + 1} ${token}`,
    tempTable: `tmp_${token}_${i + 1}`,
    finalTable: plan.decoration?.table?.name ?? null,
    id: null,
    ws: null,
    table: null,
    position: null,
    visibility: existing.find((s) => s.name.toLowerCase() === plan.name.toLowerCase())?.visibility ?? 'Visible',
  }));
  // An existing sheet that is regenerated stays (in place); only sheets listed in `replace` alone leave.
  const regenerated = new Set(plans.map((p) => p.name.toLowerCase()));
  const leaving = new Set(replace.map((n) => n.toLowerCase()).filter((n) => !regenerated.has(n)));
  tx.old = existing
    .filter((s) => leaving.has(s.name.toLowerCase()))
    .map((s, i) => ({ id: s.id, name: s.name, backupName: `~old${i + 1} ${token}`, visibility: s.visibility }));

  // The final order: each replaced sheet's successor takes its place; the rest go at the end.
  const successor = new Map(tx.created.filter((n) => n.target === null).map((n) => [n.plan.name.toLowerCase(), n]));
  const order: (NewSheet | string)[] = [];
  for (const s of existing) {
    if (!leaving.has(s.name.toLowerCase())) order.push(s.id);
    else {
      const n = successor.get(s.name.toLowerCase());
      if (n) order.push(n);
    }
  }
  order.forEach((item, i) => {
    if (typeof item !== 'string') item.position = i;
  });
}

/** A table name already used on a sheet that stays gets a suffix: table names are workbook-wide. */
async function resolveTableNames(ctx: Excel.RequestContext, tx: Transaction, existing: Existing[]): Promise<void> {
  const targets = tx.created.map((n) => n.target).filter((id): id is string => id !== null);
  if (!tx.created.some((n) => n.finalTable) && targets.length === 0) return;
  const oldIds = new Set([...tx.old.map((o) => o.id), ...targets]); // a regenerated sheet's own tables give way too
  const staying = existing.filter((s) => !oldIds.has(s.id));
  const collections = staying.map((s) => ctx.workbook.worksheets.getItem(s.id).tables.load('items/name'));
  tx.targetTables = await loadOwned(ctx, targets); // its sync also runs the loads above
  const taken = new Set(collections.flatMap((c) => c.items.map((t) => t.name.toLowerCase())));
  for (const n of tx.created) {
    if (!n.finalTable) continue;
    let name = n.finalTable;
    for (let k = 2; taken.has(name.toLowerCase()); k++) name = `${n.finalTable}_${k}`;
    taken.add(name.toLowerCase());
    n.finalTable = name;
  }
}

async function writeSheet(
  ctx: Excel.RequestContext,
  n: NewSheet,
  options: WriteOptions,
  result: WriteResult,
): Promise<void> {
  const write = planWrite(n.plan, options.limits);
  const pending: RowSpan[] = write.spans.length > 0 ? [...write.spans] : [{ start: 0, count: 0 }];
  const total = n.plan.rows.length;
  let written = 0;
  while (pending.length > 0) {
    const span = pending.shift() as RowSpan;
    throwIfAborted(options.signal);
    ctx.application.suspendApiCalculationUntilNextSync();
    const adding = !n.ws;
    if (adding) {
      n.ws = ctx.workbook.worksheets.add(n.tempName);
      n.ws.load('id');
    }
    const ws = n.ws as Excel.Worksheet;
    if (span.count > 0) queueChunk(ws, n.plan, write, span);
    try {
      await ctx.sync();
    } catch (e) {
      // Refused as too large: nothing of the request ran, so send it again as two halves.
      if (!isPayloadLimitError(e) || span.count < 2) throw e;
      if (adding) n.ws = null;
      const half = Math.ceil(span.count / 2);
      pending.unshift({ start: span.start, count: half }, { start: span.start + half, count: span.count - half });
      result.retries++;
      continue;
    }
    if (n.id === null) n.id = ws.id;
    result.chunks++;
    result.rows += span.count;
    written += span.count;
    options.onProgress?.({ sheet: n.plan.name, rowsWritten: written, rowsTotal: total });
  }
  if (n.plan.decoration && n.ws && n.target === null) {
    // a sheet replaced in place is decorated where it lands
    throwIfAborted(options.signal);
    const { table, zoom } = queueDecoration(n.ws, n.plan, n.tempTable);
    n.table = table;
    await ctx.sync();
    if (zoom && !isOnePageWide(zoom.zoom)) result.printFitNotApplied.push(n.plan.name);
  }
}

/** What the print setup reads back as: one page wide, as many tall as needed (0). */
function isOnePageWide(zoom: Excel.PageLayoutZoomOptions): boolean {
  return zoom.horizontalFitToPages === 1 && zoom.verticalFitToPages === 0;
}

/** Put the workbook back (or, once old sheets are gone, finish the job) in a fresh batch. */
async function recover(run: ExcelRun, tx: Transaction): Promise<'rolled-back' | 'rolled-forward'> {
  return run(async (ctx) => {
    const sheets = ctx.workbook.worksheets;
    sheets.load('items/name,items/id,items/visibility');
    await ctx.sync();
    const present = new Map(sheets.items.map((s) => [s.id, s]));
    const oldLeft = tx.old.filter((o) => present.has(o.id));
    const inPlace = inPlaceSheets(tx);
    // The finish request ran in part when an old sheet is gone or a temporary sheet took its marker name (or is gone).
    const started =
      oldLeft.length < tx.old.length || inPlace.some((i) => present.get(i.tempId)?.name !== tempNameOf(tx, i));

    if (tx.phase === 'swapped' && started) {
      for (const o of oldLeft) deleteSheet(ctx, o);
      const pending = inPlace.filter((i) => present.has(i.tempId));
      const state = tx.created
        .filter((n) => n.target === null)
        .map((n) => {
          const ws = ctx.workbook.worksheets.getItem(n.id as string);
          return { n, ws, tables: ws.tables.load('items/name'), protection: ws.protection.load('protected') };
        });
      const owned = await loadOwned(
        ctx,
        pending.map((i) => i.targetId),
      ); // its sync also runs what is queued above
      for (const { n, tables } of state) {
        const table = tables.items.find((t) => t.name === n.tempTable);
        if (table && n.finalTable) table.name = n.finalTable;
      }
      const moving = state
        .filter((x) => x.n.position !== null)
        .sort((a, b) => (a.n.position as number) - (b.n.position as number));
      for (const { n, ws } of moving) ws.position = n.position as number;
      for (const { n, ws } of state) if (n.visibility !== 'Visible') ws.visibility = n.visibility;
      for (const { n, ws, protection } of state)
        if (n.plan.decoration?.protect && !protection.protected) ws.protection.protect(PROTECTION);
      for (const i of pending) queueReplaceInPlace(ctx, i, owned.get(i.targetId) ?? NOTHING_OWNED, protect); // repeatable: done again in full
      await ctx.sync();
      return 'rolled-forward';
    }

    const createdIds = new Set(tx.created.map((n) => n.id).filter((id): id is string => id !== null));
    const tempNames = new Set(tx.created.map((n) => n.tempName.toLowerCase()));
    for (const s of sheets.items) if (createdIds.has(s.id) || tempNames.has(s.name.toLowerCase())) s.delete();
    for (const o of oldLeft) {
      const ws = present.get(o.id) as Excel.Worksheet;
      if (ws.name !== o.name) ctx.workbook.worksheets.getItem(o.id).name = o.name;
      if (ws.visibility !== o.visibility) ctx.workbook.worksheets.getItem(o.id).visibility = o.visibility;
    }
    await ctx.sync();
    return 'rolled-back';
  });
}

function tempNameOf(tx: Transaction, item: InPlaceSheet): string {
  return tx.created.find((n) => n.id === item.tempId)?.tempName ?? '';
}

function newToken(): string {
  let t = '';
  while (t.length < 6) t += Math.random().toString(36).slice(2);
  return t.slice(0, 6);
}

function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
