/**
 * Roster 工号 that memos cannot tell apart: digit-only ones of one number (1 and 01; 7, 007 and 07), which
 * memos name by their number, and KF01 beside KF-01, both named by `KF 01`. Only each exact spelling names its
 * agent and any other form names none: the roster says so once, at the second 工号 cell of each group, naming
 * every row.
 */
import { BASE, CHAT_HEADER, ORDERS_NAME, baseWorkbook, chatRow, chatSheet, rosterSheet, setCell } from './builder';
import { expectCodes, run } from './expect';

function sameNumberShop() {
  const wb = baseWorkbook();
  wb.sheets[0] = rosterSheet([
    [1, '张晓梅', '暖阳旗舰店:小美', '售前', '中级', '正式', '2025-03-01', null],
    ['01', '李丽', '暖阳旗舰店:小丽', '售前', '初级', '正式', '2025-06-15', null],
    [7, '王强', '暖阳旗舰店:阿强', '售中', '高级', '正式', '2024-01-10', null],
    ['007', '赵安', '暖阳旗舰店:小安', '售后', '初级', '正式', '2025-09-01', null],
    ['07', '钱七', '暖阳旗舰店:钱七', '售后', '初级', '正式', '2025-01-01', null],
    ['2', '孙二', '暖阳旗舰店:孙二', '售前', '初级', '正式', '2025-01-01', null],
  ]);
  const memos = ['1', '01', '001', '客服007', '0007 送小样', '2'];
  memos.forEach((m, i) => setCell(wb, ORDERS_NAME, BASE.orderRow(i), '商家备忘', m));
  return wb;
}

describe('two roster 工号 of one number', () => {
  test('one warning per number, at the 工号 cell of its second row, naming every row, in zh and en', () => {
    const found = run(sameNumberShop()).issues('roster-same-number-ids');
    expect(found.map((i) => [i.severity, i.sheet, i.row, i.cell, i.value])).toEqual([
      ['warning', '花名册', 3, 'A3', '01'],
      ['warning', '花名册', 5, 'A5', '007'],
    ]);
    expect(found[0].message.zh).toBe(
      '花名册“工号 (A)”列中的工号 1（第 2 行）、01（第 3 行）是同一个数 1：备注、客服列或其他表只有一字不差地写 1 或 01 才归属对应的那一位，写成其他形式（如 001）时哪一位都不计（每处另有提示）',
    );
    expect(found[0].message.en).toBe(
      '花名册, column "工号 (A)": agent IDs 1 (row 2), 01 (row 3) are the same number, 1. A memo, agent column or other sheet names one of them only when it writes 1 or 01 exactly; written any other way (such as 001) it names none of them (each such place gets a warning of its own)',
    );
    expect(found[1].message.zh).toContain('工号 7（第 4 行）、007（第 5 行）、07（第 6 行）是同一个数 7');
    expect(found[1].message.zh).toContain('写 7 或 007 或 07 才归属');
    expect(found[1].message.en).toContain('(such as 0007)');
    expect(found[1].action.zh).toContain('若是同一位客服请删除多余的行');
    expect(found[1].action.en).toContain('give them different IDs');
  });

  test('what the warning says is what the run does: exact spellings credit their agent, other forms nobody', () => {
    const r = run(sameNumberShop());
    // Net sales by hand (BASE's orders): 200; 150; 300; 99.50; 120 − 20 refund = 100; 80.
    // "1" → 1 and "01" → 01 exactly; "001" is neither; "客服007" → 007; "0007" is none of 7, 007, 07; "2" → 2.
    expect(r.agent('1').sales).toBe(200);
    expect(r.agent('01').sales).toBe(150);
    expect(r.agent('007').sales).toBe(99.5);
    expect(r.agent('7').sales).toBe(0);
    expect(r.agent('07').sales).toBe(0);
    expect(r.agent('2').sales).toBe(80);
    expect(r.json.shop).toMatchObject({ sales: 929.5, silentSales: 400, silentOrders: 2 });
    // Each order writing another form is warned too, at its memo cell (商家备忘, column K).
    expect(r.issues('memo-ambiguous-id').map((i) => [i.cell, i.value])).toEqual([
      ['K4', '001'],
      ['K6', '0007 送小样'],
    ]);
  });

  test('another sheet alike: an Adjustments row for 01 pays 01, one for 001 pays nobody and is said', () => {
    const without = run(sameNumberShop());
    const wb = sameNumberShop();
    wb.sheets.push({
      name: '奖惩',
      rows: [
        ['工号', '日期', '类型', '金额', '原因'],
        ['01', '2026-10-09', '奖励', 100, '好评'],
        ['001', '2026-10-10', '奖励', 50, '好评'],
      ],
    });
    const r = run(wb);
    expect(r.agent('01').awards - without.agent('01').awards).toBe(100);
    expect(r.agent('1').awards).toBe(without.agent('1').awards);
    const found = r.issues('ambiguous-agent');
    expect(found.map((i) => [i.sheet, i.cell, i.value])).toEqual([['奖惩', 'A3', '001']]);
    expect(found[0].message.zh).toBe('奖惩表中的客服“001”可以指花名册中的多个工号（1、01），无法判定是哪一位');
    expect(r.codes()).not.toContain('unknown-agent');
  });

  test('chat stats keyed by 工号: 01 counts for 01, 001 is warned as either 1 or 01 (not as off the roster), 99 as unknown', () => {
    const wb = sameNumberShop();
    const byId = ['工号', ...CHAT_HEADER.slice(1)];
    wb.sheets[2] = chatSheet(
      [
        chatRow('01', '2026-10-03', 40, 20, 8),
        chatRow('001', '2026-10-03', 30, 10, 4),
        chatRow('001', '2026-10-04', 30, 10, 5),
        chatRow('99', '2026-10-03', 10, 5, 1),
      ],
      byId,
    );
    const r = run(wb);
    // Sheet rows: header 1, then 01 on row 2, 001 on rows 3 and 4, 99 on row 5.
    const [alike] = r.issues('chat-ambiguous-id');
    expect([alike.sheet, alike.row, alike.cell, alike.value]).toEqual(['聊天统计', 3, 'A3', '001']);
    expect(alike.message).toEqual({
      zh: '聊天统计中的工号“001”可以指花名册中的多个工号（1、01；2 行：第 3–4 行），无法判断是谁',
      en: 'Chat stats name the agent ID "001", which can be any of the roster IDs 1, 01 (rows: 2; rows 3–4): no way to tell who',
    });
    expect(r.issues('chat-unknown-agent').map((i) => i.value)).toEqual(['99']);
    // 01's own row: 40 received, 20 inquiries, 8 paid; 1 (小美) has no chat row now.
    expect(r.agent('01')).toMatchObject({ received: 40, inquiries: 20, paidBuyers: 8 });
    expect(r.agent('1')).toMatchObject({ received: 0, inquiries: 0 });
  });

  test('KF01 and KF-01: warned alike; KF01 and KF-01 as written credit each, KF 01 names neither and is said', () => {
    const wb = baseWorkbook();
    wb.sheets[0].rows.push(['KF-01', '钱一', '暖阳旗舰店:钱一', '售前', '初级', '正式', '2025-01-01', null]);
    const memos = ['KF01', 'KF-01', 'KF 01', 'KF03', 'kf_01 送小样', null];
    memos.forEach((m, i) => setCell(wb, ORDERS_NAME, BASE.orderRow(i), '商家备忘', m));
    const r = run(wb);
    const found = r.issues('roster-ids-written-alike');
    // The base roster's rows 2–5 are KF01–KF04; KF-01 is row 6.
    expect(found.map((i) => [i.severity, i.sheet, i.row, i.cell, i.value])).toEqual([
      ['warning', '花名册', 6, 'A6', 'KF-01'],
    ]);
    expect(found[0].message.zh).toBe(
      '花名册“工号 (A)”列中的工号 KF01（第 2 行）、KF-01（第 6 行）只差字母与数字之间的分隔符：备注、客服列或其他表只有一字不差地写 KF01 或 KF-01 才归属对应的那一位，写成其他形式（如 KF 01）时哪一位都不计（每处另有提示）',
    );
    expect(found[0].message.en).toContain('written any other way (such as KF 01) it names none of them');
    // Net sales by hand: 200 → KF01; 150 → KF-01; 300 (KF 01) and 100 (kf_01) name neither; 99.50 → KF03; 80 no memo.
    expect(r.agent('KF01').sales).toBe(200);
    expect(r.agent('KF-01').sales).toBe(150);
    expect(r.agent('KF03').sales).toBe(99.5);
    expect(r.json.shop).toMatchObject({ sales: 929.5, silentSales: 480, silentOrders: 3 });
    expect(r.issues('memo-ambiguous-id').map((i) => [i.cell, i.value])).toEqual([
      ['K4', 'KF 01'],
      ['K6', 'kf_01 送小样'],
    ]);
    expect(r.issues('memo-ambiguous-id')[1].message.zh).toContain(
      '写了 KF_01，可以指花名册中的多个工号（KF01、KF-01）',
    );
  });

  test('digit-only 工号 of different numbers (1, 10, 2) and the base roster: no such warning', () => {
    const wb = baseWorkbook();
    expectCodes(run(wb));
    wb.sheets[0] = rosterSheet([
      [1, '张晓梅', '暖阳旗舰店:小美', '售前', '中级', '正式', '2025-03-01', null],
      ['10', '李丽', '暖阳旗舰店:小丽', '售前', '初级', '正式', '2025-06-15', null],
      ['002', '王强', '暖阳旗舰店:阿强', '售中', '高级', '正式', '2024-01-10', null],
    ]);
    expect(run(wb).codes()).not.toContain('roster-same-number-ids');
  });
});
