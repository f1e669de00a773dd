/**
 * Attribution by consultation records at scale: an order sheet filled to
 * Excel's last row (1,048,574 orders) and 2,000,000 consultations, through
 * runPayroll. Prints the engine's time and memory (not asserted: the machine
 * is shared); asserts every order credited to the agent the rule names.
 *
 * Buyer k (k < 500,000) consulted four agents on 2026-10-10 at 08:00, 09:00,
 * 10:00 and 11:00: agent number (k + j) % 4 at hour 8 + j. Every order is
 * created at 10:30 (paid 10:35): the last consultation at or before 10:30 is
 * the 10:00 one, j = 2, so buyer k's orders go to agent (k + 2) % 4. Order i
 * has buyer i % 520,000: buyers 500,000 … 519,999 never consulted (silent).
 */
import { createHash } from 'crypto';
import type { Cell } from '../../src/engine';
import { runPayroll } from '../../src/engine';
import { ORDER_HEADER, ORDERS_NAME, PERIOD, baseWorkbook, sheetOf } from './builder';

const EXCEL_MAX_ROWS = 1_048_576;
const CONSULTING_BUYERS = 500_000;
const BUYERS = 520_000;
const AGENTS = ['KF01', 'KF02', 'KF03', 'KF04'];
const nodeHasher = () => {
  const h = createHash('sha256');
  return { update: (s: string) => void h.update(s, 'utf8'), hex: () => h.digest('hex') };
};
const mb = (n: number) => `${Math.round(n / 1048576)} MB`;

test('1,048,574 orders × 2,000,000 consultations: every order credited by the rule, linear time', () => {
  const wb = baseWorkbook();
  const names = Array.from({ length: BUYERS }, (_, k) => `buyer${k}`);
  const hours = ['2026-10-10 08:00:00', '2026-10-10 09:00:00', '2026-10-10 10:00:00', '2026-10-10 11:00:00'];
  const agentCells = ['暖阳旗舰店:小美', '小丽', 'KF03', '暖阳旗舰店:小安']; // account, nick, 工号, account
  const consultations: Cell[][] = new Array(CONSULTING_BUYERS * 4 + 1);
  consultations[0] = ['买家昵称', '接待客服', '咨询时间', '会话时长'];
  let c = 1;
  // Written hour by hour (not buyer by buyer), as an export sorted by time would be.
  for (let j = 0; j < 4; j++)
    for (let k = 0; k < CONSULTING_BUYERS; k++) consultations[c++] = [names[k], agentCells[(k + j) % 4], hours[j], 60];
  wb.sheets.push({ name: '接待记录', rows: consultations });

  const rows: Cell[][] = new Array(EXCEL_MAX_ROWS - 1);
  rows[0] = [...ORDER_HEADER];
  for (let i = 1; i < EXCEL_MAX_ROWS - 1; i++)
    rows[i] = [
      `31${i}`,
      names[i % BUYERS],
      10,
      0,
      10,
      10,
      '交易成功',
      '2026-10-10 10:30:00',
      '2026-10-10 10:35:00',
      1,
      null,
      0,
    ];
  sheetOf(wb, ORDERS_NAME).rows = rows;

  // Expected, by the rule above, counted in a plain loop (cents: 10 yuan = 1000).
  const orders = EXCEL_MAX_ROWS - 2;
  const expected = [0, 0, 0, 0];
  let silent = 0;
  for (let i = 1; i <= orders; i++) {
    const k = i % BUYERS;
    if (k < CONSULTING_BUYERS) expected[(k + 2) % 4] += 1000;
    else silent += 1000;
  }

  global.gc?.();
  const before = process.memoryUsage();
  const t0 = process.hrtime.bigint();
  const cpu0 = process.cpuUsage();
  const r = runPayroll(wb, { period: PERIOD, makeHasher: nodeHasher });
  const cpu = process.cpuUsage(cpu0);
  const wall = Number(process.hrtime.bigint() - t0) / 1e9;
  const after = process.memoryUsage();
  console.log(
    `consultation attribution at scale: ${orders} orders × ${CONSULTING_BUYERS * 4} consultations — engine ${wall.toFixed(2)} s wall, ${((cpu.user + cpu.system) / 1e6).toFixed(2)} s CPU (checksums included); RSS ${mb(before.rss)} → ${mb(after.rss)}, heap ${mb(before.heapUsed)} → ${mb(after.heapUsed)}`,
  );

  expect(r.shop.orders).toBe(orders);
  const m = new Map(r.agents.map((a) => [a.agent.agentId, a.measures]));
  AGENTS.forEach((id, a) => {
    expect(m.get(id)!.sales).toBe(expected[a]);
    expect(m.get(id)!.bySource.consultation.sales).toBe(expected[a]);
  });
  expect(r.shop.silentSales).toBe(silent);
  expect(r.shop.silentOrders).toBe(silent / 1000);
  expect(r.inputs.find((s) => s.kind === 'consultations')).toMatchObject({ dataRows: CONSULTING_BUYERS * 4 });
}, 600_000); // three million rows built in memory on a shared 2-core machine
