// planImport on its own: progress while a big CSV is read, names by kind, cells as the workbook takes them.
import { importCell, planImport, ImportError } from '../../src/taskpane/import-files';
import { encodeGbk } from '../support/gbk';

const picked = (name: string, bytes: Uint8Array) => ({ name, bytes: async () => bytes });

test('a 4.6 MB order CSV reports progress in steps and becomes 订单报表', async () => {
  const rows = ['"订单编号","买家会员名","买家实际支付金额","订单付款时间"'];
  for (let i = 0; i < 70000; i++)
    rows.push(`="3515313147329357${String(i).padStart(5, '0')}","tb${i}","12.50","2026-10-05 12:00:00"`);
  const bytes = encodeGbk(rows.join('\r\n') + '\r\n');
  expect(bytes.length).toBeGreaterThan(4 * 1024 * 1024);
  const seen: number[] = [];
  const plan = await planImport([picked('ExportOrderList.csv', bytes)], true, (f) => seen.push(f));
  expect(seen.length).toBeGreaterThanOrEqual(3); // 2 MB slices
  expect(seen[seen.length - 1]).toBe(1);
  expect(seen).toEqual([...seen].sort((a, b) => a - b));
  expect(plan.sheets.map((s) => s.name)).toEqual(['订单报表']);
  expect(plan.sheets[0].rows).toHaveLength(70001);
  expect(plan.sheets[0].rows[70000]).toEqual(['351531314732935769999', 'tb69999', 12.5, '2026-10-05 12:00:00']);
});

test('importCell: short plain numbers become numbers; long digit strings, phones and text stay text', () => {
  expect(importCell('201.12')).toBe(201.12);
  expect(importCell('0')).toBe(0);
  expect(importCell('35153131473293579')).toBe('35153131473293579');
  expect(importCell('13800000000')).toBe('13800000000');
  expect(importCell('00123')).toBe('00123');
  expect(importCell('22.22%')).toBe('22.22%');
  expect(importCell('=1+1')).toBe('=1+1');
});

test('two unreadable files: one sentence each, nothing planned', async () => {
  const err = await planImport(
    [
      picked('a.xls', Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])),
      picked('b.csv', new Uint8Array(0)),
    ],
    true,
  ).catch((e) => e);
  expect(err).toBeInstanceOf(ImportError);
  expect((err as ImportError).issues.map((i) => i.code)).toEqual(['file-xls', 'file-empty']);
});
