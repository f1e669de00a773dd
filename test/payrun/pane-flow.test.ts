/**
 * Pay-run control in the pane's flow, with the real engine on the corpus's
 * small shop: lock and unlock through the adapter over the Excel fake (the
 * lock lives in the month's Audit sheet), a locked month refused with every
 * sheet byte-identical, the change list before replacing, and two generations
 * that must not interleave.
 */
import { OfficeWorkbook } from '../../src/excel/office-workbook';
import { PayRunRefusal } from '../../src/taskpane/errors';
import { generatePayroll, prepareGeneration, writeGeneration } from '../../src/taskpane/payroll-flow';
import { readMonthOutputs, setMonthLock } from '../../src/taskpane/payrun-flow';
import { scanWorkbook } from '../../src/taskpane/payroll-flow';
import { FakeExcel } from '../excel-fake';
import { baseWorkbook, PERIOD } from '../corpus/builder';

const NOW = new Date('2026-11-03T09:00:00Z');

async function shop() {
  const fake = FakeExcel.empty();
  const port = new OfficeWorkbook(fake.run);
  await port.writeInputSheets(baseWorkbook().sheets);
  await generatePayroll(port, { period: PERIOD, lang: 'zh', now: NOW });
  return { fake, port };
}

const month = async (port: OfficeWorkbook) => readMonthOutputs(port, await scanWorkbook(port), PERIOD);

test('lock → refused regeneration (every sheet byte-identical) → unlock, all recorded in the Audit sheet', async () => {
  const { fake, port } = await shop();
  expect((await month(port)).lock).toBeNull();

  const locked = await setMonthLock(port, PERIOD, 'lock', '财务 王会计', 'zh', new Date('2026-11-05T10:00:00Z'));
  expect(locked).toEqual({ locked: true, by: '财务 王会计', at: '2026-11-05 10:00:00 (UTC)' });
  // Read back from the workbook, as a pane opened later would.
  expect((await month(port)).lock).toEqual(locked);
  expect(fake.sheet(`审计 ${PERIOD}`).protection.protected).toBe(true);
  expect(fake.sheet(`工资表 ${PERIOD}`).protection.protected).toBe(true);

  const before = JSON.stringify(fake.snapshot());
  await expect(generatePayroll(port, { period: PERIOD, lang: 'zh' })).rejects.toThrow(PayRunRefusal);
  await expect(generatePayroll(port, { period: PERIOD, lang: 'zh' })).rejects.toMatchObject({
    code: 'month-locked',
    text: { zh: expect.stringContaining('财务 王会计') },
  });
  expect(JSON.stringify(fake.snapshot())).toBe(before);

  const unlocked = await setMonthLock(port, PERIOD, 'unlock', '店长 李', 'zh', new Date('2026-11-06T10:00:00Z'));
  expect(unlocked).toEqual({ locked: false, by: '店长 李', at: '2026-11-06 10:00:00 (UTC)' });
  const audit = (await month(port)).audit!;
  expect(audit.rows.filter((r) => r[0] === '定稿').map((r) => r.slice(1, 3))).toEqual([
    ['已定稿 (UTC)', '财务 王会计'],
    ['已解锁 (UTC)', '店长 李'],
  ]);
});

test('regenerating after an edit shows the change list first; confirming records it and keeps the lock history', async () => {
  const { fake, port } = await shop();
  await setMonthLock(port, PERIOD, 'lock', '王会计', 'zh', NOW);
  await setMonthLock(port, PERIOD, 'unlock', '王会计', 'zh', NOW);
  // A 200-yuan reward for KF02 added after finance's first look.
  await port.writeInputSheets([
    {
      name: '奖惩',
      rows: [
        ['工号', '日期', '类型', '金额', '原因'],
        ['KF02', '2026-10-20', '奖励', 200, '=HYPERLINK("http://x","好评")'],
      ],
    },
  ]);

  const prepared = await prepareGeneration(port, { period: PERIOD, lang: 'zh' });
  expect(prepared.changes!.agents).toEqual([
    expect.objectContaining({ agentId: 'KF02', components: { awards: [0, 20000] } }),
  ]);
  expect(prepared.changes!.agents[0].grossPayAfter! - prepared.changes!.agents[0].grossPayBefore!).toBe(20000);
  expect(prepared.changes!.inputs).toEqual([expect.objectContaining({ sheet: '奖惩', change: 'added' })]);
  // Nothing written until confirmed.
  expect(fake.sheetNames()).not.toContain('变更');
  await writeGeneration(port, prepared, { period: PERIOD });

  const audit = (await month(port)).audit!;
  const changes = audit.rows.filter((r) => r[0] === '变更');
  expect(changes[1][1]).toBe('KF02 李丽');
  expect(String(changes[1][2])).toContain('+200.00');
  expect(String(changes[1][3])).toContain('=HYPERLINK("http://x","好评")'); // the reason, as text
  expect(fake.sheet(`审计 ${PERIOD}`).formulaCells.size).toBe(0);
  expect(audit.rows.filter((r) => r[0] === '定稿').length).toBe(2);
});

test('two generations do not interleave: the second writer finds the month changed and writes nothing', async () => {
  const { fake, port } = await shop();
  const first = await prepareGeneration(port, { period: PERIOD, lang: 'zh' });
  const second = await prepareGeneration(port, { period: PERIOD, lang: 'zh', now: new Date('2026-11-04T00:00:00Z') });
  await writeGeneration(port, second, { period: PERIOD });
  const after = JSON.stringify(fake.snapshot());
  await expect(writeGeneration(port, first, { period: PERIOD })).rejects.toMatchObject({ code: 'month-changed' });
  expect(JSON.stringify(fake.snapshot())).toBe(after);
});

test('a month never generated cannot be locked', async () => {
  const fake = FakeExcel.empty();
  const port = new OfficeWorkbook(fake.run);
  await port.writeInputSheets(baseWorkbook().sheets);
  await expect(setMonthLock(port, PERIOD, 'lock', 'x', 'en')).rejects.toMatchObject({
    code: 'month-not-generated',
    text: { en: expect.stringContaining('nothing to lock') },
  });
});
