/**
 * A minimal .xlsx writer for the pane's downloads (private slips, DingTalk
 * sheet): one sheet of values from a SheetSpec, strings inline, numbers with
 * the column's format, a bold header, column widths, optional protection.
 * Zipped with fflate (already a dependency: its whole browser build is 91 KB
 * unminified, 22 KB gzip, and only zipSync is bundled) instead of ExcelJS's
 * browser build (948 KB minified, 258 KB gzip: about 3× the whole pane). Text is always written as text,
 * so a name reading "=HYPERLINK(…)" stays inert; escaping
 * (and Excel's `_xHHHH_`) is the CLI writer's, from the engine.
 */
import { strToU8, zipSync } from 'fflate';
import {
  columnLetter,
  DOC_REL,
  isFormulaCell,
  MAIN_NS,
  NUMBER_FORMATS,
  type OutCell,
  relationships,
  type SheetSpec,
  textElement,
  XML_HEAD,
  xmlText,
} from '../engine';

const CT_MAIN = 'application/vnd.openxmlformats-officedocument.spreadsheetml';
const CONTENT_TYPES = `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="${CT_MAIN}.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="${CT_MAIN}.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="${CT_MAIN}.styles+xml"/></Types>`;
const ROOT_RELS = relationships([[`${DOC_REL}/officeDocument`, 'xl/workbook.xml']]);
const WORKBOOK_RELS = relationships([
  [`${DOC_REL}/worksheet`, 'worksheets/sheet1.xml'],
  [`${DOC_REL}/styles`, 'styles.xml'],
]);

/** Style 0: default; 1: bold; then one style per distinct number format (ids from 164). */
function styles(formats: string[]): string {
  const numFmts = formats.map((f, i) => `<numFmt numFmtId="${164 + i}" formatCode="${xmlText(f)}"/>`).join('');
  const xfs = formats
    .map((_, i) => `<xf numFmtId="${164 + i}" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>`)
    .join('');
  return `${XML_HEAD}<styleSheet xmlns="${MAIN_NS}"><numFmts count="${formats.length}">${numFmts}</numFmts><fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="${2 + formats.length}"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>${xfs}</cellXfs></styleSheet>`;
}

function cellXml(ref: string, c: OutCell, style: number): string {
  const v = isFormulaCell(c) ? c.value : c;
  if (v === null || v === undefined || (typeof v === 'number' && !Number.isFinite(v))) return '';
  const s = style ? ` s="${style}"` : '';
  if (typeof v === 'number') return `<c r="${ref}"${s}><v>${v}</v></c>`;
  if (typeof v === 'boolean') return `<c r="${ref}"${s} t="b"><v>${v ? 1 : 0}</v></c>`;
  return `<c r="${ref}"${s} t="inlineStr"><is>${textElement(v)}</is></c>`;
}

/** The .xlsx bytes of one sheet. */
export function xlsxOf(spec: SheetSpec): Uint8Array {
  const formats = [
    ...new Set(spec.columns.map((c) => NUMBER_FORMATS[c.format]).filter((f) => f !== 'General' && f !== '@')),
  ];
  const styleOf = (col: number) => {
    const f = NUMBER_FORMATS[spec.columns[col].format];
    const i = formats.indexOf(f);
    return i < 0 ? 0 : 2 + i;
  };
  const bold = new Set((spec.boldRows ?? []).map((b) => b + 1));
  const rows: OutCell[][] = [spec.columns.map((c) => c.header), ...spec.rows];
  const sheetRows = rows
    .map(
      (row, r) =>
        `<row r="${r + 1}">${row.map((c, i) => cellXml(`${columnLetter(i)}${r + 1}`, c, r === 0 || bold.has(r) ? 1 : styleOf(i))).join('')}</row>`,
    )
    .join('');
  const cols = spec.columns
    .map((c, i) => `<col min="${i + 1}" max="${i + 1}" width="${c.width ?? 12}" customWidth="1"/>`)
    .join('');
  const pane = spec.freezeHeader
    ? '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>'
    : '';
  const protect = spec.protect ? '<sheetProtection sheet="1" objects="1" scenarios="1"/>' : '';
  const sheet = `${XML_HEAD}<worksheet xmlns="${MAIN_NS}">${pane}<cols>${cols}</cols><sheetData>${sheetRows}</sheetData>${protect}</worksheet>`;
  const workbook = `${XML_HEAD}<workbook xmlns="${MAIN_NS}" xmlns:r="${DOC_REL}"><sheets><sheet name="${xmlText(spec.name.slice(0, 31))}" sheetId="1" r:id="rId1"/></sheets></workbook>`;
  return zipSync({
    '[Content_Types].xml': strToU8(CONTENT_TYPES),
    '_rels/.rels': strToU8(ROOT_RELS),
    'xl/workbook.xml': strToU8(workbook),
    'xl/_rels/workbook.xml.rels': strToU8(WORKBOOK_RELS),
    'xl/styles.xml': strToU8(styles(formats)),
    'xl/worksheets/sheet1.xml': strToU8(sheet),
  });
}
