/**
 * The audit checksum (SHA-256 by @noble/hashes) against Node's crypto: the
 * checksums in the add-in and in the CLI must stay identical, whatever the text.
 */
import { createHash } from 'crypto';
import fc from 'fast-check';
import { Sha256, sheetChecksum, type Hasher } from '../../src/engine/sha256';

const nodeHex = (parts: string[]) => {
  const h = createHash('sha256');
  for (const p of parts) h.update(p, 'utf8');
  return h.digest('hex');
};
const engineHex = (parts: string[]) => {
  const h = new Sha256();
  for (const p of parts) h.update(p);
  return h.hex();
};
const nodeHasher = (): Hasher => {
  const h = createHash('sha256');
  return {
    update: (d) => void (typeof d === 'string' ? h.update(d, 'utf8') : h.update(d)),
    hex: () => h.digest('hex'),
  };
};

describe('SHA-256 of text', () => {
  test('published vectors (FIPS 180-2): empty text and "abc"', () => {
    expect(engineHex([])).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(engineHex([''])).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(engineHex(['abc'])).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(engineHex(['a', 'b', 'c'])).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  test('equals Node crypto on random text in random pieces: ASCII, CJK, emoji, empty pieces', () => {
    const cjk = fc.string({ unit: fc.constantFrom(...'客服绩效订单交易关闭小美暖阳旗舰店，（）'), maxLength: 40 });
    const piece = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 80 }),
      cjk,
      fc.constant(''),
      fc.string({ unit: 'grapheme', maxLength: 20 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (parts) => expect(engineHex(parts)).toBe(nodeHex(parts))),
      { numRuns: 500 },
    );
  });

  test('equals Node crypto across the 1 MB batching boundary and block edges', () => {
    const row = '="4012345678901234567",小美,128.50,2026-10-05 10:00:00\n';
    const parts = Array.from({ length: 40_000 }, (_, i) => `${i}${row}`); // ≈ 2.3 MB: flushed more than once
    expect(engineHex(parts)).toBe(nodeHex(parts));
    for (const n of [55, 56, 63, 64, 65, 119, 120, 128])
      expect(engineHex(['x'.repeat(n)])).toBe(nodeHex(['x'.repeat(n)]));
    expect(engineHex(['客'.repeat(1 << 19)])).toBe(nodeHex(['客'.repeat(1 << 19)]));
  });

  test('sheetChecksum gives the same hex with the built-in hasher and with Node crypto', () => {
    const cell = fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.double({ noNaN: true }),
      fc.constant(null),
      fc.boolean(),
      fc.constant('=SUM(A1)'),
      fc.constant('交易成功'),
    );
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: 6 }), { maxLength: 20 }), (rows) => {
        expect(sheetChecksum(rows)).toBe(sheetChecksum(rows, nodeHasher));
      }),
      { numRuns: 200 },
    );
  });
});
