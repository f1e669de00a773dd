/**
 * The styles part of an output workbook: the few fonts, fills and borders the
 * output sheets use, every number format met, and one cell format (xf) per
 * combination, numbered as cells ask for them.
 */
import { MAIN_NS, XML_HEAD, xmlText } from './xml';

/** Fonts of the output sheets; each names its face: a bare <b/> makes LibreOffice fall back to a serif face. */
const FONTS = {
  plain: '<font><color theme="1"/><family val="2"/><scheme val="minor"/><sz val="11"/><name val="Calibri"/></font>',
  header: '<font><b/><color rgb="FFFFFFFF"/><family val="2"/><sz val="11"/><name val="Calibri"/></font>',
  note: '<font><i/><color rgb="FF595959"/><family val="2"/><sz val="11"/><name val="Calibri"/></font>',
  bold: '<font><b/><family val="2"/><sz val="11"/><name val="Calibri"/></font>',
} as const;
export type FontKind = keyof typeof FONTS;
const FONT_ID: Record<FontKind, number> = { plain: 0, header: 1, note: 2, bold: 3 };

const HEADER_FILL = 'FF1F4E78';
/** Fill 0 and 1 are the two every workbook must start with. */
const FILLS = [
  '<fill><patternFill patternType="none"/></fill>',
  '<fill><patternFill patternType="gray125"/></fill>',
  `<fill><patternFill patternType="solid"><fgColor rgb="${HEADER_FILL}"/></patternFill></fill>`,
];
const BORDERS = [
  '<border><left/><right/><top/><bottom/><diagonal/></border>',
  '<border><left/><right/><top style="thin"/><bottom style="double"/><diagonal/></border>',
];

/** Formats Excel knows by number: written as that number, not as a custom format. */
const BUILT_IN_FORMATS: Record<string, number> = {
  General: 0,
  '0': 1,
  '0.00': 2,
  '#,##0': 3,
  '#,##0.00': 4,
  '0%': 9,
  '0.00%': 10,
  '@': 49,
};

/** What a cell (or a row) looks like: `fill` the header colour, `wrap` wrapped text centred vertically, `rules` the totals row's lines. */
export interface CellLook {
  numFmt?: string;
  font?: FontKind;
  fill?: boolean;
  wrap?: boolean;
  rules?: boolean;
}

export class Styles {
  private readonly xfs: string[] = ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'];
  private readonly xfIds = new Map<string, number>([[this.xfs[0], 0]]);
  private readonly customFormats = new Map<string, number>();
  private readonly dxfs: string[] = [];

  /** The cell format number (the `s` of a cell or row) for this look. */
  id(look: CellLook): number {
    const numFmtId = this.formatId(look.numFmt ?? 'General');
    const fontId = FONT_ID[look.font ?? 'plain'];
    const fillId = look.fill ? 2 : 0;
    const borderId = look.rules ? 1 : 0;
    const applies = [
      numFmtId && 'applyNumberFormat="1"',
      fontId && 'applyFont="1"',
      fillId && 'applyFill="1"',
      borderId && 'applyBorder="1"',
      look.wrap && 'applyAlignment="1"',
    ]
      .filter(Boolean)
      .join(' ');
    const head = `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"${applies ? ' ' + applies : ''}`;
    const xf = look.wrap ? `${head}><alignment vertical="center" wrapText="1"/></xf>` : `${head}/>`;
    let id = this.xfIds.get(xf);
    if (id === undefined) {
      id = this.xfs.push(xf) - 1;
      this.xfIds.set(xf, id);
    }
    return id;
  }

  /** A differential format (conditional formatting) that fills the cell with `argb`. */
  fillDxf(argb: string): number {
    const dxf = `<dxf><fill><patternFill patternType="solid"><bgColor rgb="${argb}"/></patternFill></fill></dxf>`;
    const at = this.dxfs.indexOf(dxf);
    return at >= 0 ? at : this.dxfs.push(dxf) - 1;
  }

  private formatId(code: string): number {
    const builtIn = BUILT_IN_FORMATS[code];
    if (builtIn !== undefined) return builtIn;
    let id = this.customFormats.get(code);
    if (id === undefined) this.customFormats.set(code, (id = 164 + this.customFormats.size));
    return id;
  }

  xml(): string {
    const formats = [...this.customFormats].map(
      ([code, id]) => `<numFmt numFmtId="${id}" formatCode="${xmlText(code)}"/>`,
    );
    const list = (tag: string, items: readonly string[]) =>
      `<${tag} count="${items.length}">${items.join('')}</${tag}>`;
    return (
      `${XML_HEAD}<styleSheet xmlns="${MAIN_NS}">` +
      (formats.length ? list('numFmts', formats) : '') +
      list('fonts', Object.values(FONTS)) +
      list('fills', FILLS) +
      list('borders', BORDERS) +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      list('cellXfs', this.xfs) +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
      list('dxfs', this.dxfs) +
      '<tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/></styleSheet>'
    );
  }
}
