/**
 * The small parts of an .xlsx that give the sheets their meaning: which
 * worksheets there are, in tab order, under which names (workbook.xml and its
 * relationships, never the order of files in the zip), the shared strings
 * (shared-strings.ts) and which cell styles show numbers as dates.
 */
import * as path from 'path';
import { SharedStrings } from './shared-strings';
import { attribute, startTags } from './xml-text';
import type { ZipParts } from './zip-entries';

export interface SheetPart {
  name: string;
  part: string;
}

export interface WorkbookParts {
  sheets: SheetPart[];
  /** The shared-string table's part (null: none), read by readSharedStrings: it can be large, and worker threads need no text from it. */
  sharedStringsPart: string | null;
  /** By cell style index (`s`): does its number format show a date or time? */
  dateStyles: boolean[];
  date1904: boolean;
}

/** A package this reader does not take apart (xlsb, strict variants it cannot see, no workbook part): the caller uses its other reader. */
export class NotPlainXlsx extends Error {}

interface Relationship {
  type: string;
  target: string;
}

/** Relationship type URIs differ between transitional and strict OOXML; their last segment does not. */
const relType = (uri: string) => uri.slice(uri.lastIndexOf('/') + 1);

async function relationships(zip: ZipParts, part: string): Promise<Map<string, Relationship>> {
  const relsPart = path.posix.join(path.posix.dirname(part), '_rels', path.posix.basename(part) + '.rels');
  const xml = (await zip.text(relsPart)) ?? '';
  const out = new Map<string, Relationship>();
  for (const tag of startTags(xml, 'Relationship')) {
    const id = attribute(tag, 'Id');
    const type = attribute(tag, 'Type');
    const target = attribute(tag, 'Target');
    if (id === null || type === null || target === null || attribute(tag, 'TargetMode') === 'External') continue;
    const resolved = target.startsWith('/')
      ? target.slice(1)
      : path.posix.normalize(path.posix.join(path.posix.dirname(part), target));
    out.set(id, { type: relType(type), target: resolved });
  }
  return out;
}

async function workbookPartName(zip: ZipParts): Promise<string> {
  const root = await relationships(zip, '');
  for (const r of root.values()) if (r.type === 'officeDocument') return r.target;
  return 'xl/workbook.xml';
}

export async function readWorkbookParts(zip: ZipParts): Promise<WorkbookParts> {
  const workbookPart = await workbookPartName(zip);
  const xml = await zip.text(workbookPart);
  if (xml === null || xml.indexOf('<sheets') === -1) throw new NotPlainXlsx(`no ${workbookPart}`);
  const rels = await relationships(zip, workbookPart);
  const sheets: SheetPart[] = [];
  for (const tag of startTags(xml, 'sheet')) {
    const name = attribute(tag, 'name');
    const rel = rels.get(attribute(tag, ':id') ?? '');
    // Chart sheets and dialog sheets hold no cells.
    if (name === null || !rel || rel.type !== 'worksheet') continue;
    if (!zip.has(rel.target)) throw new NotPlainXlsx(`missing ${rel.target}`);
    sheets.push({ name, part: rel.target });
  }
  const pr = startTags(xml, 'workbookPr')[0];
  const date1904 = pr !== undefined && ['1', 'true'].includes(attribute(pr, 'date1904') ?? '');
  const partOf = (type: string) => [...rels.values()].find((r) => r.type === type)?.target;
  const ss = partOf('sharedStrings');
  const styles = partOf('styles');
  return {
    sheets,
    sharedStringsPart: ss ?? null,
    dateStyles: styles ? parseDateStyles((await zip.text(styles)) ?? '') : [],
    date1904,
  };
}

export async function readSharedStrings(zip: ZipParts, parts: WorkbookParts): Promise<SharedStrings> {
  const part = parts.sharedStringsPart;
  return new SharedStrings((part !== null ? await zip.bytes(part) : null) ?? new Uint8Array(0));
}

/** Built-in number formats that show dates or times (ECMA-376 §18.8.30), as ExcelJS treats them. */
const BUILT_IN_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);

/** ExcelJS's rule for a custom format: after dropping [colour/locale] and "quoted text", any of y m d h M s b. */
export function isDateFormatCode(code: string): boolean {
  return /[ymdhMsb]/.test(code.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
}

export function parseDateStyles(xml: string): boolean[] {
  const custom = new Map<number, string>();
  for (const tag of startTags(xml, 'numFmt'))
    custom.set(Number(attribute(tag, 'numFmtId')), attribute(tag, 'formatCode') ?? '');
  const start = xml.indexOf('<cellXfs');
  const end = xml.indexOf('</cellXfs>', start);
  if (start === -1 || end === -1) return [];
  return startTags(xml.slice(start, end), 'xf').map((tag) => {
    const id = Number(attribute(tag, 'numFmtId') ?? 0);
    const code = custom.get(id);
    return code !== undefined ? isDateFormatCode(code) : BUILT_IN_DATE_FORMATS.has(id);
  });
}
