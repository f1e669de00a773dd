/**
 * Turns whatever was thrown into something a manager can read: a missing
 * sheet or column (with the engine's own bilingual messages), an Excel
 * condition they can fix, or — for bugs — one short line, never a stack.
 */
import type { Issue, LocalText } from '../engine';
import type { ExcelProblem, RequiredKind } from './i18n';

export type UiError =
  | { kind: 'cancelled' }
  | { kind: 'missingSheets'; missing: RequiredKind[]; others: LocalText[] }
  | { kind: 'input'; issues: Issue[] }
  | { kind: 'excel'; problem: ExcelProblem; code: string }
  | { kind: 'refused'; code: string; message: LocalText }
  | { kind: 'unexpected'; detail: string };

/** Raised before reading anything when a required input sheet is not in the workbook. */
export class MissingSheetsError extends Error {
  constructor(
    readonly missing: RequiredKind[],
    /** What the workbook's other sheets look like, so the manager sees why none was taken. */
    readonly others: { look: LocalText }[] = [],
  ) {
    super(`missing input sheets: ${missing.join(', ')}`);
    this.name = 'MissingSheetsError';
  }
}

/** A pay-run rule said no (a locked month, outputs changed by another pane): nothing was written. */
export class PayRunRefusal extends Error {
  constructor(
    readonly code: string,
    readonly text: LocalText,
  ) {
    super(text.en);
    this.name = 'PayRunRefusal';
  }
}

export function abortError(): Error {
  const e = new Error('cancelled');
  e.name = 'AbortError';
  return e;
}

export function throwIfAborted(signal?: AbortSignal): void {
  if (signal?.aborted) throw abortError();
}

// Office.js RichApi error codes, by what the manager can do about them.
const EXCEL_CODES: Record<string, ExcelProblem> = {
  InvalidOperationInCellEditMode: 'cellEditing',
  RequestPayloadSizeLimitExceeded: 'tooLarge',
  ResponsePayloadSizeLimitExceeded: 'tooLarge',
  PayloadTooLarge: 'tooLarge',
  ItemNotFound: 'notFound',
  AccessDenied: 'protected',
  ActivityLimitReached: 'busy',
  ServiceNotAvailable: 'busy',
  Conflict: 'busy',
  GeneralException: 'other',
  InvalidArgument: 'other',
  InvalidOperation: 'other',
  InvalidReference: 'other',
  ItemAlreadyExists: 'other',
  UnsupportedOperation: 'other',
};

function isIssueList(x: unknown): x is Issue[] {
  return Array.isArray(x) && x.every((i) => typeof i === 'object' && i !== null && 'message' in i);
}

/** First line of a message, trimmed: enough for support, no stack frames. */
function oneLine(text: string): string {
  const line = text.split(/\r?\n/)[0].trim();
  return line.length > 200 ? `${line.slice(0, 197)}…` : line;
}

export function describeError(err: unknown): UiError {
  const e = (typeof err === 'object' && err !== null ? err : {}) as {
    name?: unknown;
    code?: unknown;
    issues?: unknown;
    message?: unknown;
  };
  if (e.name === 'AbortError') return { kind: 'cancelled' };
  if (err instanceof PayRunRefusal) return { kind: 'refused', code: err.code, message: err.text };
  if (err instanceof MissingSheetsError)
    return { kind: 'missingSheets', missing: err.missing, others: err.others.map((o) => o.look) };
  // The engine's InputError: required sheet or column missing, messages in both languages.
  if (isIssueList(e.issues) && e.issues.length > 0) return { kind: 'input', issues: e.issues };
  if (typeof e.code === 'string' && e.code in EXCEL_CODES)
    return { kind: 'excel', problem: EXCEL_CODES[e.code], code: e.code };
  return { kind: 'unexpected', detail: oneLine(detailOf(err, e)) };
}

/**
 * What support can use, never "[object Object]" or "undefined": the message, a thrown string, the error's code
 * or name, else the object's own fields; nothing at all ("") when there is nothing to say.
 */
function detailOf(err: unknown, e: { name?: unknown; code?: unknown; message?: unknown }): string {
  for (const v of [e.message, typeof err === 'string' ? err : undefined, e.code, e.name])
    if (typeof v === 'string' && v.trim()) return v;
  if (typeof err !== 'object' || err === null) return '';
  try {
    const json = JSON.stringify(err);
    return json && json !== '{}' ? json : '';
  } catch {
    return '';
  }
}
