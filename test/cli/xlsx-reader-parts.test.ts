/**
 * The values-only .xlsx reader on packages written by hand, for what ExcelJS
 * never writes but Excel, WPS and other tools do: inline and phonetic
 * strings, cells and rows without references, 1904 dates, character
 * references, tabs in another order than the files, chart sheets, strict
 * OOXML relationship types. Expected values are worked out from the XML.
 */
import { writeFileSync } from 'fs';
import * as path from 'path';
import { readXlsxValues } from '../../src/cli/xlsx/read-values';
import { readInputFiles } from '../../src/cli/read-inputs';
import { MAIN_NS, makeTempDir, REL_NS, zipOf } from '../corpus/xlsx-files';

const tmp = makeTempDir('cs-kpi-xlsx-parts-');
afterAll(() => tmp.remove());
let n = 0;

const STRICT_REL = 'http://purl.oclc.org/ooxml/officeDocument/relationships';

interface Pkg {
  sheets: { name: string; file: string; xml: string; type?: string }[];
  sharedStrings?: string;
  styles?: string;
  workbookPr?: string;
  rel?: string;
}

function write(p: Pkg): string {
  const rel = p.rel ?? REL_NS;
  const rels = p.sheets.map(
    (s, i) => `<Relationship Id="rId${i + 1}" Type="${rel}/${s.type ?? 'worksheet'}" Target="${s.file}"/>`,
  );
  if (p.sharedStrings) rels.push(`<Relationship Id="rSS" Type="${rel}/sharedStrings" Target="sharedStrings.xml"/>`);
  if (p.styles) rels.push(`<Relationship Id="rSt" Type="${rel}/styles" Target="/xl/styles.xml"/>`);
  const files: Record<string, string> = {
    '[Content_Types].xml': '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    '_rels/.rels': `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml': `<workbook xmlns="${MAIN_NS}" xmlns:rel="${REL_NS}">${p.workbookPr ?? ''}<sheets>${p.sheets.map((s, i) => `<sheet name="${s.name}" sheetId="${9 - i}" rel:id="rId${i + 1}"/>`).join('')}</sheets></workbook>`,
    'xl/_rels/workbook.xml.rels': `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join('')}</Relationships>`,
  };
  for (const s of p.sheets) files[path.posix.normalize(`xl/${s.file}`)] = s.xml;
  if (p.sharedStrings) files['xl/sharedStrings.xml'] = p.sharedStrings;
  if (p.styles) files['xl/styles.xml'] = p.styles;
  const file = tmp.file(`hand-${++n}.xlsx`);
  writeFileSync(file, zipOf(files));
  return file;
}

const sheet = (data: string, after = '') =>
  `<?xml version="1.0" encoding="UTF-8"?>\r\n<worksheet xmlns="${MAIN_NS}"><sheetData>${data}</sheetData>${after}</worksheet>`;
/** A package of one worksheet holding `data` (the rows inside <sheetData>). */
const oneSheet = (name: string, data: string, more: Omit<Pkg, 'sheets'> = {}, after = '') =>
  write({ sheets: [{ name, file: 'worksheets/s.xml', xml: sheet(data, after) }], ...more });

test('inline strings (plain, rich runs, xml:space), phonetic runs left out, references decoded', async () => {
  const file = oneSheet(
    'A &amp; B',
    '<row r="1"><c r="A1" t="inlineStr"><is><t>订单</t></is></c><c r="B1" t="inlineStr"><is><r><rPr><b/></rPr><t xml:space="preserve">KF01 </t></r><r><t>已核对</t></r></is></c>' +
      '<c r="C1" t="inlineStr"><is><t>&#x4E2D;&#25991;&amp;&lt;&gt;&quot;&apos;</t></is></c><c r="D1" t="inlineStr"><is><t>=SUM(A1)</t></is></c></row>' +
      '<row r="2"><c r="A2" t="s"><v>0</v></c><c r="B2" t="s"><v>1</v></c><c r="C2" t="s"><v>2</v></c></row>',
    {
      sharedStrings: `<sst xmlns="${MAIN_NS}"><si><t>漢字</t><rPh sb="0" eb="2"><t>かんじ</t></rPh><phoneticPr fontId="1"/></si><si><r><t>a_x000D_b</t></r><r><t xml:space="preserve"> c</t></r></si><si><t/></si></sst>`,
    },
  );
  const wb = await readXlsxValues(file);
  expect(wb.sheets.map((s) => s.name)).toEqual(['A & B']);
  expect(wb.sheets[0].rows).toEqual([
    ['订单', 'KF01 已核对', '中文&<>"\'', '=SUM(A1)'],
    ['漢字', 'a\rb c'],
  ]);
});

test('cells and rows without references follow the previous ones; gaps stay empty; self-closing rows and styled empty cells hold nothing', async () => {
  const file = oneSheet(
    'S',
    '<row><c><v>1</v></c><c><v>2</v></c><c r="E1"><v>5</v></c><c><v>6</v></c></row>' +
      '<row r="3"/><row r="4"><c r="B4" s="0"/><c r="C4"><v>-1.5</v></c></row><row><c t="b"><v>1</v></c><c t="e"><v>#N/A</v></c><c t="str"><v>x &amp; y</v></c></row>' +
      '<row r="9"><c r="A9" s="0"/></row>',
  );
  expect((await readXlsxValues(file)).sheets[0].rows).toEqual([
    [1, 2, null, null, 5, 6],
    [],
    [],
    [null, null, -1.5],
    [true, '#N/A', 'x & y'],
  ]);
});

test('dates by style: built-in ids 14–22 and 45–47, custom formats with date letters; the 1904 date system counts from 1904', async () => {
  const styles =
    `<styleSheet xmlns="${MAIN_NS}"><numFmts count="2"><numFmt numFmtId="164" formatCode="yyyy/m/d h:mm"/><numFmt numFmtId="165" formatCode="&quot;d&quot;0.00"/></numFmts>` +
    '<cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs><cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="46"/></cellXfs></styleSheet>';
  const data =
    '<row r="1"><c r="A1" s="0"><v>45000.5</v></c><c r="B1" s="1"><v>45000.5</v></c><c r="C1" s="2"><v>45000.25</v></c><c r="D1" s="3"><v>12.5</v></c><c r="E1" s="4"><v>1.5</v></c></row>';
  const plain = await readXlsxValues(oneSheet('D', data, { styles }));
  expect(plain.sheets[0].rows).toEqual([[45000.5, 45000.5, 45000.25, 12.5, 1.5]]);
  const in1904 = await readXlsxValues(oneSheet('D', data, { styles, workbookPr: '<workbookPr date1904="1"/>' }));
  // 1904-based serial + 1462 days = the 1900-based serial the engine reads; "d"0.00 is a number format (the d is quoted).
  expect(in1904.sheets[0].rows).toEqual([[45000.5, 46462.5, 46462.25, 12.5, 1463.5]]);
});

test('sheets in tab order from workbook.xml and its relationships, not file order; chart sheets skipped; strict OOXML relationship types', async () => {
  const cell = (v: number) => sheet(`<row r="1"><c r="A1"><v>${v}</v></c></row>`);
  const file = write({
    rel: STRICT_REL,
    sheets: [
      { name: '第二个文件', file: 'worksheets/sheet2.xml', xml: cell(2) },
      { name: '图表', file: 'chartsheets/sheet1.xml', xml: '<chartsheet/>', type: 'chartsheet' },
      { name: '第一个文件', file: '../xl/worksheets/sheet1.xml', xml: cell(1) },
    ],
  });
  const wb = await readXlsxValues(file);
  expect(wb.sheets).toEqual([
    { name: '第二个文件', rows: [[2]] },
    { name: '第一个文件', rows: [[1]] },
  ]);
});

test('merged ranges after the data: every cell of the range reads the top-left value, also past the last row written', async () => {
  const file = oneSheet(
    'M',
    '<row r="1"><c r="A1" t="inlineStr"><is><t>标题</t></is></c></row><row r="2"><c r="B2"><v>7</v></c><c r="C2"><v>8</v></c></row>',
    {},
    '<mergeCells count="2"><mergeCell ref="A1:C1"/><mergeCell ref="B2:B3"/></mergeCells>',
  );
  expect((await readXlsxValues(file)).sheets[0].rows).toEqual([
    ['标题', '标题', '标题'],
    [null, 7, 8],
    [null, 7],
  ]);
});

test('a package the reader cannot take apart (no workbook part, a sheet cut short) is not read as an empty workbook', async () => {
  const noWorkbook = tmp.file('no-workbook.xlsx');
  writeFileSync(noWorkbook, zipOf({ 'xl/workbook.bin': 'binary', '[Content_Types].xml': '<Types/>' }));
  await expect(readXlsxValues(noWorkbook)).rejects.toThrow();
  const cut = write({
    sheets: [
      {
        name: 'C',
        file: 'worksheets/c.xml',
        xml: `<worksheet xmlns="${MAIN_NS}"><sheetData><row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2`,
      },
    ],
  });
  await expect(readXlsxValues(cut)).rejects.toThrow('ends inside an element');
  // Through the CLI's reader ExcelJS gets the file next; it finds no sheet in it (it knows only the r: prefix for
  // relationship ids), so the manager reads our sentence about a workbook without sheets, not library text.
  const r = await readInputFiles([cut]);
  expect(r.ok).toBe(false);
  if (!r.ok) expect(r.problem.code).toBe('file-xlsx-no-sheets');
});
