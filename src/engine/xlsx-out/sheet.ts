/**
 * SheetSpec → worksheet XML, written row by row into a sink: values, number
 * formats, native SUM totals, an Excel table, frozen header, filters, grade
 * colours, colour scales, protection and print setup. Strings are always
 * cell text (shared strings), never formulas, so an input cell reading
 * "=HYPERLINK(…)" stays inert text; only FormulaCells become formulas.
 */
import { columnLetter } from '../cell';
import { fitsInCell, isFormulaCell, NUMBER_FORMATS, type OutCell, type SheetSpec } from '../output/sheet-spec';
import { DEFAULT_COLUMN_WIDTH, widthsToWrite } from '../output/column-widths';
import { type CellLook, Styles } from './styles';
import { DOC_REL, MAIN_NS, textElement, XML_HEAD, xmlText } from './xml';

/** Every distinct cell string once (sharedStrings.xml); cells refer to it by number. */
export class SharedStrings {
  private readonly ids = new Map<string, number>();
  private readonly list: string[] = [];
  private uses = 0;

  id(s: string): number {
    this.uses++;
    let id = this.ids.get(s);
    if (id === undefined) {
      id = this.list.push(s) - 1;
      this.ids.set(s, id);
    }
    return id;
  }

  get size(): number {
    return this.list.length;
  }

  write(out: (xml: string) => void): void {
    out(`${XML_HEAD}<sst xmlns="${MAIN_NS}" count="${this.uses}" uniqueCount="${this.list.length}">`);
    for (const s of this.list) out(`<si>${textElement(s)}</si>`);
    out('</sst>');
  }
}

/** A number as cell text; infinities and NaN have none (the cell is left empty). */
const numberText = (v: number) => (Number.isFinite(v) ? String(v) : null);

/**
 * Text written in its cell (an inline string) where asked: not when empty (read back as no value, not "") nor
 * with an `_xHHHH_`-like run (ExcelJS leaves its escape in an inline string where it undoes it in a shared one).
 */
const inlineText = (v: string) => v !== '' && !v.includes('_x');

/** One cell; `s` its cell format; text `inline` in the cell, else shared. Non-finite numbers are written as empty cells. */
function cellXml(ref: string, s: number, v: OutCell, strings: SharedStrings, inline: boolean): string {
  const open = `<c r="${ref}"${s ? ` s="${s}"` : ''}`;
  if (typeof v === 'string')
    return inline && inlineText(v)
      ? `${open} t="inlineStr"><is>${textElement(fitsInCell(v))}</is></c>`
      : `${open} t="s"><v>${strings.id(fitsInCell(v))}</v></c>`;
  if (typeof v === 'number') {
    const n = numberText(v);
    return n === null ? `${open}/>` : `${open}><v>${n}</v></c>`;
  }
  if (typeof v === 'boolean') return `${open} t="b"><v>${v ? 1 : 0}</v></c>`;
  if (v && isFormulaCell(v)) {
    const f = `<f>${xmlText(v.formula)}</f>`;
    if (typeof v.value === 'string') return `${open} t="str">${f}<v>${xmlText(v.value)}</v></c>`;
    const n = numberText(v.value);
    return n === null ? `${open}>${f}</c>` : `${open}>${f}<v>${n}</v></c>`;
  }
  return `${open}/>`;
}

/** A worksheet in progress: rows are numbered as they are added, the used range grows with them. */
class RowWriter {
  row = 0;
  private readonly letters: string[] = [];
  constructor(
    private readonly strings: SharedStrings,
    private readonly out: (xml: string) => void,
  ) {}

  /**
   * Add a row; `styleOf(c, value)` gives each cell's format, `rowStyle` the row's own (for its empty cells),
   * `inline[c]` whether column c's text is written in the cell (ColumnSpec.distinct).
   */
  add(
    cells: readonly OutCell[],
    styleOf: (c: number, v: OutCell) => number,
    rowStyle = 0,
    inline: readonly boolean[] = [],
  ): void {
    const r = ++this.row;
    let xml = rowStyle ? `<row r="${r}" s="${rowStyle}" customFormat="1">` : `<row r="${r}">`;
    for (let c = 0; c < cells.length; c++)
      xml += cellXml(this.letter(c) + r, styleOf(c, cells[c]), cells[c], this.strings, inline[c] === true);
    this.out(xml + '</row>');
  }

  skip(): void {
    this.row++;
  }

  letter(c: number): string {
    return (this.letters[c] ??= columnLetter(c));
  }
}

const COLOR_SCALE =
  '<colorScale><cfvo type="min"/><cfvo type="percentile" val="50"/><cfvo type="max"/><color rgb="FFF8696B"/><color rgb="FFFFEB84"/><color rgb="FF63BE7B"/></colorScale>';
const argb = (hex: string) => 'FF' + hex.replace('#', '').toUpperCase();

/** Colour scales (red → yellow → green) then grade colours, each over its column's data rows. */
function conditionalFormats(spec: SheetSpec, styles: Styles, lastDataRow: number): string {
  if (spec.rows.length === 0) return '';
  const columnOf = (key: string) => {
    const i = spec.columns.findIndex((c) => c.key === key);
    return i < 0 ? null : columnLetter(i);
  };
  const highlights = spec.highlights ?? [];
  let xml = '';
  (spec.colorScales ?? []).forEach((key, k) => {
    const L = columnOf(key);
    if (L)
      xml += `<conditionalFormatting sqref="${L}2:${L}${lastDataRow}"><cfRule type="colorScale" priority="${highlights.length + k + 1}">${COLOR_SCALE}</cfRule></conditionalFormatting>`;
  });
  highlights.forEach((h, k) => {
    const L = columnOf(h.columnKey);
    if (!L) return;
    const formula = xmlText(`$${L}2="${h.equals.replace(/"/g, '""')}"`);
    xml += `<conditionalFormatting sqref="${L}2:${L}${lastDataRow}"><cfRule type="expression" dxfId="${styles.fillDxf(argb(h.fill))}" priority="${k + 1}"><formula>${formula}</formula></cfRule></conditionalFormatting>`;
  });
  return xml;
}

function printSetup(spec: SheetSpec): string {
  const margins = '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>';
  const p = spec.print;
  if (!p) return margins;
  const fit = p.fitToWidth ? ' fitToWidth="1" fitToHeight="0"' : '';
  const header = xmlText(`&C&"-,Bold"${p.header.replace(/&/g, '&&')}`);
  return `${margins}<pageSetup paperSize="9" orientation="${p.landscape ? 'landscape' : 'portrait'}"${fit}/><headerFooter><oddHeader>${header}</oddHeader><oddFooter>&amp;C&amp;P / &amp;N</oddFooter></headerFooter>`;
}

function tableXml(spec: SheetSpec, id: number, ref: string): string {
  const hidden = spec.autoFilter ? '0' : '1';
  const filters = spec.columns.map((_, i) => `<filterColumn colId="${i}" hiddenButton="${hidden}"/>`).join('');
  const columns = spec.columns.map((c, i) => `<tableColumn id="${i + 1}" name="${xmlText(c.header)}"/>`).join('');
  const name = xmlText(spec.tableName!);
  return (
    `${XML_HEAD}<table xmlns="${MAIN_NS}" id="${id}" name="${name}" displayName="${name}" ref="${ref}" headerRowCount="1" totalsRowShown="0">` +
    `<autoFilter ref="${ref}">${filters}</autoFilter><tableColumns count="${spec.columns.length}">${columns}</tableColumns>` +
    '<tableStyleInfo name="TableStyleMedium2" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>'
  );
}

/** A sheet becomes an Excel table when it names one and has data rows. */
export const hasTable = (spec: SheetSpec) => !!spec.tableName && spec.rows.length > 0;

/**
 * Write the worksheet XML of `spec` into `out`; returns its table part when
 * `tableId` (the table's number in the workbook) is not 0.
 */
export function writeSheet(
  spec: SheetSpec,
  tableId: number,
  styles: Styles,
  strings: SharedStrings,
  out: (xml: string) => void,
): string | null {
  const columnFormats = spec.columns.map((c) => NUMBER_FORMATS[c.format]);
  const styleOfColumn = (look: CellLook) => columnFormats.map((numFmt) => styles.id({ ...look, numFmt }));
  const plain = styleOfColumn({});
  const bold = styleOfColumn({ font: 'bold' });
  const lastCol = columnLetter(spec.columns.length - 1);
  const lastDataRow = spec.rows.length + 1;
  const tableRef = `A1:${lastCol}${lastDataRow}`;

  // The frame before the cells: the used range is known from the spec alone.
  const sheet = new RowWriter(strings, out);
  const fitToPage = spec.print?.fitToWidth ? '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' : '';
  const frozen =
    '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft"/></sheetView></sheetViews>';
  const widths = widthsToWrite(spec); // slips and the DingTalk sheet come here without passing buildOutputSheets
  const cols = widths
    .map(
      (w, i) =>
        `<col min="${i + 1}" max="${i + 1}" width="${w ?? DEFAULT_COLUMN_WIDTH}" style="${plain[i]}" customWidth="1"/>`,
    )
    .join('');
  out(
    `${XML_HEAD}<worksheet xmlns="${MAIN_NS}" xmlns:r="${DOC_REL}">${fitToPage}<dimension ref="${usedRange(spec)}"/>${spec.freezeHeader ? frozen : ''}`,
  );
  out(`<sheetFormatPr defaultRowHeight="15"/><cols>${cols}</cols><sheetData>`);

  const headerCell = styleOfColumn({ font: 'header', fill: true, wrap: true });
  sheet.add(
    spec.columns.map((c) => c.header),
    (c) => headerCell[c],
    styles.id({ font: 'header', wrap: true }),
  );
  const boldRows = new Set(spec.boldRows ?? []);
  const boldRow = styles.id({ font: 'bold' });
  // Date cells in a column of another format (the Audit's times): row → their columns.
  const dated = new Map<number, Set<number>>();
  for (const d of spec.dateCells ?? []) dated.set(d.row, (dated.get(d.row) ?? new Set()).add(d.column));
  const dateStyle = styles.id({ numFmt: NUMBER_FORMATS.datetime });
  const inline = spec.columns.map((c) => c.distinct === true);
  for (let i = 0; i < spec.rows.length; i++) {
    const dates = dated.get(i);
    if (boldRows.has(i)) sheet.add(spec.rows[i], (c) => bold[c], boldRow, inline);
    else if (dates) sheet.add(spec.rows[i], (c) => (dates.has(c) ? dateStyle : plain[c]), 0, inline);
    else sheet.add(spec.rows[i], (c) => plain[c], 0, inline);
  }
  if (spec.totalsRow) {
    const ruled = styleOfColumn({ font: 'bold', rules: true });
    sheet.add(spec.totalsRow, (c, v) => (v === null ? bold[c] : ruled[c]), boldRow);
  }
  if (spec.notes?.length) {
    sheet.skip();
    const note = styles.id({ font: 'note', numFmt: columnFormats[0] });
    for (const n of spec.notes) sheet.add([n], () => note, styles.id({ font: 'note' }));
  }
  if (spec.after?.rows.length) {
    // The block has its own formats, not those of the columns above it.
    const { rows, headerRows, formats } = spec.after;
    sheet.skip();
    const general = styles.id({ font: 'bold' });
    rows.forEach((r, i) => {
      if (i < headerRows) sheet.add(r, () => general, boldRow);
      else sheet.add(r, (c) => styles.id({ numFmt: NUMBER_FORMATS[formats[c] ?? 'general'] }));
    });
  }
  out('</sheetData>');
  if (spec.protect) out('<sheetProtection sheet="1" formatColumns="0" formatRows="0" autoFilter="0"/>');
  if (spec.autoFilter && !tableId) out(`<autoFilter ref="A1:${lastCol}${Math.max(1, lastDataRow)}"/>`);
  out(conditionalFormats(spec, styles, lastDataRow));
  out(printSetup(spec));
  if (tableId) out('<tableParts count="1"><tablePart r:id="rId1"/></tableParts>');
  out('</worksheet>');
  return tableId ? tableXml(spec, tableId, tableRef) : null;
}

/** The cells the sheet uses: header, data, totals, notes after a blank row, the after block after another. */
function usedRange(spec: SheetSpec): string {
  let rows = 1 + spec.rows.length + (spec.totalsRow ? 1 : 0);
  if (spec.notes?.length) rows += 1 + spec.notes.length;
  const after = spec.after?.rows ?? [];
  if (after.length) rows += 1 + after.length;
  const columns = Math.max(spec.columns.length, ...after.map((r) => r.length));
  return `A1:${columnLetter(columns - 1)}${rows}`;
}
