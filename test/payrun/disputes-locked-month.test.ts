/**
 * 申诉 of another month. A month locked (定稿) is not regenerated, so a dispute of it that could still
 * change pay is said on its 月份 cell with the way out; other months' rows are counted once per sheet.
 * The lock is the one the month's Audit sheet records (written here as the pane and cs-kpi lock write it).
 */
import { runPayroll, type Cell, type SheetData, type WorkbookData } from '../../src/engine';
import { baseWorkbook, PERIOD } from '../corpus/builder';
import { cli, makeTempDir, writeXlsx } from '../corpus/xlsx-files';

const HEADER: Cell[] = ['工号', '月份', '项目', '申诉金额', '状态', '原因'];
const AUDIT_HEADER: Cell[] = ['部分', '项目', '值', '说明'];
/** September's Audit sheet with its lock rows: [section, action, who, when]. */
const septemberAudit = (...locks: Cell[][]): SheetData => ({
  name: '审计 2026-09',
  rows: [AUDIT_HEADER, ['运行', '期间', '2026-09', null], ...locks],
});
const LOCKED: Cell[] = ['定稿', '已定稿', '王芳', '2026-10-05T08:00:00.000Z'];

const ROWS: Cell[][] = [
  ['KF01', '2026-09', '提成', 200, '通过', '9月漏记订单'], // row 2: locked month, approved → warned
  ['KF02', '2026-09', '奖励', 50, '驳回', '不符合'], // row 3: rejected changes nothing → counted
  ['KF03', '2026年9月', '奖励', 30, '待处理', ''], // row 4: locked month, pending → warned
  ['KF04', '2026-08', '奖励', 40, '通过', '8月'], // row 5: August, no lock known → counted
  ['KF01', '2026-10', '奖励', 10, '通过', '10月'], // row 6: this month → paid
];
const shop = (...extra: SheetData[]): WorkbookData => {
  const wb = baseWorkbook();
  wb.sheets.push({ name: '申诉', rows: [HEADER, ...ROWS] }, ...extra);
  return wb;
};
const gross = (wb: WorkbookData) =>
  new Map(runPayroll(wb, { period: PERIOD }).agents.map((a) => [a.agent.agentId, a.pay.grossPay]));

describe('a dispute of a locked month', () => {
  const base = gross(baseWorkbook());
  const r = runPayroll(shop(septemberAudit(LOCKED)), { period: PERIOD });

  it('is not paid in this month: only the October dispute moves pay (KF01 +10.00)', () => {
    const delta = Object.fromEntries(
      r.agents.map((a) => [a.agent.agentId, a.pay.grossPay - base.get(a.agent.agentId)!]),
    );
    expect(delta).toEqual({ KF01: 1000, KF02: 0, KF03: 0, KF04: 0 });
  });

  it('is a warning on its 月份 cell naming the month, its lock and the two ways to pay it (zh and en)', () => {
    const warned = r.issues.filter((i) => i.code === 'dispute-month-locked');
    expect(warned.map((i) => [i.severity, i.sheet, i.row, i.cell, i.value, i.agentId])).toEqual([
      ['warning', '申诉', 2, 'B2', '2026-09', 'KF01'],
      ['warning', '申诉', 4, 'B4', '2026年9月', 'KF03'],
    ]);
    expect(warned[0].message.zh).toBe(
      'KF01 张晓梅 的申诉（提成）属于 2026-09，该月已定稿（王芳，2026-10-05T08:00:00.000Z），不计入 2026-10',
    );
    expect(warned[0].action.zh).toBe(
      '若 2026-09 的工资还没有包含它：解锁 2026-09 后重新生成，或把月份改为 2026-10 在本期支付',
    );
    expect(warned[0].message.en).toBe(
      "KF01 张晓梅's dispute (提成) belongs to 2026-09, which is locked (定稿 by 王芳, 2026-10-05T08:00:00.000Z): not counted in 2026-10",
    );
    expect(warned[0].action.en).toBe(
      "if 2026-09's pay does not include it yet: unlock 2026-09 and regenerate it, or set its month to 2026-10 to pay it in this run",
    );
  });

  it('the rejected one and the unlocked month are counted once for the sheet, at the first one’s 月份 cell (row 3)', () => {
    const counted = r.issues.filter((i) => i.code === 'disputes-other-months');
    expect(counted.map((i) => [i.severity, i.sheet, i.row, i.column, i.cell, i.message.zh])).toEqual([
      [
        'info',
        '申诉',
        3,
        '月份 (B)',
        'B3',
        '申诉表有 2 行属于其他月份（2026-08, 2026-09），不计入 2026-10（第一行在第 3 行）',
      ],
    ]);
    expect(counted[0].message.en).toBe(
      'Disputes of other months (2026-08, 2026-09) are not counted in 2026-10 (rows: 2, the first on row 3)',
    );
  });
});

describe("a dispute the locked month's statements show paid", () => {
  // September's 工资条 as the run wrote it: KF01's block pays row 2's dispute in its awards line.
  const septemberStatements: SheetData = {
    name: '工资条 2026-09',
    rows: [
      ['项目', '金额', '说明'],
      ['KF01 张晓梅', null, null],
      ['底薪', 3500, '中级底薪 3,500.00'],
      ['奖励', 200, '申诉通过：提成：9月漏记订单 200.00'],
      [],
      ['KF03 王强', null, null],
      ['奖励', 0, '无'],
    ],
  };

  it('is only counted; the pending one is still warned', () => {
    const r = runPayroll(shop(septemberAudit(LOCKED), septemberStatements), { period: PERIOD });
    expect(r.issues.filter((i) => i.code === 'dispute-month-locked').map((i) => i.cell)).toEqual(['B4']);
    expect(r.issues.filter((i) => i.code === 'disputes-other-months').map((i) => i.message.zh)).toEqual([
      '申诉表有 3 行属于其他月份（2026-08, 2026-09），不计入 2026-10（第一行在第 2 行）',
    ]);
  });

  it('a line of another dispute of the same item does not count as this one', () => {
    // "申诉通过：提成 50.00" (a dispute without a reason) is not row 2's "提成：9月漏记订单".
    const other = {
      ...septemberStatements,
      rows: septemberStatements.rows.map((r) =>
        r[0] === '奖励' && r[1] === 200 ? ['奖励', 50, '申诉通过：提成 50.00'] : r,
      ),
    };
    const r = runPayroll(shop(septemberAudit(LOCKED), other), { period: PERIOD });
    expect(r.issues.filter((i) => i.code === 'dispute-month-locked').map((i) => i.cell)).toEqual(['B2', 'B4']);
  });
});

describe('a month unlocked again, or never locked', () => {
  it.each([
    [
      'unlocked after its lock',
      [septemberAudit(LOCKED, ['定稿', '已解锁', '王芳', '2026-10-06T09:00:00.000Z', '补发'])],
    ],
    ['with no Audit sheet in the workbook', []],
  ])('%s: its disputes are only counted (4 rows: 2026-08 once, 2026-09 three times)', (_, extra) => {
    const r = runPayroll(shop(...(extra as SheetData[])), { period: PERIOD });
    expect(r.issues.filter((i) => i.code === 'dispute-month-locked')).toEqual([]);
    expect(r.issues.filter((i) => i.code === 'disputes-other-months').map((i) => i.message.zh)).toEqual([
      '申诉表有 4 行属于其他月份（2026-08, 2026-09），不计入 2026-10（第一行在第 2 行）',
    ]);
  });
});

describe('cs-kpi: the locked month comes with its output given as --history', () => {
  const tmp = makeTempDir('cs-kpi-dispute-lock-');
  afterAll(() => tmp.remove());

  it('September generated and locked; a dispute approved after the lock is warned in October, the one paid then not', async () => {
    const input = await writeXlsx(shop(), tmp.file('shop.xlsx'));
    const september = tmp.file('shop-2026-09.xlsx');
    // September pays row 2 (KF01 +200.00) and lists row 4 (KF03) as pending.
    expect((await cli('payroll', input, '--period', '2026-09', '--out', september)).code).toBe(0);
    expect((await cli('lock', september, '--period', '2026-09', '--by', '王芳')).code).toBe(0);

    // After the lock: KF02's September dispute is added, approved (row 7).
    const later = shop();
    later.sheets.find((x) => x.name === '申诉')!.rows.push(['KF02', '2026-09', '提成', 80, '通过', '补录订单']);
    const october = tmp.file('shop-2026-10.xlsx');
    const inputLater = await writeXlsx(later, tmp.file('shop-later.xlsx'));
    const run = await cli(
      'payroll',
      inputLater,
      '--period',
      PERIOD,
      '--out',
      october,
      '--history',
      september,
      '--json',
    );
    expect(run.code).toBe(0);
    const warned = run
      .json<{ issues: { code: string; cell: string; message: { zh: string } }[] }>()
      .issues.filter((i) => i.code === 'dispute-month-locked');
    expect(warned.map((i) => i.cell)).toEqual(['B4', 'B7']);
    expect(warned[1].message.zh).toMatch(
      /^KF02 李丽 的申诉（提成）属于 2026-09，该月已定稿（王芳，\d{4}-\d\d-\d\d \d\d:\d\d:\d\d \(UTC\)），不计入 2026-10$/,
    );

    // Without the history file the lock is not known: the rows are only counted.
    const alone = await cli('payroll', input, '--period', PERIOD, '--out', tmp.file('alone.xlsx'), '--json');
    const codes = alone.json<{ issues: { code: string }[] }>().issues.map((i) => i.code);
    expect(codes).not.toContain('dispute-month-locked');
    expect(codes).toContain('disputes-other-months');
  });
});
