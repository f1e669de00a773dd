/**
 * The pane's state as one reducer over explicit phases:
 *
 *   idle ──task──▶ checking | generating ──ok──▶ done (optional notice)
 *                        │            └──clash──▶ confirming ──accept──▶ generating
 *                        └──error──▶ failed ──dismiss──▶ idle
 *
 * What the pane has learnt (the sheet scan, the last data problems, the last
 * result) lives beside the phase and survives phase changes.
 *
 * To add a feature: add its task to `Task` and `PHASE_OF_TASK` (busy tasks),
 * or a phase to `Phase`, an action to `PaneAction` and a case to `paneReducer`.
 * Pure: no React, no Excel, so every transition is testable on its own.
 */
import type { InputSheetSummary, Issue, LocalText, LockState, PayRunChanges } from '../../engine';
import type { UiError } from '../errors';
import type { Step } from '../i18n';
import type { GenerateOutcome, WorkbookScan } from '../payroll-flow';

export type Task = 'validate' | 'generate' | 'insertDemo' | 'insertPlan' | 'importFiles' | 'lock' | 'unlock' | 'whatIf';

/** Busy phases: reading and checking, or writing to the workbook. */
export type BusyPhase = 'checking' | 'generating';

/** Which busy phase each task runs in. */
export const PHASE_OF_TASK: Record<Task, BusyPhase> = {
  validate: 'checking',
  generate: 'generating',
  insertDemo: 'generating',
  insertPlan: 'generating',
  importFiles: 'generating',
  lock: 'generating',
  unlock: 'generating',
  whatIf: 'generating',
};

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

export type Notice =
  | { kind: 'demoInserted'; period: string }
  | { kind: 'planInserted'; sheet: string }
  | { kind: 'filesImported'; sheets: string[]; warnings: LocalText[] }
  | { kind: 'whatIfWritten'; sheet: string }
  | { kind: 'cancelled' };

export interface PendingConfirm {
  names: string[];
  /** Regenerating a month that has outputs: what would change (shown instead of the sheet names). */
  changes?: PayRunChanges;
  accept: () => void;
}

export type Phase =
  | { kind: 'idle' }
  // `deferred`: a failure outside the task (e.g. selecting a cell) while it ran, shown when it ends.
  | { kind: BusyPhase; busy: Busy; deferred: UiError | null }
  | { kind: 'confirming'; confirm: PendingConfirm }
  | { kind: 'done'; notice: Notice | null }
  | { kind: 'failed'; error: UiError };

export interface PaneState {
  phase: Phase;
  scan: WorkbookScan | null;
  scanning: boolean;
  issueView: IssueView | null;
  outcome: GenerateOutcome | null;
  /** The chosen month's lock, as its Audit sheet says; null until read. */
  month: MonthView | null;
}

export interface MonthView {
  period: string;
  generated: boolean;
  lock: LockState | null;
}

export type PaneAction =
  | { type: 'scanStarted' }
  | { type: 'scanEnded'; scan?: WorkbookScan }
  | { type: 'taskStarted'; task: Task; controller: AbortController | null }
  | { type: 'progress'; step: Step | null; fraction: number | null }
  | { type: 'cancelRequested' }
  | { type: 'checked'; issueView: IssueView; scan: WorkbookScan }
  | { type: 'generated'; outcome: GenerateOutcome; scan: WorkbookScan }
  | { type: 'clearOutcome' }
  | { type: 'taskSucceeded'; notice: Notice | null }
  | { type: 'confirmNeeded'; confirm: PendingConfirm }
  | { type: 'taskFailed'; error: UiError }
  | { type: 'failed'; error: UiError }
  | { type: 'monthRead'; month: MonthView }
  | { type: 'dismiss' };

export const initialPaneState: PaneState = {
  phase: { kind: 'idle' },
  scan: null,
  scanning: false,
  issueView: null,
  outcome: null,
  month: null,
};

export function isBusy(phase: Phase): phase is Extract<Phase, { kind: BusyPhase }> {
  return phase.kind === 'checking' || phase.kind === 'generating';
}

/** A cancelled task is not a failure: it ends quietly with a notice. */
function failurePhase(error: UiError): Phase {
  return error.kind === 'cancelled' ? { kind: 'done', notice: { kind: 'cancelled' } } : { kind: 'failed', error };
}

function updateBusy(state: PaneState, change: Partial<Busy>): PaneState {
  const p = state.phase;
  return isBusy(p) ? { ...state, phase: { ...p, busy: { ...p.busy, ...change } } } : state;
}

export function paneReducer(state: PaneState, action: PaneAction): PaneState {
  switch (action.type) {
    case 'scanStarted':
      return { ...state, scanning: true };
    case 'scanEnded':
      return { ...state, scanning: false, scan: action.scan ?? state.scan };
    case 'taskStarted': {
      const busy: Busy = {
        task: action.task,
        step: null,
        fraction: null,
        controller: action.controller,
        cancelling: false,
      };
      return { ...state, phase: { kind: PHASE_OF_TASK[action.task], busy, deferred: null } };
    }
    case 'progress':
      return updateBusy(state, { step: action.step, fraction: action.fraction });
    case 'cancelRequested':
      return updateBusy(state, { cancelling: true });
    case 'checked':
      return { ...state, scan: action.scan, issueView: action.issueView };
    case 'generated': {
      const r = action.outcome.result;
      const issueView = { period: r.period, issues: r.issues, fatal: [], inputs: r.inputs };
      return { ...state, scan: action.scan, outcome: action.outcome, issueView };
    }
    case 'clearOutcome':
      return { ...state, outcome: null };
    case 'taskSucceeded': {
      const p = state.phase;
      if (isBusy(p) && p.deferred) return { ...state, phase: failurePhase(p.deferred) };
      return { ...state, phase: { kind: 'done', notice: action.notice } };
    }
    case 'confirmNeeded':
      return { ...state, phase: { kind: 'confirming', confirm: action.confirm } };
    case 'taskFailed':
      return { ...state, phase: failurePhase(action.error) };
    case 'failed': {
      // Outside any task (a refresh, selecting a cell): a running task keeps the pane until it ends.
      const p = state.phase;
      if (isBusy(p))
        return action.error.kind === 'cancelled'
          ? state
          : { ...state, phase: { ...p, deferred: p.deferred ?? action.error } };
      return { ...state, phase: failurePhase(action.error) };
    }
    case 'monthRead':
      return { ...state, month: action.month };
    case 'dismiss':
      return { ...state, phase: { kind: 'idle' } };
  }
}
