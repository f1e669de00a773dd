/**
 * Hand-built output sheets (until the engine produces real ones) and a small
 * input workbook. `variant` changes the numbers so a regeneration is visible.
 */
import type { ColumnFormat, ColumnSpec, SheetSpec } from '../../src/engine/output/sheet-spec';
import type { WorkbookData } from '../../src/engine/cell';
import { orderRows } from '../excel-fake/sample-orders';

export const HOSTILE = ['=HYPERLINK("http://x","y")', '+1', '-2', '@SUM(A1)', '\t=1+1', '=1+1', '00123', 'TRUE'];

const AGENTS = [
  ['1001', '小美', '售前'],
  ['1002', '阿杰', '售前'],
  ['1003', '晓晓', '售中'],
  ['1004', '小林', '售后'],
  ['1005', '安妮', '售后'],
  ['1006', '大伟', '售前'],
];
const GRADES = ['S', 'A', 'B', 'C', 'A', 'B'];
export const GRADE_FILLS: Record<string, string> = { S: '#C6EFCE', A: '#DDEBF7', B: '#FFEB9C', C: '#FFC7CE' };

/** Columns as [key, header, format, width?], one line each. */
type ColumnTuple = [key: string, header: string, format: ColumnFormat, width?: number];
const columns = (...list: ColumnTuple[]): ColumnSpec[] =>
  list.map(([key, header, format, width]) =>
    width === undefined ? { key, header, format } : { key, header, format, width },
  );
const AGENT_COLUMNS: ColumnTuple[] = [
  ['agentId', '工号', 'text'],
  ['name', '姓名', 'text'],
];

export function scorecardSpec(period: string, variant = 1): SheetSpec {
  return {
    kind: 'scorecard',
    name: `绩效 ${period}`,
    columns: columns(
      ...AGENT_COLUMNS,
      ['role', '岗位', 'text'],
      ['conversion', '询单转化率', 'percent'],
      ['score', '总分', 'decimal1'],
      ['grade', '等级', 'text'],
      ['rank', '排名', 'integer'],
    ),
    rows: AGENTS.map(([id, name, role], i) => [
      id,
      name,
      role,
      0.4 + i / 50 + variant / 1000,
      90 - i * 3 + variant,
      GRADES[i],
      i + 1,
    ]),
    tableName: `Scorecard_${period.replace('-', '_')}`,
    freezeHeader: true,
    autoFilter: true,
    protect: false,
    highlights: Object.entries(GRADE_FILLS).map(([equals, fill]) => ({ columnKey: 'grade', equals, fill })),
    print: { landscape: true, fitToWidth: true, header: `绩效 ${period} R&D` },
  };
}

export function payrollSpec(period: string, variant = 1): SheetSpec {
  const rows = AGENTS.map(([id, name], i) => [
    id,
    name,
    4000 + i * 100,
    800.5 + i + variant,
    i === 3 ? -200 : 0,
    4800.5 + i * 101 + variant + (i === 3 ? -200 : 0),
  ]);
  const n = rows.length;
  const sum = (col: number): number => rows.reduce((a, r) => a + (r[col] as number), 0);
  return {
    kind: 'payroll',
    name: `工资表 ${period}`,
    columns: columns(
      ...AGENT_COLUMNS,
      ['base', '底薪', 'money'],
      ['commission', '提成', 'money'],
      ['deduction', '扣款', 'money'],
      ['gross', '应发工资', 'money', 14],
    ),
    rows,
    totalsRow: [
      '合计',
      null,
      ...[2, 3, 4, 5].map((c) => ({ formula: `SUM(${'ABCDEF'[c]}2:${'ABCDEF'[c]}${n + 1})`, value: sum(c) })),
    ],
    notes: ['说明：应发工资 = 底薪 + 提成 − 扣款', HOSTILE[0]],
    tableName: `Payroll_${period.replace('-', '_')}`,
    freezeHeader: true,
    autoFilter: true,
    protect: true,
    print: { landscape: true, fitToWidth: true, header: `工资表 ${period}` },
  };
}

export function statementsSpec(period: string, variant = 1): SheetSpec {
  const rows: SheetSpec['rows'] = [];
  const boldRows: number[] = [];
  AGENTS.forEach(([id, name]) => {
    boldRows.push(rows.length);
    rows.push([`${id} ${name}`, null, null]);
    rows.push(['询单转化率', '53.1 % ≥ 52 %', 1200 + variant]);
    rows.push(['-', '无', 0]);
  });
  return {
    kind: 'statements',
    name: `工资条 ${period}`,
    columns: columns(['item', '项目', 'text'], ['rule', '规则', 'text'], ['amount', '金额', 'money']),
    rows,
    freezeHeader: false,
    autoFilter: false,
    protect: false,
    boldRows,
  };
}

/** Data problems quoting hostile input cells verbatim (as the engine will). */
export function issuesSpec(period: string, variant = 1): SheetSpec {
  return {
    kind: 'issues',
    name: `数据问题 ${period}`,
    columns: columns(
      ['sheet', '工作表', 'text'],
      ['row', '行', 'integer'],
      ['column', '列', 'text'],
      ['value', '值', 'text'],
      ['amount', '金额', 'money'],
    ),
    rows: HOSTILE.map((v, i) => ['订单报表', i + 2 + variant, '商家备忘', v, i % 2 === 0 ? v : 10 + i]),
    freezeHeader: true,
    autoFilter: true,
    protect: false,
  };
}

export function allSpecs(period: string, variant = 1): SheetSpec[] {
  return [
    scorecardSpec(period, variant),
    payrollSpec(period, variant),
    statementsSpec(period, variant),
    issuesSpec(period, variant),
  ];
}

export function inputWorkbook(orders = 120): WorkbookData {
  return {
    sheets: [
      {
        name: '花名册',
        rows: [
          ['工号', '姓名', '旺旺', '岗位', '级别', '状态', '入职日期'],
          ...AGENTS.map(([id, name, role]) => [id, name, `旗舰店:${name}`, role, '中级', '正式', 45200 + Number(id)]),
        ],
      },
      { name: '订单报表', rows: orderRows(orders) },
      {
        name: '聊天统计',
        rows: [
          ['旺旺', '咨询人数', '询单人数', '客户满意率'],
          ...AGENTS.map(([, name], i) => [`旗舰店:${name}`, 300 + i, 120 + i, i === 2 ? '延迟统计' : 0.95]),
        ],
      },
    ],
  };
}
