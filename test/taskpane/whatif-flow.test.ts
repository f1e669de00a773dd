/** 工资测算 from the pane, without React: a 工号 not on the payroll is refused in both languages and nothing is written. */
import { generateDemoWorkbook } from '../../src/engine';
import { describeError } from '../../src/taskpane/errors';
import { scanWorkbook } from '../../src/taskpane/payroll-flow';
import { whatIfFor } from '../../src/taskpane/whatif-flow';
import { MemoryPort } from './memory-port';

test("an agent ID not on the period's payroll is refused, naming it, in Chinese and English; nothing is written", async () => {
  const demo = generateDemoWorkbook({ period: '2026-10', agents: 6, orders: 300, seed: 2 });
  const port = new MemoryPort(Object.fromEntries(demo.sheets.map((s) => [s.name, s.rows])));
  const err = await whatIfFor(port, await scanWorkbook(port), null, 'KF999', { period: '2026-10', lang: 'zh' }).catch(
    (e: unknown) => e,
  );
  expect(describeError(err)).toEqual({
    kind: 'refused',
    code: 'whatif-unknown-agent',
    message: {
      zh: '工号“KF999”不在 2026-10 的工资表中（不在花名册，或本期不在岗），无法测算。',
      en: 'Agent ID "KF999" is not on the 2026-10 payroll (not on the roster, or not employed this period): no what-if.',
    },
  });
  expect(port.written).toEqual([]);
});
