/**
 * The shared-string table read on its bytes (src/cli/xlsx/shared-strings.ts):
 * items found without making text, each turned into text when first asked
 * for. Expected texts are worked out from the XML by hand.
 */
import { SharedStrings } from '../../src/cli/xlsx/shared-strings';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const table = (items: string) =>
  new SharedStrings(
    Buffer.from(
      `<?xml version="1.0" encoding="UTF-8"?>\r\n<sst xmlns="${MAIN}" count="9" uniqueCount="9">${items}</sst>`,
      'utf8',
    ),
  );

test('plain, preserved-space, empty and self-closing items, references, _xHHHH_ escapes, rich runs and phonetic runs', () => {
  const t = table(
    '<si><t>交易成功</t></si><si><t xml:space="preserve"> KF01 </t></si><si><t/></si><si/><si><t></t></si>' +
      '<si><t>a &amp; b &lt;c&gt; &#x4E2D;&#25991;</t></si><si><t>x_x000D_y</t></si>' +
      '<si><r><rPr><b/></rPr><t xml:space="preserve">KF02 </t></r><r><t>已核对</t></r></si>' +
      '<si><t>漢字</t><rPh sb="0" eb="2"><t>かんじ</t></rPh><phoneticPr fontId="1"/></si>' +
      '<si>\r\n<t>line\r\nbreak</t>\r\n</si>',
  );
  expect(t.count).toBe(10);
  expect(Array.from({ length: 10 }, (_, i) => t.text(i))).toEqual([
    '交易成功',
    ' KF01 ',
    '',
    '',
    '',
    'a & b <c> 中文',
    'x\ry',
    'KF02 已核对',
    '漢字',
    'line\nbreak',
  ]);
});

test('an index past the table, or not an index, reads as empty text (as ExcelJS reads it); asking twice gives the same string', () => {
  const t = table('<si><t>3000000000000000001</t></si>');
  expect(t.text(1)).toBe('');
  expect(t.text(-1)).toBe('');
  expect(t.text(Number.NaN)).toBe('');
  expect(t.text(0)).toBe('3000000000000000001');
  expect(t.text(0)).toBe(t.text(0));
  expect(new SharedStrings(new Uint8Array(0)).count).toBe(0);
});

test('elements whose names start with "si" are not items; an item cut off at the end is left out', () => {
  const t = table('<sitem/><si><t>a</t></si><siX><t>no</t></siX><si><t>b</t></si><si><t>cut');
  expect(t.count).toBe(2);
  expect([t.text(0), t.text(1)]).toEqual(['a', 'b']);
});

test('uniqueCount is only a hint: too small, far too large, missing or not a number, every item is found', () => {
  const items = Array.from({ length: 3000 }, (_, i) => `<si><t>KF${i}</t></si>`).join('');
  for (const head of ['uniqueCount="1"', 'uniqueCount="999999999"', '', 'uniqueCount="lots"', "uniqueCount='2999'"]) {
    const t = new SharedStrings(Buffer.from(`<sst xmlns="${MAIN}" ${head}>${items}</sst>`, 'utf8'));
    expect({ head, count: t.count }).toEqual({ head, count: 3000 });
    expect([t.text(0), t.text(1234), t.text(2999), t.text(3000)]).toEqual(['KF0', 'KF1234', 'KF2999', '']);
  }
});

test('items with references: the five named ones (decoded on the bytes), with numeric or unknown ones, cut off, next to line ends and _xHHHH_ escapes', () => {
  const t = table(
    '<si><t>=&quot;3000202610047193934&quot;</t></si><si><t>&amp;quot; &amp;amp; &lt;b&gt; &apos;x&apos;</t></si>' +
      '<si><t>&quot;中&#x6587;&quot;</t></si><si><t>R&amp;D &copy; 2026</t></si><si><t>a &amp b &quot</t></si>' +
      '<si><t>&lt;\r\n_x0041_&gt;</t></si><si><t>&amp;_x0042_</t></si><si><t xml:space="preserve"> &quot;KF01&quot; </t></si>',
  );
  expect(Array.from({ length: t.count }, (_, i) => t.text(i))).toEqual([
    '="3000202610047193934"',
    "&quot; &amp; <b> 'x'",
    '"中文"',
    'R&D &copy; 2026',
    'a &amp b &quot',
    '<\nA>',
    '&B',
    ' "KF01" ',
  ]);
});

test('emptyItems: the items whose text is empty, the same when asked again (once per worker thread)', () => {
  const t = table(
    '<si><t>a</t></si><si><t/></si><si/><si><t></t></si><si><t xml:space="preserve"> </t></si>' +
      '<si><r><t></t></r></si><si><r><t>b</t></r></si><si><t>&amp;</t></si>',
  );
  expect(Array.from(t.emptyItems())).toEqual([1, 2, 3, 5]);
  expect(Array.from(t.emptyItems())).toEqual([1, 2, 3, 5]);
});
