/**
 * The workbook's claim (src/taskpane/workbook-lease.ts) with the real engine
 * on the corpus's small shop: two panes — two adapters over one fake
 * workbook, each its own pane id — racing to generate, a double click in one
 * pane, a live claim refused with a message, an expired one taken over, and a
 * claim lost before writing. The claim lives in the fake's workbook.settings.
 */
import { OfficeWorkbook } from '../../src/excel/office-workbook';
import { prepareGeneration, writeGeneration } from '../../src/taskpane/payroll-flow';
import { setMonthLock } from '../../src/taskpane/payrun-flow';
import { LEASE_KEY, WorkbookLease, withLease } from '../../src/taskpane/workbook-lease';
import { FakeExcel } from '../excel-fake';
import { baseWorkbook, PERIOD } from '../corpus/builder';

const AUDIT = `审计 ${PERIOD}`;

async function workbook() {
  const fake = FakeExcel.empty();
  await new OfficeWorkbook(fake.run).writeInputSheets(baseWorkbook().sheets);
  // Two task panes on the same workbook: each its own adapter over the same Excel.
  return { fake, paneA: new OfficeWorkbook(fake.run), paneB: new OfficeWorkbook(fake.run) };
}

/** As the pane does it: read and compute, then write holding the workbook's claim. */
async function generateIn(port: OfficeWorkbook, pane: string, now: Date) {
  const prepared = await prepareGeneration(port, { period: PERIOD, lang: 'zh', now });
  return withLease(port, pane, 'generate', PERIOD, (lease) =>
    writeGeneration(port, prepared, { period: PERIOD, lease }),
  );
}
const generatedAt = (fake: FakeExcel) =>
  fake
    .snapshot()
    .find((s) => s.name === AUDIT)!
    .values.find((r) => r[1] === '生成时间 (UTC)')?.[2];
/** The Excel serial of a UTC time (jest runs in UTC: test/setup/utc.ts), counted by hand: 2026-11-03 is day 46,329. */
const serialOf = (day: number, h: number, m: number, s: number) => day + (h * 3600 + m * 60 + s) / 86_400;
const claimOf = (fake: FakeExcel) =>
  fake.model.settings.has(LEASE_KEY) ? JSON.parse(fake.model.settings.get(LEASE_KEY)!) : null;

test('two panes generating at the same moment: exactly one writes, the other is told and writes nothing', async () => {
  const { fake, paneA, paneB } = await workbook();
  const [a, b] = await Promise.allSettled([
    generateIn(paneA, 'pane-A', new Date('2026-11-03T09:00:00Z')),
    generateIn(paneB, 'pane-B', new Date('2026-11-03T09:00:01Z')),
  ]);
  const won = [a, b].filter((r) => r.status === 'fulfilled');
  const lost = [a, b].filter((r): r is PromiseRejectedResult => r.status === 'rejected');
  expect(won).toHaveLength(1);
  expect(lost).toHaveLength(1);
  expect(lost[0].reason).toMatchObject({
    code: 'workbook-busy',
    text: {
      zh: expect.stringContaining('另一个窗格正在生成 2026-10'),
      en: expect.stringContaining('Another pane is generating 2026-10'),
    },
  });
  // One set of outputs, from the winner; its claim is gone.
  expect(fake.sheetNames().filter((n) => n.startsWith('审计'))).toEqual([AUDIT]);
  expect(generatedAt(fake)).toBeCloseTo(serialOf(46_329, 9, 0, a.status === 'fulfilled' ? 0 : 1), 8);
  expect(claimOf(fake)).toBeNull();
  // Afterwards the other pane generates normally.
  await generateIn(paneB, 'pane-B', new Date('2026-11-03T10:00:00Z'));
  expect(generatedAt(fake)).toBeCloseTo(serialOf(46_329, 10, 0, 0), 8);
});

test('a double click in one pane: the second run is refused as this pane’s own, the first completes', async () => {
  const { fake, paneA } = await workbook();
  const [first, second] = await Promise.allSettled([
    generateIn(paneA, 'pane-A', new Date('2026-11-03T09:00:00Z')),
    generateIn(paneA, 'pane-A', new Date('2026-11-03T09:00:00Z')),
  ]);
  const refused = [first, second].filter((r): r is PromiseRejectedResult => r.status === 'rejected');
  expect(refused).toHaveLength(1);
  expect(refused[0].reason).toMatchObject({
    code: 'workbook-busy',
    text: { zh: '本窗格正在生成 2026-10，请等它完成后再试。' },
  });
  expect(fake.sheetNames().filter((n) => n.startsWith('审计'))).toEqual([AUDIT]);
});

test('a live claim of another pane refuses a generation and a lock with a message, leaving every sheet as it was', async () => {
  const { fake, paneA } = await workbook();
  await generateIn(paneA, 'pane-A', new Date('2026-11-03T09:00:00Z'));
  const now = Date.now();
  fake.model.settings.set(
    LEASE_KEY,
    JSON.stringify({
      token: 't-other',
      owner: 'pane-B',
      task: 'lock',
      period: PERIOD,
      since: now - 1000,
      expires: now + 60_000,
    }),
  );
  const before = JSON.stringify(fake.snapshot());
  await expect(generateIn(paneA, 'pane-A', new Date())).rejects.toMatchObject({
    code: 'workbook-busy',
    text: {
      zh: expect.stringMatching(/^另一个窗格正在定稿 2026-10（\d\d:\d\d 开始）.*占用将于 \d\d:\d\d 自动失效。$/),
    },
  });
  await expect(
    withLease(paneA, 'pane-A', 'lock', PERIOD, () => setMonthLock(paneA, PERIOD, 'lock', '王会计', 'zh')),
  ).rejects.toMatchObject({ code: 'workbook-busy' });
  expect(JSON.stringify(fake.snapshot())).toBe(before);
  expect(claimOf(fake).token).toBe('t-other'); // another pane's claim is never removed
});

test('an expired claim (a pane closed mid-run) is taken over', async () => {
  const { fake, paneA } = await workbook();
  fake.model.settings.set(
    LEASE_KEY,
    JSON.stringify({
      token: 't-dead',
      owner: 'pane-B',
      task: 'generate',
      period: PERIOD,
      since: Date.now() - 600_000,
      expires: Date.now() - 1,
    }),
  );
  await generateIn(paneA, 'pane-A', new Date('2026-11-03T09:00:00Z'));
  expect(generatedAt(fake)).toBeCloseTo(serialOf(46_329, 9, 0, 0), 8);
  expect(claimOf(fake)).toBeNull();
});

test('a claim taken over before writing (the run outlived it): nothing is written', async () => {
  const { fake, paneA } = await workbook();
  await generateIn(paneA, 'pane-A', new Date('2026-11-03T09:00:00Z'));
  const before = JSON.stringify(fake.snapshot());
  const lease = await WorkbookLease.claim(paneA, 'pane-A', 'generate', PERIOD);
  const prepared = await prepareGeneration(paneA, { period: PERIOD, lang: 'zh' });
  // Meanwhile another pane found the claim expired and took it.
  fake.model.settings.set(
    LEASE_KEY,
    JSON.stringify({
      token: 't-B',
      owner: 'pane-B',
      task: 'generate',
      period: PERIOD,
      since: Date.now(),
      expires: Date.now() + 60_000,
    }),
  );
  await expect(writeGeneration(paneA, prepared, { period: PERIOD, lease })).rejects.toMatchObject({
    code: 'workbook-claim-lost',
    text: { zh: expect.stringContaining('结果没有写入') },
  });
  expect(JSON.stringify(fake.snapshot())).toBe(before);
  await lease.release();
  expect(claimOf(fake).token).toBe('t-B');
});

test('the claim is let go when a run fails, so the next one is not blocked', async () => {
  const { fake, paneA } = await workbook();
  await generateIn(paneA, 'pane-A', new Date('2026-11-03T09:00:00Z'));
  const prepared = await prepareGeneration(paneA, { period: PERIOD, lang: 'zh' });
  await setMonthLock(paneA, PERIOD, 'lock', '王会计', 'zh'); // while the manager read the change list
  await expect(
    withLease(paneA, 'pane-A', 'generate', PERIOD, (lease) =>
      writeGeneration(paneA, prepared, { period: PERIOD, lease }),
    ),
  ).rejects.toMatchObject({ code: 'month-locked' });
  expect(claimOf(fake)).toBeNull();
  for (const member of [
    'Workbook.settings',
    'SettingCollection.add',
    'SettingCollection.getItemOrNullObject',
    'Setting.value',
    'Setting.delete',
  ])
    expect(fake.apiUsed.has(member)).toBe(true);
});
