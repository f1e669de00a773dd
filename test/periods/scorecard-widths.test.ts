/** The shop-trend block under the scorecard's narrow first columns shows whole values, never "###". */
import { widenForBlock } from '../../src/engine/output/shop-trend-block';
import type { AfterBlock } from '../../src/engine/output/sheet-spec';

test('the first columns are widened to the block: a range key, an amount with separators, a CJK header', () => {
  const block: AfterBlock = {
    headerRows: 2,
    formats: ['text', 'money', 'percent', 'percent'],
    rows: [
      ['店铺趋势（本期及往期，供图表和以后的趋势读取）'], // the title may run on: not measured
      ['期间', '店铺销售额', '静默销售占比', '询单转化率'],
      ['20261001-20261015', 3313386.49, 0.053, 0.413],
    ],
  };
  // rank 6 → "20261001-20261015" is 17 + 2 = 19; 工号 10 → "¥3,313,386.49" 13 + 2 = 15;
  // 姓名 10 → "静默销售占比" 6 CJK × 2 + 2 = 14; 岗位 undefined (12 by default) → "询单转化率" 5 × 2 + 2 = 12: unchanged;
  // a fifth column is not under the block.
  expect(widenForBlock([6, 10, 10, undefined, 8], block)).toEqual([19, 15, 14, undefined, 8]);
});
