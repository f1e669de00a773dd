import {
  readCsvBytes,
  CsvSheetReader,
  sniffFile,
  detectEncoding,
  csvCell,
  sheetNameForFile,
} from '../../src/engine/files';
import { encodeGbk, encodeUtf16le, encodeUtf8 } from '../support/gbk';

// The order report as the site gives it: every field quoted, the order number outside quotes as ="…", CRLF.
const ORDER_CSV = [
  '"订单编号","买家会员名","买家实际支付金额","订单付款时间 ","商家备忘"',
  '="35153131473293579","买家甲","201.12","2026-10-05 12:00:00","KF01"',
  '="1234567890123456789","买家,乙","88.00","2026-10-06 09:30:00","多行\r\n备注 KF02"',
  '',
].join('\r\n');

function ok(r: ReturnType<typeof readCsvBytes>) {
  if (!r.ok) throw new Error(`expected sheet, got ${r.problem.code}`);
  return r;
}

describe('CSV saved by Excel where the decimal mark is a comma: fields separated by semicolons', () => {
  // The same report with ; between fields (a comma stays inside its quoted field); it was one column, "no known columns".
  const semicolons = [
    '订单编号;买家会员名;买家实际支付金额;订单付款时间;商家备忘',
    '="35153131473293579";买家甲;201.12;2026-10-05 12:00:00;KF01',
    '="1234567890123456789";"买家,乙";88.00;2026-10-06 09:30:00;KF02 送小样',
    '',
  ].join('\r\n');
  const rows = [
    ['订单编号', '买家会员名', '买家实际支付金额', '订单付款时间', '商家备忘'],
    ['35153131473293579', '买家甲', '201.12', '2026-10-05 12:00:00', 'KF01'],
    ['1234567890123456789', '买家,乙', '88.00', '2026-10-06 09:30:00', 'KF02 送小样'],
  ];
  test.each([
    ['UTF-8 with BOM', encodeUtf8(semicolons, true)],
    ['GBK', encodeGbk(semicolons)],
    ['UTF-16 LE with BOM', encodeUtf16le(semicolons)],
  ])('%s', (_label, bytes) => {
    const r = ok(readCsvBytes(bytes, 'o', 'o.csv'));
    expect(r.delimiter).toBe(';');
    expect(r.sheet.rows).toEqual(rows);
  });
  test('a comma file with semicolons in its text stays a comma file', () => {
    const text = '商家备忘,订单编号\r\nKF01;加急;顺丰,1\r\n';
    const r = ok(readCsvBytes(encodeUtf8(text), 'o', 'o.csv'));
    expect(r.delimiter).toBe(',');
    expect(r.sheet.rows).toEqual([
      ['商家备忘', '订单编号'],
      ['KF01;加急;顺丰', '1'],
    ]);
  });
});

describe('CSV as downloaded', () => {
  const expected = [
    ['订单编号', '买家会员名', '买家实际支付金额', '订单付款时间', '商家备忘'],
    ['35153131473293579', '买家甲', '201.12', '2026-10-05 12:00:00', 'KF01'],
    // the embedded CRLF becomes LF, like every line break
    ['1234567890123456789', '买家,乙', '88.00', '2026-10-06 09:30:00', '多行\n备注 KF02'],
  ];

  test.each([
    ['GBK', encodeGbk(ORDER_CSV), 'gb18030'],
    ['UTF-8 with BOM', encodeUtf8(ORDER_CSV, true), 'utf-8'],
    ['UTF-8 without BOM', encodeUtf8(ORDER_CSV), 'utf-8'],
    ['UTF-16 LE with BOM', encodeUtf16le(ORDER_CSV), 'utf-16le'],
  ])('%s: order numbers stay exact text, header spaces stripped', (_label, bytes, encoding) => {
    const r = ok(readCsvBytes(bytes, 'ExportOrderList', 'ExportOrderList.csv'));
    expect(r.encoding).toBe(encoding);
    expect(r.sheet).toEqual({ name: 'ExportOrderList', rows: expected });
    expect(r.notes).toEqual([]);
  });

  test('Excel "Unicode text": UTF-16 LE with BOM, tab separated', () => {
    const text = '客服\t询单人数\t询单->最终付款人数\r\n店铺:小美\t200\t106\r\n汇总值\t200\t106\r\n';
    const r = ok(readCsvBytes(encodeUtf16le(text), '赤兔', '赤兔.txt'));
    expect(r.delimiter).toBe('\t');
    expect(r.sheet.rows).toEqual([
      ['客服', '询单人数', '询单->最终付款人数'],
      ['店铺:小美', '200', '106'],
      ['汇总值', '200', '106'],
    ]);
  });

  test('LF line ends, tabs around values, empty cells become null, trailing empties dropped', () => {
    const r = ok(readCsvBytes(encodeUtf8('a,b,c\n\t1 ,,\t\n x,="", \n'), 's', 's.csv'));
    expect(r.sheet.rows).toEqual([['a', 'b', 'c'], ['1'], ['x']]);
  });

  test('GBK split at every byte boundary decodes the same', () => {
    const bytes = encodeGbk(ORDER_CSV);
    for (let cut = 1; cut < bytes.length; cut += 7) {
      const reader = new CsvSheetReader('s', 's.csv');
      reader.push(bytes.subarray(0, cut));
      reader.push(bytes.subarray(cut));
      const r = reader.finish();
      expect(r.ok && r.sheet.rows).toEqual(expected);
    }
  });

  test('many small chunks, a CR and its LF in different chunks', () => {
    const text = ('"x","y"\r\n' + '="9",z\r\n'.repeat(20000)).repeat(1);
    const bytes = encodeUtf8(text);
    const reader = new CsvSheetReader('s', 's.csv');
    for (let at = 0; at < bytes.length; at += 4099) reader.push(bytes.subarray(at, at + 4099));
    const r = reader.finish();
    expect(r.ok && r.sheet.rows.length).toBe(20001);
    expect(r.ok && r.sheet.rows[20000]).toEqual(['9', 'z']);
  });

  test('a file cut inside a quoted field is refused, naming the record', () => {
    const cut = ORDER_CSV.slice(0, ORDER_CSV.indexOf('多行') + 2);
    const r = readCsvBytes(encodeGbk(cut), 's', 'ExportOrderList.csv');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problem.code).toBe('file-csv-truncated');
    expect(r.problem.message.zh).toContain('ExportOrderList.csv 在第 3 条记录处中断');
    expect(r.problem.message.en).toContain('record 3');
  });

  test('a file cut between fields keeps its rows and says the last one looks short', () => {
    const cut = ORDER_CSV.slice(0, ORDER_CSV.indexOf('"88.00"'));
    const r = ok(readCsvBytes(encodeUtf8(cut), 's', 'o.csv'));
    expect(r.sheet.rows).toHaveLength(3);
    expect(r.notes.map((n) => n.code)).toEqual(['file-csv-short-last-row']);
  });

  test('csvCell: ="…" unwrapped with doubled quotes, never a number', () => {
    expect(csvCell('="00123"')).toBe('00123');
    expect(csvCell('=" a""b "')).toBe(' a"b ');
    expect(csvCell('=SUM(A1)')).toBe('=SUM(A1)');
    expect(csvCell('  \t ')).toBeNull();
    expect(csvCell('\u3000全角\u3000')).toBe('全角');
  });

  test('encoding detection', () => {
    expect(detectEncoding(encodeGbk('订单编号,金额'))).toBe('gb18030');
    expect(detectEncoding(encodeUtf8('订单编号,金额'))).toBe('utf-8');
    // a UTF-8 character cut at the end of the sample is still UTF-8
    expect(detectEncoding(encodeUtf8('订单编号').subarray(0, 5))).toBe('utf-8');
    expect(detectEncoding(encodeUtf16le('订单', false).subarray(0))).not.toBe('utf-8');
    expect(detectEncoding(encodeUtf16le('ab,cd', false))).toBe('utf-16le');
    // 一 (U+4E00) has its NUL in the other byte: a chat export's 一般 column made this read as GB18030.
    const chat = '客服,日期,咨询人数,很满意,一般,不满意\r\n小美,2026-10-05,100,5,1,0\r\n';
    expect(detectEncoding(encodeUtf16le(chat, false))).toBe('utf-16le');
  });

  test('sheet names from file names are unique', () => {
    expect(sheetNameForFile('/tmp/x/ExportOrderList2024.csv', [])).toBe('ExportOrderList2024');
    expect(sheetNameForFile('C:\\d\\订单.csv', ['订单'])).toBe('订单 (2)');
  });
});

describe('file type from bytes', () => {
  const zipWith = (name: string) => Uint8Array.from([0x50, 0x4b, 3, 4, ...Array.from(name, (c) => c.charCodeAt(0))]);
  test.each([
    ['empty', new Uint8Array(0), 'file-empty'],
    ['.xls / .et (OLE2)', Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), 'file-xls'],
    ['.numbers', zipWith('Index/Document.iwa'), 'file-numbers'],
    ['.xlsb', zipWith('xl/workbook.bin'), 'file-xlsb'],
    ['.docx', zipWith('word/document.xml'), 'file-zip'],
    // A download cut before the zip's directory (PK 05 06) at its end: the workbook's names are gone too.
    ['.xlsx cut short', zipWith('[Content_Types].xml'), 'file-xlsx-damaged'],
    [
      'password-protected .xlsx (OLE2 holding EncryptedPackage)',
      Uint8Array.from([
        ...[0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
        ...Array.from('EncryptedPackage', (c) => [c.charCodeAt(0), 0]).flat(),
      ]),
      'file-encrypted',
    ],
    ['HTML saved as .xls', encodeUtf8('<html><table><tr><td>1</td></tr></table></html>'), 'file-html'],
    ['PDF', encodeUtf8('%PDF-1.4 ...'), 'file-not-table'],
    [
      'PNG',
      Uint8Array.from([
        0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 1, 2, 3, 4, 5, 6, 7, 8,
        9,
      ]),
      'file-not-table',
    ],
  ])('%s → a plain sentence saying what to do', (_label, bytes, code) => {
    const t = sniffFile(bytes, '下载.xlsx');
    expect(t.type).toBe('unsupported');
    if (t.type !== 'unsupported') return;
    expect(t.problem.code).toBe(code);
    expect(t.problem.message.zh).toContain('下载.xlsx');
    expect(t.problem.message.en).toContain('下载.xlsx');
  });
  test('.xlsx by content, whatever the name; CSV text is CSV', () => {
    expect(sniffFile(zipWith('[Content_Types].xml xl/workbook.xml'), 'renamed.csv')).toEqual({ type: 'xlsx' });
    expect(sniffFile(encodeGbk('订单编号,金额\r\n'), 'x.xlsx')).toEqual({ type: 'csv' });
    expect(sniffFile(encodeUtf16le('a\tb'), 'x.txt')).toEqual({ type: 'csv' });
  });
});

describe('a big order report read for computing only', () => {
  const text =
    '导出时间 2026-11-01\r\n"订单编号","收货地址 ","联系手机","买家实际支付金额","宝贝标题","订单付款时间"\r\n="1","杭州市","138","9.90","围巾","2026-10-05 12:00:00"\r\n';
  test('keeps only the columns the engine reads (and the first three, where summary rows say so), and says which file columns they are', () => {
    const r = new CsvSheetReader('o', 'o.csv', { dropUnusedColumns: true });
    r.push(encodeGbk(text));
    const out = r.finish();
    expect(out.ok && out.sheet).toEqual({
      name: 'o',
      rows: [
        ['导出时间 2026-11-01'],
        ['订单编号', '收货地址', '联系手机', '买家实际支付金额', '订单付款时间'],
        ['1', '杭州市', '138', '9.90', '2026-10-05 12:00:00'],
      ],
      columns: [0, 1, 2, 3, 5],
    });
  });
  test('keeps every cell otherwise (the pane writes the whole file)', () => {
    const out = readCsvBytes(encodeGbk(text), 'o', 'o.csv');
    expect(out.ok && out.sheet.rows[2]).toEqual(['1', '杭州市', '138', '9.90', '围巾', '2026-10-05 12:00:00']);
  });
});
