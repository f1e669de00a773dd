/**
 * Input immutability: every input sheet's values are the same (sheetChecksum
 * and a deep copy) after runPayroll + buildOutputSheets + financeCsv +
 * payrollJson + validateWorkbook — and a deeply frozen workbook runs without
 * a single write being attempted.
 */
import type { WorkbookData } from '../../src/engine';
import {
  buildOutputSheets,
  defaultPlanSheet,
  financeCsv,
  generateDemoWorkbook,
  payrollJson,
  runPayroll,
  sheetChecksum,
  validateWorkbook,
} from '../../src/engine';
import { BASE, CHAT_NAME, ORDERS_NAME, appendRows, baseWorkbook, setCell, sheetOf } from '../corpus/builder';
import { hostileWorkbook } from './hostile-workbook';

const PERIOD = '2026-10';

function everything(wb: WorkbookData): void {
  const result = runPayroll(wb, { period: PERIOD });
  for (const lang of ['zh', 'en'] as const) {
    buildOutputSheets(result, lang);
    financeCsv(result, lang);
  }
  payrollJson(result);
  validateWorkbook(wb, PERIOD);
}

function deepFreeze(wb: WorkbookData): WorkbookData {
  for (const s of wb.sheets) {
    for (const row of s.rows) Object.freeze(row);
    Object.freeze(s.rows);
    Object.freeze(s);
  }
  Object.freeze(wb.sheets);
  return Object.freeze(wb);
}

/** A messy shop: duplicates, 延迟统计, summary rows, text amounts, Plan sheet, QA and adjustments. */
function messyWorkbook(): WorkbookData {
  const wb = baseWorkbook({
    extra: [
      defaultPlanSheet('zh'),
      {
        name: '质检',
        rows: [
          ['工号', '日期', '质检项目', '扣分', '致命项'],
          ['KF01', '2026-10-05', '回复慢', 2, '否'],
          ['KF02', '2026-10-06', '泄露买家信息', 10, '是'],
        ],
      },
      {
        name: '奖惩',
        rows: [
          ['工号', '日期', '类型', '金额', '原因'],
          ['KF03', '2026-10-02', '违规', null, '迟到'],
          ['KF03', null, '违规', null, '早退'],
          ['KF01', '2026-10-05', '奖励', '¥10', '发现错误'],
        ],
      },
      {
        name: '目标',
        rows: [
          ['工号', '指标', '目标'],
          ['KF01', '询单转化率', '52%'],
        ],
      },
      {
        name: '绩效 2026-09',
        rows: [
          ['工号', '等级'],
          ['KF02', '不达标'],
        ],
      },
    ],
  });
  appendRows(wb, ORDERS_NAME, [...sheetOf(wb, ORDERS_NAME).rows[1]], ['合计', null, null, null, null, 9999]);
  setCell(wb, ORDERS_NAME, BASE.orderRow(1), '买家实际支付金额', '1,150.00');
  setCell(wb, CHAT_NAME, 3, '询单最终付款人数', '延迟统计');
  return wb;
}

const CASES: [string, () => WorkbookData][] = [
  ['base shop', () => baseWorkbook()],
  ['messy shop (plan, QA, adjustments, targets, history)', messyWorkbook],
  ['hostile text', () => hostileWorkbook()],
  ['demo shop (600 orders)', () => generateDemoWorkbook({ period: PERIOD, agents: 10, orders: 600, seed: 3 })],
];

describe.each(CASES)('%s', (_name, make) => {
  test('every input sheet has the same checksum and values after a full run', () => {
    const wb = make();
    const copy = structuredClone(wb);
    const before = wb.sheets.map((s) => ({ name: s.name, rows: s.rows.length, checksum: sheetChecksum(s.rows) }));
    everything(wb);
    const after = wb.sheets.map((s) => ({ name: s.name, rows: s.rows.length, checksum: sheetChecksum(s.rows) }));
    expect(after).toEqual(before);
    expect(wb).toEqual(copy);
  });

  test('a deeply frozen workbook runs: no write to an input is ever attempted', () => {
    expect(() => everything(deepFreeze(make()))).not.toThrow();
  });
});
