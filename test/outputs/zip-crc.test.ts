/**
 * Each entry of a written .xlsx carries the CRC-32 of its content, as the zip
 * format asks and as Excel and `unzip -t` check it: the CRC recorded in the
 * central directory is compared with one computed here, bit by bit from the
 * polynomial, over the entry inflated by fflate.
 */
import { unzipSync } from 'fflate';
import { buildOutputSheets, generateDemoWorkbook, outputProps, runPayroll, type SheetSpec } from '../../src/engine';
import { xlsxBytes } from '../../src/cli/xlsx-write-package';

/** CRC-32 (IEEE 802.3, reflected polynomial 0xEDB88320), one bit at a time: slow, and independent of any table. */
function crc32Reference(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const b of bytes) {
    crc ^= b;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

/** Name → CRC-32 as the central directory records it (signature 0x02014b50; CRC at +16, name length at +28, name at +46). */
function recordedCrcs(zip: Uint8Array): Map<string, number> {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const out = new Map<string, number>();
  for (let at = 0; at + 46 <= zip.length; at++) {
    if (view.getUint32(at, true) !== 0x02014b50) continue;
    const nameLength = view.getUint16(at + 28, true);
    const name = new TextDecoder().decode(zip.subarray(at + 46, at + 46 + nameLength));
    out.set(name, view.getUint32(at + 16, true));
  }
  return out;
}

test('every entry of a written workbook records the CRC-32 of its inflated content', () => {
  const data = generateDemoWorkbook({ period: '2026-10', agents: 8, orders: 3000, seed: 3 });
  const result = runPayroll(data, { period: '2026-10', lang: 'zh' });
  // A sheet of 40,000 rows besides: its part is written and compressed in several 1 MB pieces, the CRC carried across them.
  const long: SheetSpec = {
    ...buildOutputSheets(result, 'zh')[0],
    name: 'long',
    rows: Array.from({ length: 40_000 }, (_, i) => [`第 ${i} 行 · row ${i} ${'客服'.repeat(i % 7)}`, i, i / 7]),
    columns: buildOutputSheets(result, 'zh')[0].columns.slice(0, 3),
    tableName: undefined,
    totalsRow: undefined,
    after: undefined,
    boldRows: undefined,
    dateCells: undefined,
  };
  const zip = new Uint8Array(xlsxBytes([...buildOutputSheets(result, 'zh'), long], outputProps(result)));
  const entries = unzipSync(zip);
  const crcs = recordedCrcs(zip);
  expect([...crcs.keys()].sort()).toEqual(Object.keys(entries).sort());
  expect(Math.max(...Object.values(entries).map((e) => e.length))).toBeGreaterThan(3 << 20);
  for (const [name, content] of Object.entries(entries))
    expect([name, crcs.get(name)]).toEqual([name, crc32Reference(content)]);
});

test('the reference CRC-32 gives the check value of the standard', () => {
  // "123456789" → 0xCBF43926, the CRC-32 check value every implementation is tested against.
  expect(crc32Reference(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
});
