import { describeError, MissingSheetsError } from '../../src/taskpane/errors';

test('cancellation is not an error', () => {
  expect(describeError(Object.assign(new Error('x'), { name: 'AbortError' }))).toEqual({ kind: 'cancelled' });
});

test("the engine's InputError keeps its bilingual issues", () => {
  const issues = [{ severity: 'fatal', message: { zh: '缺少花名册', en: 'No roster' } }];
  const err = Object.assign(new Error('No roster'), { name: 'InputError', issues });
  expect(describeError(err)).toEqual({ kind: 'input', issues });
});

test('missing sheets found before reading are named by kind', () => {
  expect(describeError(new MissingSheetsError(['roster', 'chat']))).toEqual({
    kind: 'missingSheets',
    missing: ['roster', 'chat'],
    others: [],
  });
  // What the other sheets look like travels with it, in both languages.
  const look = { zh: '“Sheet2”没有可识别的列', en: '"Sheet2" has no known columns' };
  expect(describeError(new MissingSheetsError(['orders'], [{ look }]))).toEqual({
    kind: 'missingSheets',
    missing: ['orders'],
    others: [look],
  });
});

test('Office.js error codes map to what the manager can do', () => {
  const e = (code: string) => describeError(Object.assign(new Error('RichApi.Error'), { code }));
  expect(e('InvalidOperationInCellEditMode')).toMatchObject({ kind: 'excel', problem: 'cellEditing' });
  expect(e('RequestPayloadSizeLimitExceeded')).toMatchObject({ kind: 'excel', problem: 'tooLarge' });
  expect(e('ItemNotFound')).toMatchObject({ kind: 'excel', problem: 'notFound' });
  expect(e('AccessDenied')).toMatchObject({ kind: 'excel', problem: 'protected' });
});

test('anything else becomes one short line without stack frames', () => {
  const err = new Error('boom\n    at f (x.ts:1:1)');
  expect(describeError(err)).toEqual({ kind: 'unexpected', detail: 'boom' });
  expect(describeError('plain string')).toEqual({ kind: 'unexpected', detail: 'plain string' });
  const long = describeError(new Error('x'.repeat(500)));
  expect(long.kind === 'unexpected' && long.detail.length).toBe(198);
});

test('a thrown value without a message never reads "[object Object]", "undefined" or "null"', () => {
  expect(describeError({ code: 'InsertDeleteConflict' })).toEqual({
    kind: 'unexpected',
    detail: 'InsertDeleteConflict',
  });
  expect(describeError(Object.assign(new Error(''), { name: 'RichApi.Error' }))).toEqual({
    kind: 'unexpected',
    detail: 'RichApi.Error',
  });
  expect(describeError({ status: 500 })).toEqual({ kind: 'unexpected', detail: '{"status":500}' });
  for (const nothing of [{}, undefined, null, 42])
    expect(describeError(nothing)).toEqual({ kind: 'unexpected', detail: '' });
});
