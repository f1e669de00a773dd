// Every real layout of ../shared/exports/headers.json through `cs-kpi payroll`, in both forms a manager
// has them: the export as its own .xlsx, and the CSV the site gives (GBK, every field quoted, ="…" order
// numbers, CRLF). Sales per agent by hand: KF01 201.12 + 88.00 = 289.12, KF02 50.00.
import { readFileSync, writeFileSync } from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { cli, makeTempDir } from '../corpus/xlsx-files';
import { encodeGbk, encodeUtf8 } from '../support/gbk';
import EXPORT_HEADERS from '../corpus/exports-headers.json';

interface Layout {
  header: string[];
}
// The repository's verbatim copy of ../shared/exports/headers.json (test/corpus/layout-builder.ts uses it too).
const HEADERS = EXPORT_HEADERS as {
  orders: Record<string, Layout>;
  chat: Record<string, Layout>;
};

const ORDERS = [
  { id: '351531314732935790', buyer: 'tb甲', paid: '201.12', time: '2026-10-05 12:00:00', agent: 'KF01' },
  { id: '351531314732935791', buyer: 'tb乙', paid: '88.00', time: '2026-10-06 09:30:00', agent: 'KF01' },
  { id: '351531314732935792', buyer: 'tb丙', paid: '50.00', time: '2026-10-07 20:00:00', agent: 'KF02' },
];
const AGENTS = [
  { id: 'KF01', name: '小美', account: '暖阳:小美', inquiries: 10, paid: 2 },
  { id: 'KF02', name: '小王', account: '暖阳:小王', inquiries: 8, paid: 1 },
];

/** An order row for any order-report header: each column by its (trimmed) name; the memo goes where the layout keeps it. */
function orderRows(header: string[]): string[][] {
  const memo = header.some((h) => h.trim() === '商家备忘') ? '商家备忘' : '订单备注';
  return ORDERS.map((o) =>
    header.map((h) => {
      switch (h.trim()) {
        case '订单编号':
        case '主订单编号':
          return `="${o.id}"`;
        case '买家会员名':
          return o.buyer;
        case '买家应付货款':
        case '总金额':
        case '买家实际支付金额':
          return o.paid;
        case '买家应付邮费':
        case '退款金额':
          return '0.00';
        case '订单状态':
          return '交易成功';
        case '订单创建时间':
        case '订单付款时间':
          return o.time;
        case '宝贝总数量':
          return '1';
        case '买家服务费':
          return '0元';
        case '联系手机':
          return "'138****0000";
        case '收货地址':
          return '浙江省 杭州市 西湖区';
        default:
          return h.trim() === memo ? `客服:${o.agent}` : '';
      }
    }),
  );
}

/** A chat row per agent for any statistics header; rates as the exports write them. */
function chatRows(header: string[]): string[][] {
  const rows = AGENTS.map((a) =>
    header.map((h) => {
      const k = h.trim().replace(/延$/, '');
      if (k === '客服' || k === '旺旺') return a.account;
      if (k === '旺旺昵称') return a.name;
      if (k === '日期') return '2026-10-05';
      if (k === '店铺') return '暖阳旗舰店';
      if (k === '询单人数') return String(a.inquiries);
      if (k === '询单->最终付款人数') return String(a.paid);
      if (k === '询单->最终付款成功率') return `${((a.paid / a.inquiries) * 100).toFixed(2)}%`;
      if (k === '咨询人数' || k === '接待人数') return String(a.inquiries + 2);
      if (k === '未回复人数') return '0';
      if (/响应/.test(k)) return '18';
      return '';
    }),
  );
  return rows;
}

const BASE_CHAT = ['日期', '旺旺', '询单人数', '询单->最终付款人数'];

function gbkCsv(header: string[], rows: string[][]): Uint8Array {
  const line = (cells: string[]) => cells.map((c) => (c.startsWith('="') ? c : `"${c.replace(/"/g, '""')}"`)).join(',');
  return encodeGbk([header, ...rows].map(line).join('\r\n') + '\r\n');
}

/** The same export as an .xlsx: order numbers as text (how the site's .xlsx keeps them), counts and amounts as numbers. */
async function xlsx(file: string, sheet: string, header: string[], rows: string[][]): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheet);
  ws.addRow(header);
  for (const r of rows)
    ws.addRow(
      r.map((c) => (c.startsWith('="') ? c.slice(2, -1) : /^\d+(\.\d+)?$/.test(c) && c.length < 12 ? Number(c) : c)),
    );
  await wb.xlsx.writeFile(file);
}

async function rosterXlsx(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('花名册');
  ws.addRow(['工号', '姓名', '客服旺旺', '岗位', '级别']);
  for (const a of AGENTS) ws.addRow([a.id, a.name, a.account, '售前', '初级']);
  await wb.xlsx.writeFile(file);
}

const tmp = makeTempDir('cs-kpi-layouts-');
afterAll(() => tmp.remove());
let n = 0;

async function files(form: 'xlsx' | 'csv', orders: string[], chat: string[]): Promise<string[]> {
  const dir = tmp.file(`run-${++n}`);
  require('fs').mkdirSync(dir);
  const roster = path.join(dir, '花名册.xlsx');
  await rosterXlsx(roster);
  const o = path.join(dir, `ExportOrderList202410.${form}`);
  const c = path.join(dir, `赤兔客服绩效.${form}`);
  if (form === 'csv') {
    writeFileSync(o, gbkCsv(orders, orderRows(orders)));
    writeFileSync(c, gbkCsv(chat, chatRows(chat)));
  } else {
    await xlsx(o, 'ExportOrderList202410', orders, orderRows(orders));
    await xlsx(c, 'Sheet1', chat, chatRows(chat));
  }
  return [roster, o, c];
}

async function salesByAgent(inputs: string[]): Promise<Record<string, number>> {
  const r = await cli(
    'payroll',
    ...inputs,
    '--period',
    '2026-10',
    '--json',
    '--out',
    path.join(path.dirname(inputs[0]), 'out.xlsx'),
  );
  if (r.code !== 0) throw new Error(`exit ${r.code}: ${r.err}`);
  const json = r.json<{ agents: { agentId: string; sales: number }[] }>();
  return Object.fromEntries(json.agents.map((a) => [a.agentId, a.sales]));
}

const BY_HAND = { KF01: 289.12, KF02: 50 };
const orderLayouts = Object.entries(HEADERS.orders);
const chatLayouts = Object.entries(HEADERS.chat);

describe.each(['csv', 'xlsx'] as const)('as %s', (form) => {
  test.each(orderLayouts)('order report %s', async (_name, layout) => {
    expect(await salesByAgent(await files(form, layout.header, BASE_CHAT))).toEqual(BY_HAND);
  });
  test.each(chatLayouts)('chat statistics %s', async (_name, layout) => {
    expect(await salesByAgent(await files(form, HEADERS.orders.taobao_2017_46.header, layout.header))).toEqual(BY_HAND);
  });
});

test.each([
  ['GBK', (bytes: string) => encodeGbk(bytes)],
  ['UTF-8 with BOM', (bytes: string) => encodeUtf8(bytes, true)],
])(
  'cs-kpi payroll 花名册.xlsx ExportOrderList.csv 赤兔.xlsx with a %s CSV; default --out beside the first file',
  async (_enc, encode) => {
    const dir = tmp.file(`named-${++n}`);
    require('fs').mkdirSync(dir);
    const header = HEADERS.orders.taobao_2017_46.header;
    const line = (cells: string[]) => cells.map((c) => (c.startsWith('="') ? c : `"${c}"`)).join(',');
    writeFileSync(
      path.join(dir, 'ExportOrderList.csv'),
      encode([header, ...orderRows(header)].map(line).join('\r\n') + '\r\n'),
    );
    await rosterXlsx(path.join(dir, '花名册.xlsx'));
    await xlsx(path.join(dir, '赤兔.xlsx'), '聊天统计', BASE_CHAT, chatRows(BASE_CHAT));
    const r = await cli(
      'payroll',
      path.join(dir, '花名册.xlsx'),
      path.join(dir, 'ExportOrderList.csv'),
      path.join(dir, '赤兔.xlsx'),
      '--period',
      '2026-10',
      '--json',
    );
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const agents = r.json<{ agents: { agentId: string; sales: number }[] }>().agents;
    expect(Object.fromEntries(agents.map((a) => [a.agentId, a.sales]))).toEqual(BY_HAND);
    expect(readFileSync(path.join(dir, '花名册-2026-10.xlsx')).subarray(0, 2).toString()).toBe('PK');
  },
);
