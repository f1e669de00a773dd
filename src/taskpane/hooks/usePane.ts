/**
 * The pane's actions over a WorkbookPort, driving the reducer in
 * state/pane-state.ts: one task at a time, progress, cancellation, the latest
 * data problems and result, and the error or notice to show. Components only
 * render what this returns.
 */
import { useCallback, useEffect, useReducer, useRef } from 'react';
import type { Lang, SheetData } from '../../engine';
import type { WorkbookPort } from '../../excel/workbook-port';
import type { EngineRunner } from '../engine-runner';
import { describeError } from '../errors';
import { readMonthOutputs, setMonthLock } from '../payrun-flow';
import {
  demoSheets,
  existingSheets,
  prepareGeneration,
  writeGeneration,
  insertSheets,
  nextTick,
  samplePlanSheet,
  scanWorkbook,
  validateInputs,
  type WorkbookScan,
} from '../payroll-flow';
import { nameInsertedSheets, planImport, type PickedFile } from '../import-files';
import { keepImportNotes } from '../import-notes';
import { newLeaseId, withLease } from '../workbook-lease';
import { agentChoices, whatIfFor, writeWhatIf, type AgentChoice } from '../whatif-flow';
import {
  initialPaneState,
  isBusy,
  paneReducer,
  type Busy,
  type Notice,
  type PendingConfirm,
  type Task,
} from '../state/pane-state';

export type { Busy, IssueView, Notice, PendingConfirm, Task } from '../state/pane-state';

/** How a task ended when it did not throw: quietly, with a notice, or by asking first. */
type TaskEnd = void | { notice: Notice } | { confirm: PendingConfirm };

/** `engine`: where checking and computing run (the add-in's Web Worker); the page's own thread when absent. */
export function usePane(port: WorkbookPort, engine?: EngineRunner) {
  const [state, dispatch] = useReducer(paneReducer, initialPaneState);
  // A synchronous guard: state updates land too late to stop a double click.
  const running = useRef(false);
  // This pane's name in the workbook's claim (workbook-lease.ts): other panes of the workbook have their own.
  const paneId = useRef(newLeaseId()).current;

  const fail = useCallback((err: unknown) => dispatch({ type: 'failed', error: describeError(err) }), []);

  const refresh = useCallback(async () => {
    dispatch({ type: 'scanStarted' });
    try {
      dispatch({ type: 'scanEnded', scan: await scanWorkbook(port) });
    } catch (err) {
      dispatch({ type: 'scanEnded' });
      fail(err);
    }
  }, [port, fail]);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  /** Runs one task in its busy phase; what the body returns decides the phase after it. */
  const runTask = useCallback(
    async (task: Task, cancellable: boolean, body: (controller: AbortController) => Promise<TaskEnd>) => {
      if (running.current) return;
      running.current = true;
      const controller = new AbortController();
      dispatch({ type: 'taskStarted', task, controller: cancellable ? controller : null });
      try {
        const end = await body(controller);
        if (end && 'confirm' in end) dispatch({ type: 'confirmNeeded', confirm: end.confirm });
        else dispatch({ type: 'taskSucceeded', notice: end?.notice ?? null });
      } catch (err) {
        dispatch({ type: 'taskFailed', error: describeError(err) });
      } finally {
        running.current = false;
      }
    },
    [],
  );

  const onProgress = useCallback(
    (p: { step: Busy['step']; fraction: number | null }) =>
      dispatch({ type: 'progress', step: p.step, fraction: p.fraction }),
    [],
  );

  const validate = useCallback(
    (period: string) =>
      runTask('validate', true, async (c) => {
        const { scan, report } = await validateInputs(port, period, { signal: c.signal, onProgress, engine });
        dispatch({
          type: 'checked',
          scan,
          issueView: { period: report.period, issues: report.issues, fatal: report.fatal, inputs: report.inputs },
        });
      }),
    [port, runTask, onProgress, engine],
  );

  /** Reads the month's lock from its Audit sheet (after a scan, a period change, a generation). */
  const loadMonth = useCallback(
    async (period: string) => {
      try {
        const month = await readMonthOutputs(port, await scanWorkbook(port), period);
        dispatch({ type: 'monthRead', month: { period, generated: month.audit !== undefined, lock: month.lock } });
      } catch (err) {
        fail(err);
      }
    },
    [port, fail],
  );

  /**
   * Generates; where the month already has outputs, shows the change list first and writes only on confirm.
   * Reading and computing only read the workbook; the write holds the workbook's claim, so no other
   * pane writes meanwhile, and it goes ahead only if the month is still as it was read.
   */
  const generate = useCallback(
    (period: string, lang: Lang) =>
      runTask('generate', true, async (c): Promise<TaskEnd> => {
        dispatch({ type: 'clearOutcome' });
        const opts = { period, lang, signal: c.signal, onProgress, engine };
        const prepared = await prepareGeneration(port, opts);
        const write = (signal: AbortSignal) =>
          withLease(port, paneId, 'generate', period, async (lease) => {
            const outcome = await writeGeneration(port, prepared, { ...opts, signal, lease });
            dispatch({ type: 'generated', outcome, scan: await scanWorkbook(port) });
            await loadMonth(period);
          });
        if (!prepared.changes) return write(c.signal);
        return {
          confirm: {
            names: prepared.specs.map((s) => s.name),
            changes: prepared.changes,
            accept: () => void runTask('generate', true, (c2) => write(c2.signal)),
          },
        };
      }),
    [port, paneId, runTask, onProgress, loadMonth, engine],
  );

  /** 定稿 or unlock the month: a row in its Audit sheet, with who and when. */
  const setLock = useCallback(
    (period: string, action: 'lock' | 'unlock', by: string, lang: Lang, reason = '') =>
      runTask(action, false, () =>
        withLease(port, paneId, action, period, async () => {
          const lock = await setMonthLock(port, period, action, by, lang, new Date(), reason);
          dispatch({ type: 'monthRead', month: { period, generated: true, lock } });
        }),
      ),
    [port, paneId, runTask],
  );

  const busyPhase = isBusy(state.phase) ? state.phase : null;
  const cancel = useCallback(() => {
    busyPhase?.busy.controller?.abort();
    dispatch({ type: 'cancelRequested' });
  }, [busyPhase]);

  const writeSheets = useCallback(
    async (sheets: SheetData[], done: Notice): Promise<TaskEnd> => {
      await insertSheets(port, sheets, (fraction) => dispatch({ type: 'progress', step: null, fraction }));
      dispatch({ type: 'scanEnded', scan: await scanWorkbook(port) });
      return { notice: done };
    },
    [port],
  );

  /** Writes input sheets, asking first when that would replace sheets already there. */
  const insert = useCallback(
    (
      task: 'insertDemo' | 'insertPlan',
      build: (current: WorkbookScan) => SheetData[],
      done: Notice | ((sheets: SheetData[]) => Notice),
    ) =>
      runTask(task, false, async () => {
        await nextTick(); // paint the busy state: building the demo month takes a moment
        const current = await scanWorkbook(port);
        const sheets = build(current);
        const notice = typeof done === 'function' ? done(sheets) : done;
        const clash = existingSheets(
          current,
          sheets.map((s) => s.name),
        );
        if (clash.length === 0) return writeSheets(sheets, notice);
        // Ask; on yes, the write runs as a task of its own.
        return {
          confirm: { names: clash, accept: () => void runTask(task, false, () => writeSheets(sheets, notice)) },
        };
      }),
    [port, runTask, writeSheets],
  );

  const insertDemo = useCallback(
    (period: string) => insert('insertDemo', () => demoSheets(period), { kind: 'demoInserted', period }),
    [insert],
  );
  const insertPlan = useCallback(
    (lang: Lang) =>
      insert(
        'insertPlan',
        (current) => [samplePlanSheet(current, lang)],
        (sheets) => ({ kind: 'planInserted', sheet: sheets[0].name }),
      ),
    [insert],
  );

  /** 导入文件: CSVs become sheets named by their kind, .xlsx files are inserted by Excel; asks before replacing a sheet. */
  const importFiles = useCallback(
    (files: PickedFile[]) =>
      runTask('importFiles', false, async () => {
        const progress = (fraction: number) => dispatch({ type: 'progress', step: null, fraction });
        const plan = await planImport(files, port.canInsertWorkbook(), (f) => progress(f * 0.2));
        const write = async (): Promise<TaskEnd> => {
          await insertSheets(port, plan.sheets, (f) => progress(0.2 + f * 0.7));
          await keepImportNotes(port, plan.notes);
          const inserted: string[] = [];
          for (const w of plan.workbooks) inserted.push(...(await port.insertWorkbook(w.base64)));
          const named = await nameInsertedSheets(port, inserted);
          dispatch({ type: 'scanEnded', scan: await scanWorkbook(port) });
          return {
            notice: {
              kind: 'filesImported',
              sheets: [...plan.sheets.map((s) => s.name), ...named],
              warnings: plan.warnings,
            },
          };
        };
        const clash = existingSheets(
          await scanWorkbook(port),
          plan.sheets.map((s) => s.name),
        );
        if (clash.length === 0) return write();
        return { confirm: { names: clash, accept: () => void runTask('importFiles', false, write) } };
      }),
    [port, runTask],
  );

  /** 工资测算: the agent's what-if sheet into this workbook (from the period's generation, else computed now); asks before replacing one. */
  const generated = state.outcome?.result ?? null;
  const whatIf = useCallback(
    (period: string, agentId: string, lang: Lang) =>
      runTask('whatIf', true, async (c): Promise<TaskEnd> => {
        const scan = await scanWorkbook(port);
        const spec = await whatIfFor(port, scan, generated, agentId, {
          period,
          lang,
          signal: c.signal,
          onProgress,
          engine,
        });
        const write = async (signal: AbortSignal): Promise<TaskEnd> => {
          onProgress({ step: 'write', fraction: null });
          await writeWhatIf(port, spec, signal);
          dispatch({ type: 'scanEnded', scan: await scanWorkbook(port) });
          return { notice: { kind: 'whatIfWritten', sheet: spec.name } };
        };
        if (existingSheets(scan, [spec.name]).length === 0) return write(c.signal);
        return {
          confirm: { names: [spec.name], accept: () => void runTask('whatIf', true, (c2) => write(c2.signal)) },
        };
      }),
    [port, runTask, onProgress, generated, engine],
  );

  /** The what-if picker's agents; a failure to read the roster is shown like any other. */
  const loadAgentChoices = useCallback(async (): Promise<AgentChoice[]> => {
    try {
      return await agentChoices(port, state.scan ?? (await scanWorkbook(port)), generated);
    } catch (err) {
      fail(err);
      return [];
    }
  }, [port, state.scan, generated, fail]);

  const confirm = state.phase.kind === 'confirming' ? state.phase.confirm : null;
  const acceptConfirm = useCallback(() => {
    dispatch({ type: 'dismiss' });
    confirm?.accept();
  }, [confirm]);

  const dismiss = useCallback(() => dispatch({ type: 'dismiss' }), []);

  const selectCell = useCallback(
    (sheet: string, cell: string) => void port.selectCell(sheet, cell).catch(fail),
    [port, fail],
  );
  const openSheet = useCallback((name: string) => void port.activateSheet(name).catch(fail), [port, fail]);

  // A plain object, not memoised: App reads its fields and passes the callbacks (each a stable useCallback) on;
  // nothing compares the model itself, and it changed with every dispatch anyway.
  return {
    state,
    dispatch,
    scan: state.scan,
    scanning: state.scanning,
    busy: busyPhase?.busy ?? null,
    issueView: state.issueView,
    outcome: state.outcome,
    error: state.phase.kind === 'failed' ? state.phase.error : null,
    notice: state.phase.kind === 'done' ? state.phase.notice : null,
    confirm,
    refresh,
    validate,
    generate,
    loadMonth,
    setLock,
    month: state.month,
    cancel,
    insertDemo,
    insertPlan,
    importFiles,
    whatIf,
    loadAgentChoices,
    acceptConfirm,
    dismissConfirm: dismiss,
    dismissError: dismiss,
    dismissNotice: dismiss,
    selectCell,
    openSheet,
  };
}

export type PaneModel = ReturnType<typeof usePane>;
