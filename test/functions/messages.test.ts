/**
 * Every reason a CS.* cell gives, in the manager's language: Chinese by
 * default and for a Chinese Office, English for an English Office, and the
 * pane's remembered choice above both (one shared runtime). Each expected text
 * is written out by hand from the catalog's wording and the call's arguments.
 */
import {
  AOV,
  BANDSCORE,
  COMMISSION,
  CONVERSION,
  GRADE,
  MEMOAGENTS,
  NETSALES,
  REFUNDRATE,
  REPLYRATE,
  SCORE,
  TIERBONUS,
  UPT,
  WEIGHTED,
} from '../../src/functions/functions';
import { toCell } from '../../src/functions/args';
import { ArgumentError, formulas } from '../../src/engine';
import { col, r, run, v, withDisplayLanguage } from '../support/cell';

type Call = () => number | string;

const BOUNDS = r([50000, 100000]);
const RATES = r([0.005, 0.01, 0.015]);
const ROSTER = col('KF07', 'KF12');
const BANDS = '优 ≥ 90 → 100, 差 → 0';

/** [what, call, cell error, Chinese, English]. */
const VALUE_ERRORS: [string, Call, string, string][] = [
  [
    'text for a number',
    () => CONVERSION(v('abc'), v(3)),
    '询单人数：“abc” 不是数字',
    'inquiries: "abc" is not a number',
  ],
  [
    'a cell inside a range',
    () => CONVERSION(col(10, 'x12'), col(1, 1)),
    '询单人数（第 2 行第 1 列）：“x12” 不是数字',
    'inquiries (row 2, column 1): "x12" is not a number',
  ],
  ['TRUE for a count', () => CONVERSION(v(true), v(0)), '询单人数：TRUE 不是数字', 'inquiries: TRUE is not a number'],
  ['NaN', () => AOV(v(Number.NaN), v(1)), '销售额：NaN 不是有效数字', 'sales: NaN is not a finite number'],
  [
    'an error value as Excel writes it (basicValue)',
    () => AOV(v({ type: 'Error', errorType: 'Div0', basicValue: '#DIV/0!' }), v(1)),
    '销售额：#DIV/0! 是错误值',
    'sales: #DIV/0! is an error value',
  ],
  [
    'an error value passed in',
    () => AOV(v({ type: 'Error', errorType: 'Div0' }), v(1)),
    '销售额：Div0 是错误值',
    'sales: Div0 is an error value',
  ],
  [
    'a negative count in a range',
    () => CONVERSION(col(10, -2), v(1)),
    '询单人数（第 2 行第 1 列）：-2 不能为负数',
    'inquiries (row 2, column 1): -2 must not be negative',
  ],
  [
    'a negative amount (engine)',
    () => NETSALES(v(-5), v(0), v(0)),
    '买家实际支付金额：-5 不能为负数',
    'paid: -5 must not be negative',
  ],
  [
    'a fraction of a person',
    () => CONVERSION(col(100, 40.5), col(50, 20)),
    '询单人数（第 2 行第 1 列）：40.5 不是整数',
    'inquiries (row 2, column 1): 40.5 is not a whole number',
  ],
  ['a negative actual (engine)', () => SCORE(v(-1), v(1)), '实际值：-1 不能为负数', 'actual: -1 must not be negative'],
  [
    'two ranges of different sizes',
    () => CONVERSION(col(100, 100, 100), col(50, 56)),
    '区域大小不一致（单元格数：询单人数 3、询单最终付款人数 2）',
    'ranges differ in size (cells: inquiries 3, paidBuyers 2)',
  ],
  [
    'three ranges of different sizes',
    () => NETSALES(col(1, 2, 3), col(0, 0), v(0)),
    '区域大小不一致（单元格数：买家实际支付金额 3、买家应付邮费 2、退款金额 1）',
    'ranges differ in size (cells: paid 3, postage 2, refund 1)',
  ],
  [
    'scores and weights of different sizes (engine)',
    () => WEIGHTED(r([100, 90, 80]), r([50, 50])),
    '区域大小不一致（单元格数：得分 3、权重 2）',
    'ranges differ in size (cells: scores 3, weights 2)',
  ],
  [
    'a range for one value',
    () => GRADE(r([90, 95])),
    '总分：只能是单个值，不能是 2 个单元格的区域',
    'score: expects one value, got a range of 2 cells',
  ],
  [
    'a blank required value',
    () => TIERBONUS(0.58, null, 800, 0.02, 400),
    '起点：不能为空',
    'start: a value is required',
  ],
  [
    'a flag that is not one',
    () => SCORE(v(1), v(1), 'maybe'),
    '越低越好：“maybe” 应为 TRUE 或 FALSE',
    'lowerIsBetter: "maybe" is not TRUE or FALSE',
  ],
  [
    'an unknown mode',
    () => COMMISSION(v(1), BOUNDS, RATES, 'progressive'),
    '计算方式：“progressive” 无效，应为 “marginal” 或 “flat”',
    'mode: "progressive" must be "marginal" or "flat"',
  ],
  ['a cap of 0 (engine)', () => SCORE(v(1), v(1), false, 0), '封顶倍数：0 应大于 0', 'cap: 0 must be positive'],
  ['a step of 0 (engine)', () => TIERBONUS(0.58, 0.5, 800, 0, 400), '阶梯：0 应大于 0', 'step: 0 must be positive'],
  [
    'more unreplied than received (engine)',
    () => REPLYRATE(v(5), v(6)),
    '未回复人数（6）超过了接待人数（5）',
    'unreplied (6) exceeds received (5)',
  ],
  [
    'a negative weight (engine)',
    () => WEIGHTED(r([100, 90]), r([50, -50])),
    '权重的第 2 项“-50”应为非负数',
    'weights item 2 (-50) must be a non-negative number',
  ],
  [
    'a negative bound (engine)',
    () => COMMISSION(v(1), r([-1, 5]), RATES),
    '分档上限的第 1 项“-1”应为非负数',
    'bounds item 1 (-1) must be a non-negative number',
  ],
  [
    'a negative rate (engine)',
    () => COMMISSION(v(1), BOUNDS, r([0.005, -0.01, 0.015])),
    '提成比例的第 2 项“-0.01”应为非负数',
    'rates item 2 (-0.01) must be a non-negative number',
  ],
  [
    'rates not one more than bounds (engine)',
    () => COMMISSION(v(1), BOUNDS, r([0.01, 0.02])),
    '提成比例应比分档上限多一项（分档上限 2 项，提成比例 2 项）',
    'rates need one more entry than bounds (bounds 2, rates 2)',
  ],
  [
    'bounds not ascending (engine)',
    () => COMMISSION(v(1), r([100000, 50000]), RATES),
    '分档上限应从小到大排列',
    'bounds must be ascending',
  ],
  [
    'a not-available cell where every cell must be a number',
    () => WEIGHTED(r([100, 90]), r([50, '-'])),
    '权重（第 1 行第 2 列）：“-” 不是数字',
    'weights (row 1, column 2): "-" is not a number',
  ],
  ['no agentIds', () => MEMOAGENTS('KF07', col(null, '')), '花名册工号：没有提供工号', 'agentIds: no agentId given'],
  ['no bands', () => BANDSCORE(v(80), ' , '), '没有写评分分段', 'no band given'],
  [
    'bands it cannot read',
    () => BANDSCORE(v(80), '优秀就给一百分'),
    '分段“优秀就给一百分”应写成“优 ≥ 90 → 100”的形式',
    'band "优秀就给一百分" is not of the form "优 ≥ 90 → 100"',
  ],
  [
    'a band number it cannot read',
    () => BANDSCORE(v(80), '优 ≥ 1.2.3 → 100'),
    '分段“优 ≥ 1.2.3 → 100”中有无法读取的数字',
    'band "优 ≥ 1.2.3 → 100" has a number that cannot be read',
  ],
];

const NOT_AVAILABLE: [string, Call, string, string][] = [
  [
    'a 延迟统计 cell in a sum',
    () => CONVERSION(col(100, '延迟统计'), v(50)),
    '询单人数（第 2 行第 1 列）：“延迟统计”数据不可用',
    'inquiries (row 2, column 1): "延迟统计" is not available',
  ],
  [
    'CONVERSION with no inquiries',
    () => CONVERSION(v(0), v(0)),
    '询单人数为 0，转化率不可用',
    'No inquiries: conversion not available',
  ],
  ['AOV with no buyers', () => AOV(v(100), v(0)), '销售人数为 0，客单价不可用', 'No buyers: AOV not available'],
  ['UPT with no buyers', () => UPT(v(4), v(0)), '销售人数为 0，客件数不可用', 'No buyers: UPT not available'],
  [
    'REPLYRATE with nobody received',
    () => REPLYRATE(v(0), v(0)),
    '接待人数为 0，回复率不可用',
    'Nobody received: reply rate not available',
  ],
  [
    'REFUNDRATE with nothing paid',
    () => REFUNDRATE(v(0), v(0)),
    '支付金额为 0，退款率不可用',
    'Nothing paid: refund rate not available',
  ],
  [
    'MEMOAGENTS finding nobody',
    () => MEMOAGENTS('顾客要求发顺丰', ROSTER),
    '备注中没有花名册里的工号',
    'No roster agentId in the memo',
  ],
  ['SCORE with a blank actual', () => SCORE(v(null), v(0.5)), '实际值或目标不可用', 'Actual or target not available'],
  ['WEIGHTED with no score', () => WEIGHTED(r([null, '']), r([50, 50])), '没有可用的得分', 'No score available'],
  ['BANDSCORE with a blank value', () => BANDSCORE(v(null), BANDS), '实际值不可用', 'Value not available'],
  ['a function with no reason of its own', () => toCell(() => null), '数据不可用', 'not available'],
];

function messageOf(call: Call, code: string): string {
  const out = run(call);
  if ('value' in out) throw new Error(`expected ${code}, got the value ${JSON.stringify(out.value)}`);
  expect(out.error).toBe(code);
  return out.message;
}

describe.each([
  ['#VALUE!', VALUE_ERRORS],
  ['#N/A', NOT_AVAILABLE],
] as const)('%s', (code, cases) => {
  it.each(cases)('%s: Chinese by default', (_what, call, zh) => {
    expect(messageOf(call, code)).toBe(zh);
  });
  it.each(cases)('%s: Chinese in a Chinese Office', (_what, call, zh) => {
    expect(withDisplayLanguage('zh-CN', () => messageOf(call, code))).toBe(zh);
  });
  it.each(cases)('%s: English in an English Office', (_what, call, _zh, en) => {
    expect(withDisplayLanguage('en-US', () => messageOf(call, code))).toBe(en);
  });
});

describe('the language of the messages', () => {
  const call = () => CONVERSION(v('abc'), v(3));
  afterEach(() => {
    delete (globalThis as { localStorage?: unknown }).localStorage;
  });
  function rememberPaneChoice(lang: string): void {
    const saved: Record<string, string> = { 'cs-performance.lang': lang };
    (globalThis as { localStorage?: unknown }).localStorage = {
      getItem: (k: string) => saved[k] ?? null,
      setItem: () => undefined,
    };
  }

  it('any non-Chinese Office reads English; a Chinese one (zh-TW too) Chinese', () => {
    expect(withDisplayLanguage('fr-FR', () => messageOf(call, '#VALUE!'))).toBe('inquiries: "abc" is not a number');
    expect(withDisplayLanguage('zh-TW', () => messageOf(call, '#VALUE!'))).toBe('询单人数：“abc” 不是数字');
  });
  it("the pane's remembered choice wins over Office's language, both ways", () => {
    rememberPaneChoice('en');
    expect(withDisplayLanguage('zh-CN', () => messageOf(call, '#VALUE!'))).toBe('inquiries: "abc" is not a number');
    rememberPaneChoice('zh');
    expect(withDisplayLanguage('en-US', () => messageOf(call, '#VALUE!'))).toBe('询单人数：“abc” 不是数字');
  });
  it('storage that throws (blocked in some webviews) falls back to Office’s language', () => {
    (globalThis as { localStorage?: unknown }).localStorage = {
      getItem: () => {
        throw new Error('SecurityError');
      },
    };
    expect(withDisplayLanguage('en-US', () => messageOf(call, '#VALUE!'))).toBe('inquiries: "abc" is not a number');
  });
  it('an unexpected exception reaches the cell as plain words, never its own text', () => {
    const log = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const boom = () =>
      toCell(() => {
        throw new TypeError("Cannot read properties of undefined (reading 'x')");
      });
    expect(messageOf(boom, '#VALUE!')).toBe('计算时出现意外问题，请检查参数后重试');
    expect(withDisplayLanguage('en-US', () => messageOf(boom, '#VALUE!'))).toBe(
      'something unexpected went wrong in the calculation; check the arguments and try again',
    );
    expect(log).toHaveBeenCalled();
    log.mockRestore();
  });
  it('a value that looks like a placeholder or a formula is shown as written', () => {
    expect(messageOf(() => CONVERSION(v('{arg}'), v(1)), '#VALUE!')).toBe('询单人数：“{arg}” 不是数字');
    expect(messageOf(() => CONVERSION(v('=1+1'), v(1)), '#VALUE!')).toBe('询单人数：“=1+1” 不是数字');
  });
});

describe('the engine formulas called directly (the payroll never passes these)', () => {
  it('a value that is not a number names the argument in both languages; `message` is the English text', () => {
    const error = (() => {
      try {
        formulas.conversion(Number.NaN, 1);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(ArgumentError);
    expect((error as ArgumentError).text).toEqual({ zh: '询单人数：应为数字', en: 'inquiries must be a number' });
    expect((error as ArgumentError).message).toBe('inquiries must be a number');
    expect(() => formulas.commission(Number.POSITIVE_INFINITY, [], [0.01])).toThrow('sales must be a number');
  });
});
