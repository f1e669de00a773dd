/**
 * A realistic Taobao 订单报表 sheet for adapter tests and the benchmark:
 * 13 columns, `="…"` order numbers, Chinese text, amounts (some as text),
 * blanks, date strings and serials, and a few hostile memo cells.
 */
import { ORDER_HEADER } from '../corpus/builder';

export type InputCell = string | number | boolean | null;

/** The corpus's 订单报表 header and a 客服 column. */
export const ORDER_HEADERS = [...(ORDER_HEADER as string[]), '客服'];

const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周'];
const GIVEN = ['小美', '大伟', '晓燕', '建国', '丽娜', '子涵', '浩然', '欣怡', '一鸣', '雨桐'];
const AGENTS = ['旗舰店:小美', '旗舰店:阿杰', '旗舰店:晓晓', '专卖店:小林', '专卖店:安妮'];
const STATUS = ['交易成功', '交易成功', '交易成功', '卖家已发货，等待买家确认', '等待买家付款', '交易关闭'];
const MEMOS = [
  '',
  '',
  '',
  '1003',
  '工号1007 催付',
  '=HYPERLINK("http://x","y")',
  '+1',
  '-2',
  '@SUM(A1)',
  '\t制表符开头',
  '退款中，勿发',
];

/** Small deterministic generator (mulberry32). */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

/** "1,234.50": an amount exported as text. */
const withCommas = (n: number): string => n.toFixed(2).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/** Header row plus `count` order rows. */
export function orderRows(count: number, seed = 42): InputCell[][] {
  const rnd = random(seed);
  const pick = <T>(xs: T[]): T => xs[Math.floor(rnd() * xs.length)];
  const rows: InputCell[][] = [ORDER_HEADERS.slice()];
  for (let i = 0; i < count; i++) {
    const id = `2026${pad(i, 8)}${pad(Math.floor(rnd() * 1e7), 7)}`; // 19 digits: more than a double holds
    const goods = Math.round(rnd() * 50000) / 100;
    const postage = rnd() < 0.7 ? 0 : 10;
    const total = Math.round((goods + postage) * 100) / 100;
    const status = pick(STATUS);
    const paid = status !== '等待买家付款' && status !== '交易关闭';
    const day = 1 + Math.floor(rnd() * 31);
    const created = `2026-10-${pad(day)} ${pad(Math.floor(rnd() * 24))}:${pad(Math.floor(rnd() * 60))}:${pad(Math.floor(rnd() * 60))}`;
    const refund = rnd() < 0.9 ? 0 : rnd() < 0.5 ? Math.round(goods * 50) / 100 : `¥${(goods / 2).toFixed(2)}`;
    rows.push([
      i % 2 === 0 ? `="${id}"` : id,
      `${pick(SURNAMES)}${pick(GIVEN)}${Math.floor(rnd() * 10000)}`,
      goods,
      postage,
      i % 97 === 0 ? withCommas(total) : total,
      paid ? total : null,
      status,
      created,
      paid ? (i % 5 === 0 ? 46296 + day + Math.round(rnd() * 1000) / 1000 : created) : null,
      1 + Math.floor(rnd() * 5),
      pick(MEMOS),
      refund,
      rnd() < 0.8 ? pick(AGENTS) : null,
    ]);
  }
  return rows;
}
