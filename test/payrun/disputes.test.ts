/**
 * 申诉 / Disputes on the corpus's small shop: an approved +200 changes exactly
 * that agent's gross pay by 200 with its reason on the statement; a rejected
 * one changes nothing; pending ones are listed; an unknown agent or item is
 * reported with its cell.
 */
import { runPayroll, type WorkbookData, type Cell } from '../../src/engine';
import { baseWorkbook, PERIOD } from '../corpus/builder';

const HEADER: Cell[] = ['工号', '项目', '申诉内容', '申诉金额', '状态', '处理结果', '原因'];
const withDisputes = (...rows: Cell[][]): WorkbookData => {
  const wb = baseWorkbook();
  wb.sheets.push({ name: '申诉', rows: [HEADER, ...rows] });
  return wb;
};
const gross = (wb: WorkbookData) =>
  new Map(runPayroll(wb, { period: PERIOD }).agents.map((a) => [a.agent.agentId, a.pay.grossPay]));

describe('disputes', () => {
  const base = gross(baseWorkbook());

  it('an approved +200 changes exactly that agent by 200.00, with its reason on the statement', () => {
    const r = runPayroll(
      withDisputes(['KF02', '提成', '10月5日订单漏记', 200, '通过', '同意', '订单 3100000000000000005 备注漏写工号']),
      { period: PERIOD },
    );
    for (const a of r.agents)
      expect(a.pay.grossPay - base.get(a.agent.agentId)!).toBe(a.agent.agentId === 'KF02' ? 20000 : 0);
    const awards = r.agents.find((a) => a.agent.agentId === 'KF02')!.statement.find((l) => l.component === 'awards')!;
    expect(awards.explanation.zh).toContain('申诉通过：提成：订单 3100000000000000005 备注漏写工号 200.00');
    expect(r.disputes).toEqual([
      expect.objectContaining({
        agentId: 'KF02',
        item: '提成',
        amount: 20000,
        status: 'approved',
        row: 2,
        sheet: '申诉',
      }),
    ]);
  });

  it('a rejected dispute changes nothing; a pending one is listed and not paid', () => {
    const r = runPayroll(
      withDisputes(
        ['KF01', '询单转化率', '延迟统计那天应剔除', 300, '驳回', '', '数据已按不适用处理'],
        ['KF03', '奖励', '好评返图奖励', 50, '待处理', '', ''],
      ),
      { period: PERIOD },
    );
    for (const a of r.agents) expect(a.pay.grossPay).toBe(base.get(a.agent.agentId));
    const pending = r.issues.filter((i) => i.code === 'dispute-pending');
    expect(pending).toEqual([expect.objectContaining({ sheet: '申诉', row: 3, cell: 'E3', agentId: 'KF03' })]);
    expect(r.disputes.map((d) => d.status)).toEqual(['rejected', 'pending']);
  });

  it('an unknown agent or item is reported with its cell, and pays nothing', () => {
    const r = runPayroll(
      withDisputes(['KF99', '提成', '', 100, '通过', '', ''], ['KF01', '年终奖', '', 100, '通过', '', '']),
      { period: PERIOD },
    );
    for (const a of r.agents) expect(a.pay.grossPay).toBe(base.get(a.agent.agentId));
    expect(r.issues.find((i) => i.code === 'unknown-agent' && i.sheet === '申诉')).toEqual(
      expect.objectContaining({ row: 2, cell: 'A2', value: 'KF99' }),
    );
    expect(r.issues.find((i) => i.code === 'dispute-unknown-item')).toEqual(
      expect.objectContaining({ row: 3, cell: 'B3', value: '年终奖' }),
    );
    expect(r.disputes).toEqual([]);
  });

  it('an approved deduction goes to fines; a hostile reason stays text', () => {
    const r = runPayroll(withDisputes(['KF01', '奖励', '', -80, '通过', '', '=HYPERLINK("http://x")']), {
      period: PERIOD,
    });
    const kf01 = r.agents.find((a) => a.agent.agentId === 'KF01')!;
    expect(kf01.pay.grossPay - base.get('KF01')!).toBe(-8000);
    expect(kf01.statement.find((l) => l.component === 'fines')!.explanation.zh).toContain(
      '申诉通过：奖励：=HYPERLINK("http://x") 80.00',
    );
  });

  it('an approved amount with fractions of a cent is paid rounded half-up, and its cell is named', () => {
    const r = runPayroll(withDisputes(['KF02', '提成', '', 10.005, '通过', '', '漏记']), { period: PERIOD });
    // 10.005 → 10.01 (half-up)
    expect(r.agents.find((a) => a.agent.agentId === 'KF02')!.pay.grossPay - base.get('KF02')!).toBe(1001);
    expect(r.issues.filter((i) => i.code === 'amount-sub-cent')).toEqual([
      expect.objectContaining({ severity: 'warning', sheet: '申诉', cell: 'D2', value: '10.005', agentId: 'KF02' }),
    ]);
  });
});

describe('the 月份 column', () => {
  const month = (...rows: Cell[][]): WorkbookData => {
    const wb = baseWorkbook();
    wb.sheets.push({ name: '申诉', rows: [['工号', '月份', '项目', '申诉金额', '状态', '原因'], ...rows] });
    return wb;
  };
  const base = gross(baseWorkbook());

  it('reads 2026-10, 10月, 2026年10月, 10 and a date (what Excel makes of 2026-10 typed in a cell); another month is left out', () => {
    // 46296 is the serial of 2026-10-01: 46023 (2026-01-01) + 273 days of January to September.
    const r = runPayroll(
      month(
        ['KF01', '2026-10', '奖励', 10, '通过', 'a'],
        ['KF02', '10月', '奖励', 20, '通过', 'b'],
        ['KF03', 46296, '奖励', 30, '通过', 'c'],
        ['KF04', '2026年10月', '奖励', 40, '通过', 'd'],
        ['KF01', 10, '奖励', 5, '通过', 'e'],
        ['KF02', '2026-09', '奖励', 60, '通过', 'September'],
        ['KF03', '十月', '奖励', 70, '通过', 'unreadable'],
      ),
      { period: PERIOD },
    );
    const delta = new Map(r.agents.map((a) => [a.agent.agentId, a.pay.grossPay - base.get(a.agent.agentId)!]));
    expect(Object.fromEntries(delta)).toEqual({ KF01: 1500, KF02: 2000, KF03: 3000, KF04: 4000 });
    const bad = r.issues.filter((i) => i.code === 'dispute-bad-month');
    expect(bad).toEqual([
      expect.objectContaining({ severity: 'error', sheet: '申诉', row: 8, cell: 'B8', value: '十月' }),
    ]);
    expect(bad[0].message.zh).toBe('申诉月份“十月”不是月份（应写成 2026-10、2026年10月 或 10月）');
    expect(bad[0].message.en).toBe('Dispute month "十月" is not a month (write 2026-10, 2026年10月 or 10月)');
  });

  it('an approved row left without its month is paid this month, with a warning that every later month would pay it again', () => {
    const r = runPayroll(
      month(
        ['KF01', '', '奖励', 50, '通过', '漏登'], // blank 月份, approved: paid, warned
        ['KF02', '2026-10', '奖励', 20, '通过', 'b'], // its month: paid, not warned
        ['KF03', null, '奖励', 30, '驳回', 'c'], // blank but rejected: pays nothing, not warned
      ),
      { period: PERIOD },
    );
    const delta = new Map(r.agents.map((a) => [a.agent.agentId, a.pay.grossPay - base.get(a.agent.agentId)!]));
    expect(Object.fromEntries(delta)).toEqual({ KF01: 5000, KF02: 2000, KF03: 0, KF04: 0 });
    const warned = r.issues.filter((i) => i.code === 'dispute-no-month');
    expect(warned.map((i) => [i.severity, i.cell, i.agentId])).toEqual([['warning', 'B2', 'KF01']]);
    expect(warned[0].message.zh).toBe('KF01 张晓梅 的申诉（奖励）已通过但没有填月份，按本期 2026-10 支付');
    expect(warned[0].action.zh).toBe('请填写所属月份：不填则以后每个月的工资都会再付一次');
    expect(warned[0].message.en).toBe("KF01 张晓梅's approved dispute (奖励) has no month: paid in 2026-10");
  });
});
