/** What the file readers say to a manager: plain sentences in zh and en, naming the file, never a library's text. */
import type { Issue, LocalText } from '../model';
import { msg, type MessageCode } from '../messages';

export interface FileProblem {
  /** Stable code, e.g. 'file-xls' (one per kind of problem). */
  code: string;
  file: string;
  /** Record number in the file (1-based) when the problem is at a row. */
  row: number | null;
  message: LocalText;
  /** The sheet the file became and the column letter, when the problem is at a cell of a file that was read. */
  sheet?: string;
  column?: string;
}

/**
 * A problem of a file that was read all the same (a short last record, a byte that is not text) as a line of
 * the Issues sheet: said once when read, it would otherwise be missing from what the manager keeps.
 */
export function fileNoteIssue(note: FileProblem): Issue {
  const column = note.column ?? null;
  return {
    severity: 'warning',
    code: note.code,
    sheet: note.sheet ?? null,
    row: note.row,
    column,
    cell: column !== null && note.row !== null ? `${column}${note.row}` : null,
    value: null,
    message: note.message,
    action: msg('file-note.action'),
  };
}

/** Every file-level problem the readers report; the texts are in the message catalog under these codes. */
export const FILE_CODES = [
  'file-empty',
  'file-xls',
  'file-encrypted',
  'file-xlsb',
  'file-numbers',
  'file-zip',
  'file-html',
  'file-not-table',
  'file-xlsx-damaged',
  'file-xlsx-no-sheets',
  'file-not-found',
  'file-is-folder',
  'file-no-permission',
  'file-unreadable',
] as const satisfies readonly MessageCode[];

export type FileProblemCode = (typeof FILE_CODES)[number];

export function fileProblem(code: FileProblemCode, file: string): FileProblem {
  // Every text names the file; some also say how to save it again in a readable form.
  return { code, file, row: null, message: msg(code, { file, saveAs: msg('file.save-as') }) };
}

/** A problem at a record of a CSV: its code, the record's number and the text with the file and row filled in. */
function atRecord(code: string, file: string, row: number, message: LocalText): FileProblem {
  return { code, file, row, message };
}

/** A CSV whose last quoted field never closes: the download stopped part-way. */
export function csvTruncated(file: string, row: number): FileProblem {
  return atRecord('file-csv-truncated', file, row, msg('file-csv-truncated', { file, row }));
}

/** The last record has fewer fields than the header: reported, the rows are kept. */
export function csvShortLastRow(file: string, row: number, fields: number, headerFields: number): FileProblem {
  const message = msg('file-csv-short-last-row', { file, row, fields, headerFields });
  return atRecord('file-csv-short-last-row', file, row, message);
}

/** Cells holding bytes that are not text in the file's encoding (read as U+FFFD): the first one and how many. */
export function csvUndecodable(file: string, row: number, letter: string, count: number): FileProblem {
  return atRecord('file-csv-undecodable', file, row, msg('file-csv-undecodable', { file, row, letter, count }));
}
