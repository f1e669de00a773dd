/**
 * A downloaded CSV with a byte that is not text in its encoding (a damaged download, a stray byte from another
 * program): read as "�", the cell's 工号 or amount is lost, so the reader says where; and a UTF-8 file with such
 * a byte is still read as UTF-8, not as GBK with every Chinese header garbled.
 */
import { detectEncoding, readCsvBytes } from '../../src/engine/files';
import { encodeGbk, encodeUtf8 } from '../support/gbk';

const HEADER = '订单编号,买家会员名,买家实际支付金额,订单付款时间,商家备忘';
const LINES = [
  HEADER,
  '="35153131473293579",买家甲,201.12,2026-10-05 12:00:00,KF01',
  '="35153131473293580",买家乙,88.00,2026-10-06 09:30:00,KF02 送小样',
  '="35153131473293581",买家丙,50.00,2026-10-07 09:30:00,KF03',
];

/** The bytes with the first byte of `at` (ASCII) replaced by `bad`. */
function damaged(bytes: Uint8Array, at: string, bad: number): Uint8Array {
  const i = Buffer.from(bytes).indexOf(at);
  const out = Uint8Array.from(bytes);
  out[i] = bad;
  return out;
}

describe('a byte that is not text', () => {
  test.each([
    ['GBK', encodeGbk(LINES.join('\r\n') + '\r\n'), 0xff],
    ['UTF-8', encodeUtf8(LINES.join('\n') + '\n', false), 0x80],
  ])(
    '%s: the memo KF02 damaged → read, and the note names file, row 3, column E (商家备忘) and one cell',
    (_, bytes, bad) => {
      const r = readCsvBytes(damaged(bytes, 'KF02', bad), '订单', '订单.csv');
      if (!r.ok) throw new Error(r.problem.code);
      // Every other cell as written: the header and the rows around the damaged cell.
      expect(r.sheet.rows[0]).toEqual(HEADER.split(','));
      expect(r.sheet.rows[3]).toEqual(['35153131473293581', '买家丙', '50.00', '2026-10-07 09:30:00', 'KF03']);
      expect(r.sheet.rows[2][4]).toBe('\ufffdF02 送小样');
      expect(r.notes.map((n) => [n.code, n.file, n.row])).toEqual([['file-csv-undecodable', '订单.csv', 3]]);
      expect(r.notes[0].message.zh).toContain('订单.csv 第 3 行 E 列有无法识别的字节');
      expect(r.notes[0].message.zh).toContain('共 1 个');
      expect(r.notes[0].message.en).toContain('订单.csv: row 3, column E holds bytes that are not text');
    },
  );

  test('a clean file has no such note', () => {
    const r = readCsvBytes(encodeGbk(LINES.join('\r\n') + '\r\n'), '订单', '订单.csv');
    expect(r.ok && r.notes).toEqual([]);
  });

  test('UTF-8 with one damaged byte among its Chinese text is UTF-8; GBK text is still GB18030', () => {
    const utf8 = encodeUtf8(LINES.join('\n'), false);
    expect(detectEncoding(damaged(utf8, 'KF02', 0xff))).toBe('utf-8');
    expect(detectEncoding(encodeGbk(LINES.join('\n')))).toBe('gb18030');
    // Two Chinese words alone decide nothing: too few whole characters to outweigh a broken one.
    expect(detectEncoding(damaged(encodeUtf8('订单,KF02', false), 'KF02', 0xff))).toBe('gb18030');
  });
});
