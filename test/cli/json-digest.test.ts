/**
 * `cs-kpi payroll --json` carries the issue digest a manager reads first, in the
 * chosen language: how many problems need action, how many are notes, and a
 * problem repeated on many rows of a sheet folded into one line with its count
 * and amount. Worked on a small workbook by hand.
 */
import { appendRows, baseWorkbook, chatRow, CHAT_NAME, orderRow, ORDERS_NAME, PERIOD } from '../corpus/builder';
import { cli, makeTempDir, writeXlsx } from '../corpus/xlsx-files';

const tmp = makeTempDir('cs-kpi-digest-');
afterAll(() => tmp.remove());

interface DigestJson {
  issueDigest: {
    lang: string;
    needAction: number;
    notes: number;
    lines: {
      severity: string;
      code: string;
      sheet: string | null;
      count: number;
      amount: number | null;
      message: string;
      firstRow: number | null;
    }[];
  };
  issues: { severity: string; code: string }[];
}

/**
 * The corpus base has one silent order (tb_frank, 80.00, row 7). Two more are added:
 * 40.50 (row 8) and 10.00 (row 9), so three orders name nobody: 80 + 40.5 + 10 = 130.50.
 * One chat row names a nick no roster account has (a warning that needs action).
 */
async function digestOf(lang: 'zh' | 'en'): Promise<DigestJson> {
  const wb = baseWorkbook();
  appendRows(
    wb,
    ORDERS_NAME,
    orderRow('3100000000000000007', 'tb_gina', 40.5, null),
    orderRow('3100000000000000008', 'tb_hank', 10, null),
  );
  appendRows(wb, CHAT_NAME, chatRow('暖阳旗舰店:陌生人', '2026-10-03', 5, 2, 1));
  const file = await writeXlsx(wb, tmp.file(`digest-${lang}.xlsx`));
  const r = await cli(
    'payroll',
    file,
    '--period',
    PERIOD,
    '--json',
    '--lang',
    lang,
    '--out',
    tmp.file(`digest-${lang}-out.xlsx`),
  );
  expect(r.code).toBe(0);
  return r.json<DigestJson>();
}

test.each([
  ['zh', '3 笔订单没有归属客服（静默销售，净销售额合计 130.50）'],
  ['en', '3 orders name no agent (silent sales, net sales 130.50 in all)'],
] as const)(
  '--lang %s: three silent orders fold into one note with count 3 and amount 130.50; the unknown chat nick needs action',
  async (lang, silentLine) => {
    const { issueDigest: d, issues } = await digestOf(lang);
    expect(d.lang).toBe(lang);
    const silent = d.lines.filter((l) => l.code === 'order-silent');
    expect(silent).toEqual([
      {
        severity: 'info',
        code: 'order-silent',
        sheet: ORDERS_NAME,
        count: 3,
        amount: 130.5,
        message: silentLine,
        firstRow: 7,
      },
    ]);
    const unknown = d.lines.filter((l) => l.code === 'chat-unknown-agent');
    expect(unknown).toHaveLength(1);
    expect(unknown[0]).toMatchObject({ severity: 'warning', sheet: CHAT_NAME, count: 1 });
    expect(unknown[0].message).toContain('陌生人');
    // The counts are of the rows behind the lines: every issue is counted once, action first.
    expect(d.needAction + d.notes).toBe(issues.length);
    expect(d.needAction).toBe(issues.filter((i) => i.severity !== 'info').length);
    expect(d.lines.reduce((s, l) => s + l.count, 0)).toBe(issues.length);
    const firstNote = d.lines.findIndex((l) => l.severity === 'info');
    expect(d.lines.slice(firstNote).every((l) => l.severity === 'info')).toBe(true);
    expect(firstNote).toBeGreaterThan(d.lines.indexOf(unknown[0]));
  },
);
