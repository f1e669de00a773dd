/**
 * The pane's state and actions over a WorkbookPort: one task at a time,
 * progress, cancellation, the latest data problems and result, and the
 * error or notice to show. Components only render what this returns.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { SheetData } from '../../engine/cell';
import type { InputSheetSummary, Issue, Lang } from '../../engine/model';
import type { WorkbookPort } from '../../excel/workbook-port';
import { describeError, type UiError } from '../errors';
import type { Step } from '../i18n';
import {
  demoSheets,
  existingSheets,
  generatePayroll,
  insertSheets,
  nextTick,
  samplePlanSheet,
  scanWorkbook,
  validateInputs,
  type GenerateOutcome,
  type WorkbookScan,
} from '../payroll-flow';

export type Task = 'validate' | 'generate' | 'insertDemo' | 'insertPlan';

export interface Busy {
  task: Task;
  step: Step | null;
  fraction: number | null; // null: indeterminate
  controller: AbortController | null; // null: cannot be cancelled
  cancelling: boolean;
}

/** Data problems of the last check or generation. */
export interface IssueView {
  period: string;
  issues: Issue[];
  fatal: Issue[];
  inputs: InputSheetSummary[];
}

export type Notice = { kind: 'demoInserted'; period: string } | { kind: 'planInserted' } | { kind: 'cancelled' };

export interface PendingConfirm {
  names: string[];
  accept: () => void;
}

export function usePane(port: WorkbookPort) {
  const [scan, setScan] = useState<WorkbookScan | null>(null);
  const [scanning, setScanning] = useState(false);
  const [busy, setBusy] = useState<Busy | null>(null);
  const [issueView, setIssueView] = useState<IssueView | null>(null);
  const [outcome, setOutcome] = useState<GenerateOutcome | null>(null);
  const [error, setError] = useState<UiError | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [confirm, setConfirm] = useState<PendingConfirm | null>(null);
  // A synchronous guard: state updates land too late to stop a double click.
  const running = useRef(false);

  const fail = useCallback((err: unknown) => {
    const ui = describeError(err);
    if (ui.kind === 'cancelled') setNotice({ kind: 'cancelled' });
    else setError(ui);
  }, []);

  const refresh = useCallback(async () => {
    setScanning(true);
    try {
      setScan(await scanWorkbook(port));
    } catch (err) {
      fail(err);
    } finally {
      setScanning(false);
    }
  }, [port, fail]);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  /** Runs one task with the busy state, clearing the previous message first. */
  const runTask = useCallback(
    async (task: Task, cancellable: boolean, body: (controller: AbortController) => Promise<void>) => {
      if (running.current) return;
      running.current = true;
      const controller = new AbortController();
      setError(null);
      setNotice(null);
      setBusy({ task, step: null, fraction: null, controller: cancellable ? controller : null, cancelling: false });
      try {
        await body(controller);
      } catch (err) {
        fail(err);
      } finally {
        running.current = false;
        setBusy(null);
      }
    },
    [fail],
  );

  const progress = useCallback((step: Step | null, fraction: number | null) => setBusy((b) => (b ? { ...b, step, fraction } : b)), []);

  const validate = useCallback(
    (period: string) =>
      runTask('validate', true, async (c) => {
        const { scan: s, report } = await validateInputs(port, period, { signal: c.signal, onProgress: (p) => progress(p.step, p.fraction) });
        setScan(s);
        setIssueView({ period: report.period, issues: report.issues, fatal: report.fatal, inputs: report.inputs });
      }),
    [port, runTask, progress],
  );

  const generate = useCallback(
    (period: string, lang: Lang) =>
      runTask('generate', true, async (c) => {
        setOutcome(null);
        const out = await generatePayroll(port, { period, lang, signal: c.signal, onProgress: (p) => progress(p.step, p.fraction) });
        setOutcome(out);
        setIssueView({ period: out.result.period, issues: out.result.issues, fatal: [], inputs: out.result.inputs });
        setScan(await scanWorkbook(port));
      }),
    [port, runTask, progress],
  );

  const cancel = useCallback(() => {
    busy?.controller?.abort();
    setBusy((b) => (b ? { ...b, cancelling: true } : b));
  }, [busy]);

  const writeSheets = useCallback(
    async (sheets: SheetData[], done: Notice) => {
      await insertSheets(port, sheets, (f) => progress(null, f));
      setScan(await scanWorkbook(port));
      setNotice(done);
    },
    [port, progress],
  );

  /** Writes input sheets, asking first when that would replace sheets already there. */
  const insert = useCallback(
    (task: 'insertDemo' | 'insertPlan', build: (current: WorkbookScan) => SheetData[], done: Notice) =>
      runTask(task, false, async () => {
        await nextTick(); // paint the busy state: building the demo month takes a moment
        const current = await scanWorkbook(port);
        const sheets = build(current);
        const clash = existingSheets(current, sheets.map((s) => s.name));
        if (clash.length === 0) return writeSheets(sheets, done);
        // Ask; on yes, the write runs as a task of its own.
        setConfirm({ names: clash, accept: () => void runTask(task, false, () => writeSheets(sheets, done)) });
      }),
    [port, runTask, writeSheets],
  );

  const insertDemo = useCallback((period: string) => insert('insertDemo', () => demoSheets(period), { kind: 'demoInserted', period }), [insert]);
  const insertPlan = useCallback((lang: Lang) => insert('insertPlan', (current) => [samplePlanSheet(current, lang)], { kind: 'planInserted' }), [insert]);

  const acceptConfirm = useCallback(() => {
    const c = confirm;
    setConfirm(null);
    c?.accept();
  }, [confirm]);

  const selectCell = useCallback(
    (sheet: string, cell: string) => {
      port.selectCell(sheet, cell).catch(fail);
    },
    [port, fail],
  );

  const openSheet = useCallback(
    (name: string) => {
      port.activateSheet(name).catch(fail);
    },
    [port, fail],
  );

  return {
    scan,
    scanning,
    busy,
    issueView,
    outcome,
    error,
    notice,
    confirm,
    refresh,
    validate,
    generate,
    cancel,
    insertDemo,
    insertPlan,
    acceptConfirm,
    dismissConfirm: () => setConfirm(null),
    dismissError: () => setError(null),
    dismissNotice: () => setNotice(null),
    selectCell,
    openSheet,
  };
}

export type PaneModel = ReturnType<typeof usePane>;
