import { initialPaneState, paneReducer, type PaneAction, type PaneState } from '../../src/taskpane/state/pane-state';
import type { GenerateOutcome, WorkbookScan } from '../../src/taskpane/payroll-flow';

const run = (actions: PaneAction[], from: PaneState = initialPaneState) => actions.reduce(paneReducer, from);
const scan = { names: ['花名册'] } as unknown as WorkbookScan;

test('a check goes idle → checking → done, keeping the problems it found', () => {
  const view = { period: '2026-10', issues: [], fatal: [], inputs: [] };
  const checking = run([{ type: 'taskStarted', task: 'validate', controller: null }]);
  expect(checking.phase.kind).toBe('checking');
  const done = run(
    [
      { type: 'checked', scan, issueView: view },
      { type: 'taskSucceeded', notice: null },
    ],
    checking,
  );
  expect(done.phase).toEqual({ kind: 'done', notice: null });
  expect(done.issueView).toBe(view);
  expect(done.scan).toBe(scan);
});

test('inserting data runs in the generating phase and may stop to ask before replacing sheets', () => {
  const accept = jest.fn();
  const s = run([
    { type: 'taskStarted', task: 'insertDemo', controller: null },
    { type: 'progress', step: null, fraction: 0.5 },
  ]);
  expect(s.phase).toMatchObject({ kind: 'generating', busy: { task: 'insertDemo', fraction: 0.5 } });
  const asking = paneReducer(s, { type: 'confirmNeeded', confirm: { names: ['花名册'], accept } });
  expect(asking.phase).toEqual({ kind: 'confirming', confirm: { names: ['花名册'], accept } });
  expect(paneReducer(asking, { type: 'dismiss' }).phase.kind).toBe('idle');
});

test('a cancelled task ends with the cancelled notice, not a failure', () => {
  const controller = new AbortController();
  const s = run([{ type: 'taskStarted', task: 'generate', controller }, { type: 'cancelRequested' }]);
  expect(s.phase).toMatchObject({ kind: 'generating', busy: { cancelling: true, controller } });
  expect(paneReducer(s, { type: 'taskFailed', error: { kind: 'cancelled' } }).phase).toEqual({
    kind: 'done',
    notice: { kind: 'cancelled' },
  });
});

test('a task failure ends the task; dismissing it returns to idle', () => {
  const error = { kind: 'unexpected', detail: 'x' } as const;
  const failed = run([
    { type: 'taskStarted', task: 'generate', controller: null },
    { type: 'taskFailed', error },
  ]);
  expect(failed.phase).toEqual({ kind: 'failed', error });
  expect(paneReducer(failed, { type: 'dismiss' }).phase.kind).toBe('idle');
});

test('a failure outside the running task waits for the task to end, then shows', () => {
  const error = { kind: 'excel', problem: 'busy', code: 'Conflict' } as const;
  const s = run([
    { type: 'taskStarted', task: 'validate', controller: null },
    { type: 'failed', error },
  ]);
  expect(s.phase.kind).toBe('checking'); // the progress stays on screen
  expect(paneReducer(s, { type: 'taskSucceeded', notice: null }).phase).toEqual({ kind: 'failed', error });
});

test('generating clears the old result first and records the new one with its problems', () => {
  const outcome = {
    result: { period: '2026-10', issues: [], inputs: [] },
    scorecard: '绩效 2026-10',
  } as unknown as GenerateOutcome;
  const before: PaneState = { ...initialPaneState, outcome };
  const cleared = run([{ type: 'taskStarted', task: 'generate', controller: null }, { type: 'clearOutcome' }], before);
  expect(cleared.outcome).toBeNull();
  const after = run(
    [
      { type: 'generated', outcome, scan },
      { type: 'taskSucceeded', notice: null },
    ],
    cleared,
  );
  expect(after.outcome).toBe(outcome);
  expect(after.issueView).toEqual({ period: '2026-10', issues: [], fatal: [], inputs: [] });
});

test('progress outside a task changes nothing', () => {
  expect(paneReducer(initialPaneState, { type: 'progress', step: 'read', fraction: 0.1 })).toBe(initialPaneState);
});
