/**
 * Output sheets → the parts of an .xlsx package, as text, in the order Excel
 * writes them: the package's frame (content types, relationships, properties,
 * workbook, theme), each worksheet row by row (and its table), then the parts
 * that depend on every sheet (shared strings, styles). The zip is the host's:
 * the CLI deflates with Node's zlib, the pane's downloads with fflate; both
 * write the same parts, so a slip is the same file from either.
 */
import type { SheetSpec } from '../output/sheet-spec';
import { hasTable, SharedStrings, writeSheet } from './sheet';
import { Styles } from './styles';
import { DOC_REL, MAIN_NS, relationships, XML_HEAD, xmlText } from './xml';

export interface WorkbookProps {
  creator: string;
  /** Also every zip entry's time, so the same run gives the same bytes. */
  created: Date;
}

/** The properties of every workbook a run writes: made by this version, at the run's time. */
export const outputProps = (r: { version: string; generatedAt: string }): WorkbookProps => ({
  creator: `CS Performance ${r.version}`,
  created: new Date(r.generatedAt),
});

/** Writes one part: `write` hands over its text in pieces, in order (a worksheet row by row). */
export type PartWriter = (name: string, write: (out: (xml: string) => void) => void) => void;

const CT = 'application/vnd.openxmlformats-officedocument';

/** Every part of the workbook of `sheets`, through `writePart`; `theme`: the theme part's XML (the default font refers to it). */
export function writeXlsxParts(sheets: SheetSpec[], props: WorkbookProps, theme: string, writePart: PartWriter): void {
  const part = (name: string, xml: string) => writePart(name, (out) => out(xml));
  // Table numbers are known from the specs, so the package's frame goes first, as Excel orders it.
  let tables = 0;
  const tableOf = sheets.map((s) => (hasTable(s) ? ++tables : 0));
  part('[Content_Types].xml', contentTypes(sheets.length, tables));
  part('_rels/.rels', packageRelationships());
  part('docProps/core.xml', coreProperties(props));
  part(
    'docProps/app.xml',
    `${XML_HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Microsoft Excel</Application></Properties>`,
  );
  const sheetList = sheets
    .map((s, i) => `<sheet name="${xmlText(s.name)}" sheetId="${i + 1}" r:id="rId${i + 4}"/>`)
    .join('');
  part(
    'xl/workbook.xml',
    `${XML_HEAD}<workbook xmlns="${MAIN_NS}" xmlns:r="${DOC_REL}"><workbookPr/><sheets>${sheetList}</sheets><calcPr calcId="171027"/></workbook>`,
  );
  const sheetRels = sheets.map((_, i): [string, string] => [`${DOC_REL}/worksheet`, `worksheets/sheet${i + 1}.xml`]);
  part(
    'xl/_rels/workbook.xml.rels',
    relationships([
      [`${DOC_REL}/styles`, 'styles.xml'],
      [`${DOC_REL}/theme`, 'theme/theme1.xml'],
      [`${DOC_REL}/sharedStrings`, 'sharedStrings.xml'],
      ...sheetRels,
    ]),
  );
  part('xl/theme/theme1.xml', theme);

  // Cells name their strings and formats by number: those two parts are complete only after every sheet.
  const styles = new Styles();
  const strings = new SharedStrings();
  sheets.forEach((spec, i) => {
    let table: string | null = null;
    writePart(`xl/worksheets/sheet${i + 1}.xml`, (out) => (table = writeSheet(spec, tableOf[i], styles, strings, out)));
    if (table) {
      part(
        `xl/worksheets/_rels/sheet${i + 1}.xml.rels`,
        relationships([[`${DOC_REL}/table`, `../tables/table${tableOf[i]}.xml`]]),
      );
      part(`xl/tables/table${tableOf[i]}.xml`, table);
    }
  });
  writePart('xl/sharedStrings.xml', (out) => strings.write(out));
  part('xl/styles.xml', styles.xml());
}

function coreProperties({ creator, created }: WorkbookProps): string {
  const at = created.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const time = `xsi:type="dcterms:W3CDTF">${at}`;
  return (
    `${XML_HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
    `<dc:creator>${xmlText(creator)}</dc:creator><dcterms:created ${time}</dcterms:created><dcterms:modified ${time}</dcterms:modified></cp:coreProperties>`
  );
}

function packageRelationships(): string {
  return relationships([
    [`${DOC_REL}/officeDocument`, 'xl/workbook.xml'],
    ['http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties', 'docProps/core.xml'],
    [`${DOC_REL}/extended-properties`, 'docProps/app.xml'],
  ]);
}

function contentTypes(sheets: number, tables: number): string {
  const numbered = (n: number, name: (i: number) => string, type: string) =>
    Array.from({ length: n }, (_, i): [string, string] => [name(i + 1), type]);
  const overrides: [string, string][] = [
    ['xl/workbook.xml', `${CT}.spreadsheetml.sheet.main+xml`],
    ...numbered(sheets, (i) => `xl/worksheets/sheet${i}.xml`, `${CT}.spreadsheetml.worksheet+xml`),
    ...numbered(tables, (i) => `xl/tables/table${i}.xml`, `${CT}.spreadsheetml.table+xml`),
    ['xl/theme/theme1.xml', `${CT}.theme+xml`],
    ['xl/styles.xml', `${CT}.spreadsheetml.styles+xml`],
    ['xl/sharedStrings.xml', `${CT}.spreadsheetml.sharedStrings+xml`],
    ['docProps/core.xml', 'application/vnd.openxmlformats-package.core-properties+xml'],
    ['docProps/app.xml', `${CT}.extended-properties+xml`],
  ];
  return (
    `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
    overrides.map(([name, type]) => `<Override PartName="/${name}" ContentType="${type}"/>`).join('') +
    '</Types>'
  );
}
