/**
 * Statements (工资条) in cs-kpi's workbook: one block per agent; each line's
 * amount is the one paid (the agent's Payroll row, component by component),
 * and its explanation shows the numbers behind it.
 */
import ExcelJS from 'exceljs';
import type { Lang } from '../../src/engine/model';
import {
  readXlsx,
  runDemoPayroll,
  runPayrollOn,
  CliRun,
  JsonAgent,
  MONEY_KEYS,
  MoneyKey,
  MONEY_COLUMN,
  SHEET,
  cents,
  numberOf,
  sheetOf,
} from './cli-output';

const ITEM: Record<Lang, Record<MoneyKey, string>> = {
  zh: {
    basePay: '底薪',
    performanceBonus: '绩效奖金',
    conversionBonus: '转化奖金',
    commission: '提成',
    awards: '奖励',
    fines: '罚款（扣除）',
    grossPay: '应发工资',
  },
  en: {
    basePay: 'Base pay',
    performanceBonus: 'Performance bonus',
    conversionBonus: 'Conversion bonus',
    commission: 'Commission',
    awards: 'Awards',
    fines: 'Fines (deducted)',
    grossPay: 'Gross pay',
  },
};

/** The line before the pay components: orders and sales per attribution source. */
const SOURCES_ITEM: Record<Lang, string> = { zh: '销售额来源', en: 'Sales by source' };

/** "12,345.60": how amounts read in an explanation. */
const yuan = (c: number) =>
  `${c < 0 ? '-' : ''}${Math.floor(Math.abs(c) / 100).toLocaleString('en-US')}.${String(Math.abs(c) % 100).padStart(2, '0')}`;
/** "53.1%": a ratio as the statement prints it (up to 2 decimals, no trailing zeros). */
/** paid ÷ inquiries as a percent cut (not rounded) to 2 decimals, in integers: the statement never shows a tier not reached. */
const percentCut = (paid: number, inquiries: number) => `${Math.floor((paid * 10000) / inquiries) / 100}%`;

interface Block {
  title: string;
  summary: string;
  lines: Map<string, { amount: number; text: string }>;
}

function blocksOf(ws: ExcelJS.Worksheet): Block[] {
  const blocks: Block[] = [];
  let current: Block | null = null;
  for (let r = 2; r <= ws.rowCount; r++) {
    const [item, amount, text] = [1, 2, 3].map((c) => ws.getRow(r).getCell(c).value);
    if (item === '考核指标说明' || item === 'KPI notes') break; // the KPI notes close the sheet
    if (item === null && amount === null && text === null) {
      current = null;
      continue;
    }
    if (current === null) {
      current = { title: String(item), summary: String(text), lines: new Map() };
      blocks.push(current);
      continue;
    }
    current.lines.set(String(item), { amount: amount === null ? NaN : numberOf(amount), text: String(text) });
  }
  return blocks;
}

describe.each(['zh', 'en'] as const)('statements in %s', (lang) => {
  let run: CliRun;
  let blocks: Block[];
  let payroll: ExcelJS.Worksheet;

  beforeAll(async () => {
    const zh = await runDemoPayroll({ agents: 16, orders: 3000, seed: 11 });
    run = zh;
    if (lang === 'en')
      run = await runPayrollOn(
        zh.input,
        zh.output.replace('-zh', '-en'),
        zh.csvPath.replace('-zh', '-en'),
        'en',
        zh.dir,
      );
    const wb = await readXlsx(run.output);
    blocks = blocksOf(sheetOf(wb, SHEET[lang].statements));
    payroll = sheetOf(wb, SHEET[lang].payroll);
  });
  afterAll(() => run?.cleanup());

  const each = (f: (a: JsonAgent, b: Block, i: number) => void) =>
    run.json.agents.forEach((a, i) => f(a, blocks[i], i));

  test('one block per agent, in payroll order, titled with 工号 and name', () => {
    expect(blocks).toHaveLength(run.json.agents.length);
    each((a, b) => {
      expect(b.title).toBe(`${a.agentId} ${a.name}`);
      expect([...b.lines.keys()]).toEqual([SOURCES_ITEM[lang], ...MONEY_KEYS.map((k) => ITEM[lang][k])]);
    });
  });

  test("each line's amount is the amount on the agent's Payroll row, and gross = Σ lines", () => {
    each((a, b, i) => {
      const row = payroll.getRow(i + 2);
      expect(row.getCell(1).value).toBe(a.agentId);
      for (const k of MONEY_KEYS) {
        const line = b.lines.get(ITEM[lang][k])!;
        expect(cents(line.amount)).toBe(cents(numberOf(row.getCell(MONEY_COLUMN[k]).value)));
        expect(cents(line.amount)).toBe(cents(a[k]));
      }
      const c = (k: MoneyKey) => cents(b.lines.get(ITEM[lang][k])!.amount);
      expect(c('grossPay')).toBe(
        c('basePay') + c('performanceBonus') + c('conversionBonus') + c('commission') + c('awards') - c('fines'),
      );
    });
  });

  test('the sales-by-source line shows what each source credited, and the sources add up to the sales', () => {
    let consultation = 0;
    each((a, b) => {
      const { amount, text } = b.lines.get(SOURCES_ITEM[lang])!;
      expect(amount).toBeNaN(); // no amount: it explains the sales, it is not paid
      const s = a.salesBySource;
      expect(cents(s.explicit) + cents(s.consultation) + cents(s.memo)).toBe(cents(a.sales));
      for (const k of ['explicit', 'consultation', 'memo'] as const)
        if (s[k] > 0) expect(text).toContain(yuan(cents(s[k])));
      if (s.consultation > 0) consultation++;
    });
    expect(consultation).toBeGreaterThan(0); // the demo's 接待记录 credits orders by rule
  });

  test('every explanation ends in, or shows, the amount it explains', () => {
    each((a, b) => {
      for (const k of MONEY_KEYS) {
        const { text } = b.lines.get(ITEM[lang][k])!;
        const c = cents(a[k]);
        if (c !== 0) expect(text).toContain(yuan(c));
      }
    });
  });

  test('the conversion bonus line shows the conversion percentage, paid/inquiries and the bonus', () => {
    let checked = 0;
    each((a, b) => {
      const { text } = b.lines.get(ITEM[lang].conversionBonus)!;
      if (a.role !== 'presales' || a.conversion === null) {
        expect(cents(a.conversionBonus)).toBe(0);
        return;
      }
      expect(text).toContain(percentCut(a.paidBuyers, a.inquiries));
      if (a.conversion >= 0.5) {
        expect(text).toContain(`${a.paidBuyers}/${a.inquiries}`);
        expect(text).toContain(yuan(cents(a.conversionBonus)));
        checked++;
      } else expect(text).toMatch(/→ 0$/);
    });
    expect(checked).toBeGreaterThan(0);
  });

  test('the commission line shows the sales it was paid on; performance shows the score; gross shows every component', () => {
    each((a, b) => {
      const line = (k: MoneyKey) => b.lines.get(ITEM[lang][k])!.text;
      if (a.sales > 0) expect(line('commission')).toContain(yuan(cents(a.sales)));
      if (a.score !== null && !a.fatalQa) expect(line('performanceBonus')).toContain(a.score.toFixed(2));
      for (const k of MONEY_KEYS) expect(line('grossPay')).toContain(yuan(cents(a[k])));
      if (a.score !== null) expect(b.summary).toContain(a.score.toFixed(2));
    });
  });
});
