/**
 * Usage errors in the manager's language: Chinese first by default (then the
 * English line), only English with --lang en. A short option such as -o is an
 * unknown option, not an input file named "-o".
 */
import { main } from '../../src/cli/main';

async function cli(...argv: string[]) {
  const err: string[] = [];
  const out: string[] = [];
  const code = await main(argv, { out: (s) => out.push(s), err: (s) => err.push(s) });
  const text = err.join('\n');
  return { code, out, first: text.split('\n').slice(0, 2), text };
}

describe('cs-kpi usage errors (exit 2)', () => {
  test.each([
    [['payroll', 'x.xlsx'], '缺少 --period（月份，如 --period 2026-10）', '--period YYYY-MM is required'],
    [
      ['payroll', 'x.xlsx', '--period', '2026-10-32'],
      '--period “2026-10-32”不是YYYY-MM（月，例如 2026-10）、YYYY-Www（ISO 周，例如 2026-W43）或 YYYY-MM-DD..YYYY-MM-DD（日期范围）',
      '--period "2026-10-32" is not YYYY-MM (a month, e.g. 2026-10), YYYY-Www (an ISO week, e.g. 2026-W43) or YYYY-MM-DD..YYYY-MM-DD (a range of days)',
    ],
    [['payroll', 'x.xlsx', '--period', '2026-10', '--foo'], '未知选项 --foo', 'unknown option --foo'],
    [
      ['payroll', 'x.xlsx', '--period', '2026-10', '-o', 'y.xlsx'],
      '未知选项 -o（选项以 -- 开头）',
      'unknown option -o (options start with --)',
    ],
    [
      ['payroll', 'x.xlsx', '--period', '2026-10', '--out', 'x.xlsx'],
      '--out 不能是输入文件：cs-kpi 从不修改输入文件',
      '--out must not be an input file: cs-kpi never modifies its input',
    ],
    [['paroll', 'x.xlsx'], '没有“paroll”这个命令', 'unknown command "paroll"'],
    [
      ['lock', 'o.xlsx', '--period', '2026-10'],
      '缺少 --by 姓名：谁定稿会记录在审计表中',
      '--by NAME is required: who locks the month is recorded in the Audit sheet',
    ],
  ])('%j', async (argv, zh, en) => {
    const r = await cli(...argv);
    expect(r.code).toBe(2);
    expect(r.first).toEqual([`cs-kpi: ${zh}`, `cs-kpi: ${en}`]);
    expect(r.text).toContain('Usage:');
    expect(r.out).toEqual([]);
  });

  test('--lang en (either spelling): the English line only', async () => {
    for (const lang of [['--lang', 'en'], ['--lang=en']]) {
      const r = await cli('payroll', 'x.xlsx', '--period', '2026-W60', ...lang);
      expect(r.code).toBe(2);
      expect(r.first).toEqual([
        // 1 January 2026 is a Thursday: the ISO year 2026 has 53 weeks.
        'cs-kpi: --period: 2026 has 53 ISO weeks (2026-W01 … 2026-W53): there is no "2026-W60"',
        '',
      ]);
    }
  });
});
