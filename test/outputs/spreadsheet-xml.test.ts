/** The escaping both .xlsx writers (the CLI's and the pane's downloads) share: expected texts written by hand. */
import { relationships, textElement, xmlText } from '../../src/engine';

test('markup is escaped; characters XML 1.0 cannot carry are dropped (tab, LF, CR stay)', () => {
  expect(xmlText(`a<b>&"c'`)).toBe('a&lt;b&gt;&amp;&quot;c&apos;');
  expect(xmlText('x\u0000\u0001\u0008\u000b\u000c\u000e\u001f\u007fy\ufffe\uffffz')).toBe('xyz');
  expect(xmlText('\t\n\r')).toBe('\t\n\r');
  expect(xmlText('客服绩效 ok')).toBe('客服绩效 ok');
});

test("cell text: Excel's _xHHHH_ is escaped as _x005F_, and xml:space is kept only where spaces or breaks need it", () => {
  expect(textElement('_x0041_')).toBe('<t>_x005F_x0041_</t>');
  expect(textElement('a_x00e9_b _x12_')).toBe('<t>a_x005F_x00e9_b _x12_</t>');
  expect(textElement(' lead')).toBe('<t xml:space="preserve"> lead</t>');
  expect(textElement('two\nlines')).toBe('<t xml:space="preserve">two\nlines</t>');
  expect(textElement('plain')).toBe('<t>plain</t>');
});

test('a relationships part numbers its targets rId1, rId2, … and escapes them', () => {
  expect(
    relationships([
      ['T1', 'a&b.xml'],
      ['T2', 'c.xml'],
    ]),
  ).toBe(
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="T1" Target="a&amp;b.xml"/><Relationship Id="rId2" Type="T2" Target="c.xml"/>' +
      '</Relationships>',
  );
});
