/**
 * The order loop's fast pieces against the plain versions they replace:
 * the string hash table, in-place memo scanning, the duplicate finder, and
 * the status check that skips normalising. Each must give exactly the plain
 * answer, including when two different strings share a 32-bit hash.
 */
import fc from 'fast-check';
import { hashRange, hashString, StringSet } from '../../src/engine/hashing';
import { DistinctBuyers } from '../../src/engine/distinct-buyers';
import { MemoIds, scanMemo } from '../../src/engine/memo';
import { memoAgents } from '../../src/engine/formulas';
import { KeyedRows, RowRef, sharedHashes } from '../../src/engine/sheets/duplicates';
import { Table } from '../../src/engine/sheets/table';
import {
  foldWidth,
  cellText,
  generalCellText,
  isPlainTextIn,
  isPlainText,
  isSummaryRow,
  isSummaryWord,
  mayBeSummaryText,
  normalizeKey,
  SUMMARY_COLUMNS,
} from '../../src/engine/text';
import { isBlank, isBlankText, type Cell } from '../../src/engine/cell';
import { cellText as csvCellText, isCellTextAsIs } from '../../src/engine/files/csv-cell';
import {
  fastDate,
  fastDateIn,
  fastIso,
  fastIsoIn,
  fastSlashed,
  fastSlashedIn,
  parseDate,
  serialOf,
} from '../../src/engine/dates';
import { CLOSED_STATUSES, isClosed, plainlyOpen } from '../../src/engine/parse/order-status';
import { isPlainWrapped, plainWrappedHash } from '../../src/engine/parse/order-classify';
import {
  numberOf,
  parseFormattedNumber,
  parseNumber,
  plainDecimal,
  plainDecimalIn,
  yuanDecimal,
} from '../../src/engine/numbers';
import { BASE, ORDERS_NAME, baseWorkbook, setCell } from '../corpus/builder';
import { run } from '../corpus/expect';

/** Two different strings with the same hashString, found by brute force (a 32-bit hash collides within ~10^5 strings). */
function collidingPair(prefix: string): [string, string] {
  const seen = new Map<number, string>();
  for (let i = 0; ; i++) {
    const s = `${prefix}${i}`;
    const h = hashString(s);
    const other = seen.get(h);
    if (other !== undefined) return [other, s];
    seen.set(h, s);
  }
}
const [COLLIDE_A, COLLIDE_B] = collidingPair('tb');

describe('hashing', () => {
  test('two different buyer names with one hash exist (so the tables below are tested on a real collision)', () => {
    expect(COLLIDE_A).not.toBe(COLLIDE_B);
    expect(hashString(COLLIDE_A)).toBe(hashString(COLLIDE_B));
  });

  test('hashRange of a slice equals hashString of the slice; upper-cased equals hashString of the upper-cased slice', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), fc.nat(), fc.nat(), (s, a, b) => {
        const start = Math.min(a, b) % (s.length + 1);
        const end = Math.max(start, Math.max(a, b) % (s.length + 1));
        const slice = s.slice(start, end);
        expect(hashRange(s, start, end, false)).toBe(hashString(slice));
        expect(hashRange(s, start, end, true)).toBe(hashString(slice.replace(/[a-z]/g, (c) => c.toUpperCase())));
      }),
    );
  });

  test('StringSet counts exactly what a Set counts, through growth and collisions', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom(COLLIDE_A, COLLIDE_B, '', '小美')), {
          maxLength: 400,
        }),
        fc.integer({ min: 1, max: 64 }),
        (names, expected) => {
          const set = new StringSet(expected);
          for (const n of names) set.add(n);
          expect(set.size).toBe(new Set(names).size);
        },
      ),
    );
    const set = new StringSet(4);
    set.add(COLLIDE_A);
    set.addHashed(COLLIDE_B, hashString(COLLIDE_B));
    set.add(COLLIDE_A);
    expect(set.size).toBe(2);
  });
});

/**
 * The memo scanner before it was made to work in place: fold, upper-case, regex, written the plain way. A
 * token of digits names the digit-only 工号 of the same number (007 and 07 → 7) when only one 工号 is that
 * number, and nobody when it belongs to a date, time, amount or quantity by what touches it. A roster letter
 * prefix, a separator (spaces with at most one - or _ among them, or a - or _ alone, or none) and digits name
 * the 工号 of those letters and digits (KF 01, KF  01, KF - 01 → KF01).
 */
function referenceMemoAgents(
  memo: string,
  ids: ReadonlySet<string>,
): { found: string[]; unknown: string[]; ambiguous: string[] } {
  const found: string[] = [];
  const unknown: string[] = [];
  const ambiguous: string[] = [];
  const folded = foldWidth(memo).toUpperCase();
  const lettersDigits = (id: string) => /^([A-Z]+)[-_ ]?(\d+)$/.exec(id);
  const prefixes = new Set([...ids].map((id) => lettersDigits(id)?.[1]));
  // Spaces (with at most one - or _) join a roster prefix to the digits after it; the run is marked with as many ~
  // (no memo piece has one; same length, so positions hold, and the run as written is still in `folded`).
  const text = folded.replace(/(?<![A-Z0-9])([A-Z]+)( +[-_]? *|[-_] +)(?=\d)/g, (m, l: string, sep: string) =>
    prefixes.has(l) ? `${l}${'~'.repeat(sep.length)}` : m,
  );
  const number = (digits: string) => digits.replace(/^0+(?=\d)/, '');
  const idsOf = (tok: string): string[] => {
    if (ids.has(tok)) return [tok];
    if (!/^\d+$/.test(tok)) return [];
    return [...ids].filter((id) => /^\d+$/.test(id) && number(id) === number(tok));
  };
  const partOfDateOrAmount = (tok: string, at: number): boolean => {
    const before = text.slice(0, at);
    const after = text.slice(at + tok.length);
    // 客服1号 / 1号客服: an agent's number, not the day 1号.
    const agentNumber = /^号客服/.test(after) || (/^号/.test(after) && /客服[ :]*$/.test(before));
    return (
      /^\d+$/.test(tok) &&
      (/\d[-:.]$/.test(before) ||
        /^[-:.]\d/.test(after) ||
        /[年月¥$双满减送买第]$/.test(before) ||
        inSlashDate(tok, before, after) ||
        (/^[年月日号时点分秒天周个件只套盒瓶包袋条张支元块角斤克折次单份%]/.test(after) && !agentNumber))
    );
  };
  // 2026/10/11, 2026/10 or 11/10/2026: the slash-joined digits around the token, split at the slashes.
  const inSlashDate = (tok: string, before: string, after: string): boolean => {
    if (!before.endsWith('/') && !after.startsWith('/')) return false;
    const g = `${/[\d/]*$/.exec(before)![0]}${tok}${/^[\d/]*/.exec(after)![0]}`.split('/');
    const year = (y: string) => y.length === 4 && (y.startsWith('19') || y.startsWith('20'));
    const upTo = (d: string, max: number) => d.length >= 1 && d.length <= 2 && +d >= 1 && +d <= max;
    const short = (d: string) => d.length >= 1 && d.length <= 2;
    if (year(g[0])) return (g.length === 2 || (g.length === 3 && upTo(g[2], 31))) && upTo(g[1], 12);
    return g.length === 3 && year(g[2]) && short(g[0]) && short(g[1]);
  };
  /** The 工号 of letters and digits as one (KF01 for KF 01, KF-01, or KF01 for roster KF-01), undefined for no prefix and digits. */
  const takePrefixed = (letters: string, sep: string, digits: string): boolean | undefined => {
    if (!prefixes.has(letters) || !/^\d+$/.test(digits)) return undefined;
    const named = [...ids].filter((id) => lettersDigits(id)?.[1] === letters && lettersDigits(id)?.[2] === digits);
    if (named.length === 0) unknown.push(letters + digits);
    else if (named.length > 1) ambiguous.push(letters + sep + digits);
    else if (!found.includes(named[0])) found.push(named[0]);
    return true;
  };
  const takeToken = (tok: string, at: number): void => {
    if (take(tok, at)) return;
    const m = /^([A-Z]+)(\d+)$/.exec(tok);
    if (!m || takePrefixed(m[1], '', m[2]) === undefined) unknown.push(tok);
  };
  /** False when the token names no 工号 at all (an unknown token). */
  const take = (tok: string, at: number): boolean => {
    const named = idsOf(tok);
    if (named.length === 0) return false;
    if (partOfDateOrAmount(tok, at)) return true;
    if (named.length > 1) ambiguous.push(tok);
    else if (!found.includes(named[0])) found.push(named[0]);
    return true;
  };
  for (const m of text.matchAll(/[A-Z0-9]+(?:(?:[-_]|~+)[A-Z0-9]+)*/g)) {
    // The token as written: its ~ runs are the spaces and dashes they mark.
    const tok = folded.slice(m.index, m.index + m[0].length);
    if (!/[-_ ]/.test(tok)) {
      takeToken(tok, m.index);
      continue;
    }
    if (take(tok, m.index)) continue;
    const parts = m[0].split(/[-_]|~+/);
    const seps = m[0].match(/[-_]|~+/g)!.map((sep) => sep.length);
    let at = m.index;
    for (let k = 0; k < parts.length; k++) {
      const sepAt = at + parts[k].length;
      const sep = k < seps.length ? folded.slice(sepAt, sepAt + seps[k]) : '';
      const pair = k + 1 < parts.length ? takePrefixed(parts[k], sep, parts[k + 1]) : undefined;
      if (pair === undefined) {
        takeToken(parts[k], at);
        at = sepAt + sep.length;
      } else {
        k++;
        at = sepAt + sep.length + parts[k].length + (k < seps.length ? seps[k] : 0);
      }
    }
  }
  return { found, unknown, ambiguous };
}

describe('memo scanning', () => {
  const ids = new Set(['KF07', 'KF12', 'KF1', 'A-1', 'XW', '7', '011', '11', '3', '003', 'B-2', 'B2']);
  const memoIds = new MemoIds(ids);
  // Pieces real memos are made of, and the awkward ones: lower case, full width, dotless ı, joiners, CJK,
  // punctuation, dates, times, amounts and quantities around numbers.
  const piece = fc.constantFrom(
    'KF07',
    'kf12',
    'Kf1',
    'KF',
    '07',
    'A-1',
    'a_1',
    'A1',
    'b 2',
    'B_2',
    'B',
    'KF 07',
    'kf 12',
    'KF 99',
    'KF-07',
    'KF  07',
    'KF - 12',
    'kf- 07',
    'KF -- 07',
    'SF 11',
    'iPhone 15',
    'XW',
    'xw',
    '7',
    '-',
    '_',
    '/',
    ' ',
    '#',
    ':',
    '：',
    '，',
    '.',
    '客服',
    '工号',
    '发顺丰',
    'ＫＦ０７',
    'ı',
    'ǅ',
    'é',
    '\u3000',
    'KF07-KF12',
    'KF07_XW',
    'SF123',
    '12',
    '007',
    '0',
    '11',
    '0011',
    '3',
    '03',
    '月',
    '日',
    '号',
    '件',
    '元',
    '%',
    '双',
    '送',
    '¥',
    '￥',
    '2026-10-11',
    '2026/10/11',
    '2026/',
    '/2026',
    '１１',
  );
  const memoArb = fc.array(piece, { maxLength: 12 }).map((p) => p.join(''));

  test('scanMemo finds what the fold + upper-case + regex reference finds, in order, with the same unknown and ambiguous tokens', () => {
    fc.assert(
      fc.property(memoArb, (memo) => {
        const found: number[] = [99];
        const unknown: string[] = ['stale'];
        const ambiguous: string[] = ['stale'];
        const n = scanMemo(memo, memoIds, found, { unknown, ambiguous });
        const ref = referenceMemoAgents(memo, ids);
        expect(found.slice(0, n).map((i) => memoIds.key(i))).toEqual(ref.found);
        expect(unknown).toEqual(ref.unknown);
        expect(ambiguous).toEqual(ref.ambiguous);
        expect(memoAgents(memo, ids)).toEqual(ref.found);
      }),
      { numRuns: 3000 },
    );
  });

  test('examples: lower case, joined IDs, full width, and a letter that only upper-cases to ASCII', () => {
    const scan = (memo: string) => {
      const found: number[] = [];
      return found.slice(0, scanMemo(memo, memoIds, found)).map((i) => memoIds.key(i));
    };
    expect(scan('客服:kf07/KF12 发顺丰')).toEqual(['KF07', 'KF12']);
    expect(scan('KF07-KF12')).toEqual(['KF07', 'KF12']);
    expect(scan('ＫＦ０７ 已核对')).toEqual(['KF07']);
    expect(scan('xı')).toEqual([]); // "XI": not XW
    expect(scan('A-1')).toEqual(['A-1']);
  });
});

describe('duplicate finder', () => {
  const sheet = { name: 'S', rows: [['key'] as (string | null)[]] };
  const table = new Table(sheet, 0, new Map([['key', 0]]));

  /** Group rows by key the obvious way. */
  function reference(keys: string[]): Map<string, number[]> {
    const m = new Map<string, number[]>();
    keys.forEach((k, i) => m.set(k, [...(m.get(k) ?? []), i + 1]));
    return new Map([...m].filter(([, rows]) => rows.length > 1));
  }

  for (const mode of ['keys kept', 'keys read again from the row'] as const) {
    test(`groups rows by key exactly (${mode}), first row first, conflicts decided against the first`, () => {
      fc.assert(
        fc.property(
          fc.array(fc.constantFrom('3100001', '3100002', '3100003', COLLIDE_A, COLLIDE_B, 'x'), { maxLength: 60 }),
          (keys) => {
            sheet.rows = [['key'], ...keys.map((k) => [k])];
            const keyAt = mode === 'keys kept' ? undefined : (r: RowRef) => cellText(r.table.sheet.rows[r.index][0]);
            const rows = new KeyedRows([table], keyAt);
            keys.forEach((k, i) => rows.push(k, 0, i + 1));
            // A row "differs" when its index is odd: the conflict flag must follow the first row's comparison with every later one.
            const dups = rows.duplicates((a, b) => a.index % 2 === b.index % 2);
            const want = reference(keys);
            // In the order each key was first seen, as a Map filled row by row has them.
            expect([...dups.keys()]).toEqual([...want.keys()]);
            for (const [k, idx] of want) {
              const d = dups.get(k)!;
              expect(d.rows.map((r) => r.index)).toEqual(idx);
              expect(d.first.index).toBe(idx[0]);
              expect(d.conflict).toBe(idx.some((i) => i % 2 !== idx[0] % 2));
            }
          },
        ),
        { numRuns: 300 },
      );
    });
  }
});

describe('rows whose hash repeats (sharedHashes, a radix sort)', () => {
  test('are exactly the positions whose hash occurs more than once, ascending', () => {
    const hash = fc.oneof(fc.integer(), fc.constantFrom(0, -1, 1, 2047, 2048, -2147483648, 2147483647), fc.nat(40));
    fc.assert(
      fc.property(fc.array(hash, { maxLength: 3000 }), fc.nat(20), (list, spare) => {
        const hashes = new Int32Array(list.length + spare);
        hashes.set(list);
        const times = new Map<number, number>();
        for (const h of list) times.set(h, (times.get(h) ?? 0) + 1);
        const want = list.flatMap((h, i) => (times.get(h)! > 1 ? [i] : []));
        expect([...sharedHashes(hashes, list.length)]).toEqual(want);
      }),
      { numRuns: 200 },
    );
  });
});

describe('closed statuses', () => {
  // The base's order 2 (tb_bob, ¥150 to KF02) with a status that may mean closed after payment: refund = paid when it does.
  const cases: [string, boolean][] = [
    ['交易关闭', true],
    ['交易 关闭', true],
    ['已关闭', true],
    ['Closed', true],
    ['TradeClosed', true],
    ['ｃｌｏｓｅｄ', true],
    ['交易成功', false],
    ['买家已付款，等待卖家发货', false],
    ['卖家已发货（等待买家确认）', false],
    ['dispatched', false],
  ];
  test.each(cases)('%s → closed: %s', (status, closed) => {
    const wb = baseWorkbook();
    setCell(wb, ORDERS_NAME, BASE.orderRow(1), '订单状态', status);
    const r = run(wb);
    expect(r.agent('KF02').sales).toBe(closed ? BASE.sales.KF02 - 150 : BASE.sales.KF02);
    expect(r.issues('order-closed-refunded').length).toBe(closed ? 1 : 0);
  });
});

describe("payment times in the export's format", () => {
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  /** A day (up to the 28th: one of every month) and a second of it. */
  const moment = fc.tuple(
    fc.integer({ min: 1900, max: 2999 }),
    fc.integer({ min: 1, max: 12 }),
    fc.integer({ min: 1, max: 28 }),
    fc.integer({ min: 0, max: 86399 }),
  );
  const clock = (t: number) => [Math.floor(t / 3600), Math.floor((t % 3600) / 60), t % 60];
  test('fastIso equals serialOf for any valid time, whatever month came before (its month cache)', () => {
    fc.assert(
      fc.property(fc.array(moment, { minLength: 1, maxLength: 20 }), (times) => {
        for (const [y, m, d, t] of times) {
          const [hh, mi, ss] = clock(t);
          expect(fastIso(`${y}-${pad(m)}-${pad(d)} ${pad(hh)}:${pad(mi)}:${pad(ss)}`)).toBe(
            serialOf(y, m, d, hh, mi, ss),
          );
          expect(fastIso(`${y}-${pad(m)}-${pad(d)}`)).toBe(serialOf(y, m, d));
        }
      }),
    );
  });

  test("Excel's slashed form (yyyy/M/d H:mm[:ss], parts of one or two digits): fastSlashed equals the general parser and the calendar", () => {
    fc.assert(
      fc.property(moment, fc.boolean(), fc.constantFrom('date', 'minutes', 'seconds'), ([y, m, d, t], padded, form) => {
        const [hh, mi, ss] = clock(t);
        const p = (n: number) => (padded ? pad(n) : String(n));
        const date = `${y}/${p(m)}/${p(d)}`;
        const text = form === 'date' ? date : `${date} ${p(hh)}:${pad(mi)}${form === 'seconds' ? `:${pad(ss)}` : ''}`;
        const seconds = form === 'date' ? 0 : hh * 3600 + mi * 60 + (form === 'seconds' ? ss : 0);
        const fast = fastSlashed(text);
        // The calendar, independently: days since 1899-12-30 by Date.UTC.
        expect(fast).toBeCloseTo((Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86400000 + seconds / 86400, 9);
        // A leading space keeps the text from every shortcut: the general parser reads it (it trims).
        expect(fast).toBe((parseDate(` ${text}`) as { value: number }).value);
        expect(fastDate(text)).toBe(fast);
      }),
    );
  });

  test('for any text of digits, slashes, colons and spaces, fastSlashed reads nothing the general parser reads otherwise', () => {
    const unit = fc.constantFrom(...'0123456789/: T.');
    fc.assert(
      fc.property(
        fc.string({ unit, minLength: 8, maxLength: 19 }),
        fc.string({ unit, maxLength: 15 }).map((rest) => `2026/${rest}`),
        (any, dated) => {
          for (const s of [any, dated]) {
            const fast = fastSlashed(s);
            if (fast === null) continue;
            expect(parseDate(` ${s}`)).toEqual({ kind: 'value', value: fast });
          }
        },
      ),
      { numRuns: 3000 },
    );
  });

  test('serial numbers: fastDate equals parseDate, and leaves 20261101-style numbers and the out of range to it', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.double({ min: -10, max: 3e6, noNaN: true }),
          fc.constantFrom(0, 1, 46326.99999999, 2958465.9, 2958466),
        ),
        (v) => {
          const fast = fastDate(v);
          if (fast !== null) expect(parseDate(v)).toEqual({ kind: 'value', value: fast });
          else expect(v < 1 || v >= 2958466).toBe(true);
        },
      ),
    );
    // By hand: 46326.99999999 is shown as 2026-11-01 00:00:00 and read so; 20261101 is a yyyymmdd date, not a serial.
    expect(fastDate(46326.99999999)).toBe(46327);
    expect(fastDate(20261101)).toBeNull();
    expect(parseDate(20261101)).toEqual({ kind: 'value', value: 46327 });
  });

  test('not the format, or not a date: left to the general parser', () => {
    for (const s of [
      '2026-02-30 10:00:00',
      '2026-13-01',
      '20ab-10-05',
      '2026-10-05 24:00:00',
      '2026/10/05 10:00:00',
      '2026-10-5',
    ])
      expect(fastIso(s)).toBeNull();
    for (const s of [
      '2026/10/05T10:00',
      '2026/13/01',
      '2026/2/30',
      '2026/10/5 24:00',
      '2026/10/5 9:60',
      '2026/10/5 9:5:',
      '2026/10/5 21:11:00.5',
      '2026/100/5',
      '2026/10/5 ',
      '2026/10/5  9:05',
      '2026-10-05 10:00:00',
      '２０２６/10/5',
    ])
      expect(fastSlashed(s)).toBeNull();
  });
});

describe('the open-status shortcut (plainlyOpen) never hides a closed status', () => {
  const decorated = (w: string) => [
    w,
    w.toUpperCase(),
    ` ${w} `,
    w.split('').join(' '),
    w.split('').join('\u3000'),
    w.normalize('NFKD'),
    toFullWidth(w),
    `${w}\u200b`,
  ];
  test('every closed-status word, and the forms it takes in exports, fails plainlyOpen and reads as closed', () => {
    expect(CLOSED_STATUSES.size).toBeGreaterThan(0);
    for (const word of CLOSED_STATUSES) {
      for (const form of decorated(word)) {
        expect([form, plainlyOpen(form)]).toEqual([form, false]);
        expect([form, isClosed(form)]).toEqual([form, true]);
      }
    }
  });

  test('for any status text, isClosed equals the plain check without the shortcut', () => {
    // Characters of the closed words, their full-width and decomposed look-alikes, spaces and common punctuation.
    const pieces = [
      '交',
      '易',
      '关',
      '闭',
      '已',
      '订',
      '单',
      '成',
      '功',
      'c',
      'l',
      'o',
      's',
      'e',
      'd',
      'D',
      'T',
      'r',
      'a',
      'ｃ',
      'ｌ',
      'ｏ',
      'ｓ',
      'ｅ',
      'ｄ',
      'Ｄ',
      ' ',
      '\u3000',
      '\u00a0',
      '，',
      '（',
      '）',
      '\u0301',
      'ǆ',
      'ⅾ',
      '\u24d3',
    ];
    const status = fc.oneof(
      fc.array(fc.constantFrom(...pieces), { maxLength: 14 }).map((a) => a.join('')),
      fc.string({ unit: 'binary', maxLength: 10 }),
    );
    fc.assert(
      fc.property(status, (s) => {
        expect(isClosed(s)).toBe(
          CLOSED_STATUSES.has(
            s
              .normalize('NFKC')
              .replace(/[\s\u00a0\u3000\u200b\ufeff]+/g, '')
              .toLowerCase(),
          ),
        );
      }),
      { numRuns: 1000 },
    );
  });
});

describe('order numbers hashed in place (isPlainWrapped)', () => {
  test('a plainly wrapped number hashes exactly as its cell text, so the first pass keys it as the second pass reads it', () => {
    const inner = fc.string({ unit: 'binary', maxLength: 24 });
    fc.assert(
      fc.property(inner, fc.constantFrom('="', '= "', '=', '"'), (s, open) => {
        const cell = `${open}${s}"`;
        if (!isPlainWrapped(cell)) return;
        expect(cellText(cell)).toBe(s);
        expect(hashRange(cell, 2, cell.length - 1, false)).toBe(hashString(cellText(cell)));
      }),
      { numRuns: 3000 },
    );
    expect(isPlainWrapped('="4012345678901234567"')).toBe(true);
    expect(isPlainWrapped('="A-12"')).toBe(true);
    expect(isPlainWrapped('=""')).toBe(false);
    expect(isPlainWrapped('="12"3"')).toBe(false);
    expect(isPlainWrapped('="１２３"')).toBe(false);
  });

  test('checked and hashed in one loop: the hash of its cell text when plainly wrapped, else null', () => {
    const cells = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 24 }).chain((s) => fc.constantFrom(`="${s}"`, `= "${s}"`, `"${s}"`, s)),
      fc.oneof(fc.integer(), fc.boolean(), fc.constant(null)),
    );
    fc.assert(
      fc.property(cells, (cell) => {
        const plain = isPlainWrapped(cell) ? hashString(cellText(cell)) : null;
        expect(plainWrappedHash(cell)).toBe(plain);
      }),
      { numRuns: 3000 },
    );
    // Worked out by hand from the rules: wrapped ASCII hashes as its inside; an inner quote, a full-width digit or no wrapping is null.
    expect(plainWrappedHash('="3000202610000090019"')).toBe(hashString('3000202610000090019'));
    expect(plainWrappedHash('="A-12"')).toBe(hashString('A-12'));
    expect(plainWrappedHash('="12"3"')).toBeNull();
    expect(plainWrappedHash('="１２３"')).toBeNull();
    expect(plainWrappedHash('3000202610000090019')).toBeNull();
    expect(plainWrappedHash(46300.5)).toBeNull();
  });
});

function toFullWidth(s: string): string {
  return s.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
}

describe('plain decimal text read without the general number parser', () => {
  const plainish = fc.string({ unit: fc.constantFrom(...'0123456789.-+, e¥￥元１'), maxLength: 12 });
  const withYuan = fc.tuple(fc.constantFrom('¥', '￥'), plainish).map(([sign, rest]) => sign + rest);
  const cell = fc.oneof(
    plainish,
    withYuan,
    fc.string({ maxLength: 8 }),
    fc.double(),
    fc.constantFrom(null, true, '', ' ', '-', '延迟统计', '-0', '5.', '.5', '007', '1e5'),
  );

  test('for any cell, parseNumber and numberOf agree with the general reader (parseFormattedNumber)', () => {
    fc.assert(
      fc.property(cell, (v) => {
        const general = parseFormattedNumber(v);
        expect(parseNumber(v)).toEqual(general);
        const n = numberOf(v);
        // numberOf answers only what the general reader reads as that very number (-0 included); NaN otherwise.
        if (!Number.isNaN(n)) expect(general).toEqual({ kind: 'value', value: n });
        if (!Number.isNaN(n)) expect(Object.is((general as { value: number }).value, n)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  test('examples: what is plain, and what is left to the general reader', () => {
    expect(plainDecimal('128.50')).toBe(128.5);
    expect(plainDecimal('-3')).toBe(-3);
    expect(Object.is(plainDecimal('-0'), -0)).toBe(true);
    expect(plainDecimal('5.')).toBe(5);
    for (const s of ['', '-', '.5', '1.2.3', '1,234', '¥12', ' 12', '12 ', '+1', '1e5', '１２', '--1', '-.5'])
      expect(plainDecimal(s)).toBeNaN();
  });

  test('examples: a yuan sign before plain decimal text', () => {
    expect(yuanDecimal('¥128.50')).toBe(128.5);
    expect(yuanDecimal('￥-3')).toBe(-3);
    expect(parseNumber('¥99.90')).toEqual({ kind: 'value', value: 99.9 });
    for (const s of ['¥', '¥ 12', '¥1,234', '12¥', '¥¥1', '$12', '¥１２', '¥+1', 'RMB12'])
      expect(yuanDecimal(s)).toBeNaN();
  });
});

describe('plain cell text returned as it is (isPlainText)', () => {
  const unit = fc.constantFrom(
    ...'tb17 KF075发顺丰交易成功=" \u3000\u00a0\t\nＡａ１－ｱ·é😀'.split(''),
    '\ud83d',
    '\ufeff',
    '\u200b',
    '\u2028',
    '\u1680',
    'ı',
  );
  test('for any text, cellText equals the general reading (fold, trim, unwrap)', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit, maxLength: 12 }),
          fc.string({ maxLength: 12 }),
          fc.string({ unit: 'grapheme', maxLength: 6 }),
        ),
        (s) => {
          expect(cellText(s)).toBe(generalCellText(s));
          if (isPlainText(s)) expect(generalCellText(s)).toBe(s);
        },
      ),
      { numRuns: 5000 },
    );
  });

  test('examples: buyer nicks, memos and statuses are plain; ends with spaces, `=` or full-width forms are not', () => {
    for (const s of ['tb17334731', 'KF075 发顺丰', '交易成功', 'a']) expect(isPlainText(s)).toBe(true);
    for (const s of ['', ' a', 'a ', '="1"', 'ａ', 'a\u3000b', 'a\tb', 'é']) expect(isPlainText(s)).toBe(false);
    expect(cellText(' 小美 ')).toBe('小美');
    expect(cellText('="4012"')).toBe('4012');
  });

  test('summary rows: a long plain first cell starting like a summary word is no summary; the words themselves are', () => {
    expect(isSummaryRow(['tb17334731', 'x'])).toBe(false);
    expect(isSummaryRow(['subtotal:', 'x'])).toBe(true);
    expect(isSummaryRow(['Subtotal', 'x'])).toBe(true);
    expect(isSummaryRow(['subtotals', 'x'])).toBe(false);
    expect(isSummaryRow(['汇总值', 1])).toBe(true);
  });

  test('summary rows: equal to the plain reading of every cell (normalised, colon dropped) in the first columns or the first non-blank', () => {
    const WORDS = new Set(['汇总', '汇总值', '合计', '均值', '总计', '平均', '平均值', '全店', 'total', 'totals']);
    for (const w of ['average', 'sum', 'subtotal', '小计']) WORDS.add(w);
    const plainWord = (c: unknown) =>
      typeof c === 'string' && c.length <= 12 && WORDS.has(normalizeKey(c).replace(/[:：]$/, ''));
    const plainRow = (row: Cell[]) => {
      if (row.slice(0, SUMMARY_COLUMNS).some(plainWord)) return true;
      const first = row.slice(SUMMARY_COLUMNS).find((c) => c !== null && c !== undefined && String(c).trim() !== '');
      return first !== undefined && plainWord(first);
    };
    const unit = fc.constantFrom(...'tTaAsSuUm汇总值合计均平店小1 :：\u3000ｔＳ'.split(''));
    const word = fc.oneof(
      fc.string({ unit, maxLength: 10 }),
      fc.constantFrom('Total', 'SUM:', 'subtotal', '合计：', ' 汇总 ', 'tb3310142', 'sum1', 'Average', '小计'),
    );
    const cell = fc.oneof(word, fc.constantFrom(null, '', ' ', 0, 12.5, true));
    fc.assert(
      fc.property(fc.array(cell, { maxLength: 6 }), (row) => {
        expect(isSummaryRow(row)).toBe(plainRow(row));
      }),
      { numRuns: 5000 },
    );
  });
});

describe('distinct buyers per agent, counted after the orders (DistinctBuyers)', () => {
  test('equals a Set of names per agent, through growth, with names sharing a hash and names given as ranges', () => {
    const name = fc.oneof(fc.string({ maxLength: 4 }), fc.constantFrom(COLLIDE_A, COLLIDE_B, '小美', 'tb1'));
    // A name as a range of a longer text (as the row store shows it), or alone.
    const sale = fc.tuple(fc.nat(7), name, fc.string({ maxLength: 3 }), fc.string({ maxLength: 3 }), fc.boolean());
    fc.assert(
      fc.property(fc.array(sale, { maxLength: 300 }), fc.integer({ min: 1, max: 40 }), (sales, expected) => {
        const buyers = new DistinctBuyers(expected);
        const plain = new Map<number, Set<string>>();
        for (const [agent, n, before, after, inText] of sales) {
          // Copies of the names (new strings, as a store cuts them), so that only their text can make them equal.
          const text = inText ? before + n + after : (' ' + n).slice(1);
          const from = inText ? before.length : 0;
          buyers.add(agent, text, from, from + n.length, hashString(n));
          plain.set(agent, (plain.get(agent) ?? new Set()).add(n));
        }
        const counts = buyers.countByAgent(8);
        for (let a = 0; a < 8; a++) expect(counts[a]).toBe(plain.get(a)?.size ?? 0);
      }),
    );
    const buyers = new DistinctBuyers(1);
    for (const n of [COLLIDE_A, COLLIDE_B, COLLIDE_A]) buyers.add(2, n, 0, n.length, hashString(n));
    // Ranges of one text: 'tb1' twice (at 0 and at 5), and 'tb12', which starts like it: two buyers.
    const text = 'tb12 tb1';
    buyers.add(1, text, 0, 3, hashString('tb1'));
    buyers.add(1, text, 0, 4, hashString('tb12'));
    buyers.add(1, text, 5, 8, hashString('tb1'));
    expect([...buyers.countByAgent(3)]).toEqual([0, 2, 2]);
  });
});

describe('plain text in place (isPlainTextIn): what cellText returns as it is', () => {
  test('is isPlainText of the slice, and cellText leaves such text as it is', () => {
    const unit = fc.constantFrom(...'ab1 =\t"小美　', '\u0001', '~', '\u007f', '\u00a0');
    const part = (maxLength: number) => fc.string({ unit, maxLength });
    fc.assert(
      fc.property(part(6), part(8), part(6), (a, b, c) => {
        const text = a + b + c;
        expect(isPlainTextIn(text, a.length, a.length + b.length)).toBe(isPlainText(b));
        // Independently of isPlainText: printable ASCII and CJK only, no space at either end, no leading '='.
        const plain = /^[\x20-\x7e\u4e00-\u9fff]+$/.test(b) && !/^[= ]|[ ]$/.test(b);
        expect(isPlainText(b)).toBe(plain);
        if (plain) expect(cellText(b)).toBe(b);
      }),
    );
  });
});

describe('cells read in place, as a range of a longer text (what the row store shows, RowSource.view)', () => {
  /** Text with s at a random place: [text, from, to]. */
  const embedded = (s: fc.Arbitrary<string>) =>
    fc
      .tuple(fc.string({ unit: fc.constantFrom(...'0123456789.-/: 年'), maxLength: 6 }), s, fc.string({ maxLength: 6 }))
      .map(([before, mid, after]) => [before + mid + after, before.length, before.length + mid.length] as const);

  test('plainDecimalIn of a range is plainDecimal of the slice, and any plain decimal text reads as Number reads it', () => {
    const digits = fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 1, maxLength: 22 });
    const decimal = fc
      .tuple(fc.boolean(), digits, fc.option(fc.string({ unit: fc.constantFrom(...'0123456789'), maxLength: 8 })))
      .map(([neg, whole, frac]) => `${neg ? '-' : ''}${whole}${frac === null ? '' : `.${frac}`}`);
    const any = fc.string({ unit: fc.constantFrom(...'0123456789.-+e '), maxLength: 26 });
    fc.assert(
      fc.property(embedded(fc.oneof(decimal, any)), ([text, from, to]) => {
        const slice = text.slice(from, to);
        const n = plainDecimalIn(text, from, to);
        expect(Object.is(n, plainDecimal(slice))).toBe(true);
        // Independently: Number reads every plain decimal text (up to 24 characters) to the same double, -0 included.
        if (/^-?\d+(\.\d*)?$/.test(slice) && slice.length <= 24) expect(Object.is(n, Number(slice))).toBe(true);
        else expect(n).toBeNaN();
      }),
      { numRuns: 5000 },
    );
    // By hand: 15 digits are worked out, 16 are left to Number; both exact.
    expect(plainDecimal('1234567890123.45')).toBe(1234567890123.45);
    expect(plainDecimal('12345678901234.56')).toBe(12345678901234.56);
    expect(plainDecimal('0.1')).toBe(0.1);
    expect(plainDecimal('89.19')).toBe(89.19);
  });

  test('fastDateIn of a range is fastDate of the slice, whatever text is around it (no read past its end)', () => {
    const unit = fc.constantFrom(...'0123456789/-: ');
    const iso = fc
      .tuple(fc.integer({ min: 2000, max: 2099 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }))
      .map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')} 10:20:30`);
    const slashed = fc
      .tuple(
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 28 }),
        fc.constantFrom('', ' 9', ' 9:05', ' 21:11:0'),
      )
      .map(([m, d, time]) => `2026/${m}/${d}${time}`);
    fc.assert(
      fc.property(
        embedded(fc.oneof(iso, slashed, fc.string({ unit, minLength: 8, maxLength: 19 }))),
        ([text, from, to]) => {
          const slice = text.slice(from, to);
          expect(fastDateIn(text, from, to)).toBe(fastDate(slice));
          expect(fastIsoIn(text, from, to)).toBe(fastIso(slice));
          expect(fastSlashedIn(text, from, to)).toBe(fastSlashed(slice));
        },
      ),
      { numRuns: 5000 },
    );
    // By hand: a slashed date that stops where the next text goes on with a colon or digits is read alone.
    expect(fastSlashedIn('2026/10/5 9:05:33', 0, 14)).toBe(fastSlashed('2026/10/5 9:05'));
    expect(fastSlashedIn('2026/10/5/', 0, 9)).toBe(serialOf(2026, 10, 5));
  });

  test('isBlankText, isCellTextAsIs and mayBeSummaryText of a range decide as isBlank, cellText and isSummaryWord of the slice', () => {
    const unit = fc.constantFrom(...'tTaAsS合计汇总 =".1\t\u3000\u00a0x'.split(''));
    fc.assert(
      fc.property(embedded(fc.string({ unit, maxLength: 16 })), ([text, from, to]) => {
        const slice = text.slice(from, to);
        expect(isBlankText(text, from, to)).toBe(isBlank(slice));
        // As is: only where csv cellText leaves the text as it is (it may say no where it would: then the cell is cut).
        if (isCellTextAsIs(text, from, to)) expect(csvCellText(slice)).toBe(slice);
        if (!mayBeSummaryText(text, from, to)) expect(isSummaryWord(slice)).toBe(false);
      }),
      { numRuns: 5000 },
    );
    // By hand: what the order report's amounts, times and order numbers look like is read as is, and no summary word.
    for (const s of ['10.00', '2026-10-01 00:00:00', '300000000000000000']) {
      expect(isCellTextAsIs(s, 0, s.length)).toBe(true);
      expect(mayBeSummaryText(s, 0, s.length)).toBe(false);
    }
    for (const s of ['="1"', ' 1', '1 ', '']) expect(isCellTextAsIs(s, 0, s.length)).toBe(false);
    for (const s of ['Total', 'tb_buyer1', ' 合计', '合计']) expect(mayBeSummaryText(s, 0, s.length)).toBe(true);
  });
});
