/**
 * A realistic sample shop: roster, two order-report sheets (the second with
 * an explicit 接待客服 column), a month of daily 赤兔 chat stats, QA,
 * adjustments, targets and two earlier scorecards — in the layout and mess of
 * real exports (="…" order numbers, text amounts, trailing spaces, 延迟统计,
 * 汇总 rows, unpaid/closed/refunded orders, memos in several styles).
 */
import type { Cell, SheetData, WorkbookData } from '../cell';
import { parsePeriod, periodOf, previousPeriod, Period, serialOf } from '../dates';
import type { Level, Role } from '../model';
import { Random } from './random';
import { LEVEL_TEXT, ROLE_TEXT, STATUS_TEXT } from '../messages/labels';
import { BUYER_WORDS, GIVEN, NICKS, QA_ITEMS, SURNAMES } from './names';
import { shopTrendRows } from '../output/shop-trend-block';

export interface DemoOptions {
  period?: string; // "2026-10"
  seed?: number;
  agents?: number; // default 36
  orders?: number; // default 22,000
  /** Leave out the earlier scorecards, QA, adjustments and targets (benchmarks). */
  minimal?: boolean;
}

interface DemoAgent {
  id: string;
  name: string;
  account: string;
  role: Role;
  level: Level;
  probation: boolean;
  hireDay: number | null; // day of month hired (mid-month hire)
  leaveDay: number | null;
  weight: number; // share of orders
  aov: number;
  conversion: number;
  response: number;
  satisfaction: number;
}

const SHOP = '暖阳旗舰店';
const pad2 = (n: number) => String(n).padStart(2, '0');

function dateText(p: Period, day: number, secs: number): string {
  const hh = Math.floor(secs / 3600), mi = Math.floor((secs % 3600) / 60), ss = secs % 60;
  return `${p.year}-${pad2(p.month)}-${pad2(day)} ${pad2(hh)}:${pad2(mi)}:${pad2(ss)}`;
}

function makeAgents(rnd: Random, n: number): DemoAgent[] {
  const roles: Role[] = [];
  const pre = Math.round(n * 0.5), ins = Math.round(n * 0.28);
  for (let i = 0; i < n; i++) roles.push(i < pre ? 'presales' : i < pre + ins ? 'insales' : 'aftersales');
  const levels: Level[] = ['junior', 'intermediate', 'senior', 'expert'];
  const width = n >= 100 ? 3 : 2;
  return roles.map((role, i) => {
    const level = levels[i % 7 === 0 ? 3 : i % 3 === 0 ? 2 : i % 2 === 0 ? 1 : 0];
    const skill = 0.45 + rnd.next() * 0.8 + (level === 'expert' ? 0.25 : level === 'senior' ? 0.12 : 0);
    const nick = NICKS[i % NICKS.length] + (i >= NICKS.length ? String(Math.floor(i / NICKS.length) + 1) : '');
    return {
      id: `KF${String(i + 1).padStart(width, '0')}`,
      name: SURNAMES[i % SURNAMES.length] + GIVEN[(i * 7 + Math.floor(i / SURNAMES.length)) % GIVEN.length], // unique up to 900 agents
      account: `${SHOP}:${nick}`,
      role,
      level,
      probation: i === 3 || i === n - 2,
      hireDay: i === 5 ? 15 : null,
      leaveDay: i === n - 4 ? 20 : null,
      weight: role === 'presales' ? skill : role === 'insales' ? skill * 0.35 : 0.02,
      aov: 75 + rnd.next() * 110,
      conversion: role === 'presales' ? 0.38 + rnd.next() * 0.24 : role === 'insales' ? 0.25 + rnd.next() * 0.2 : 0.05 + rnd.next() * 0.1,
      response: 12 + rnd.next() * 30,
      satisfaction: 0.86 + rnd.next() * 0.12,
    };
  });
}

function rosterSheet(p: Period, agents: DemoAgent[]): SheetData {
  const rows: Cell[][] = [['工号', '姓名', '客服旺旺', '岗位', '级别', '状态', '入职日期', '离职日期 ']];
  for (const a of agents) {
    const hire = a.hireDay ? `${p.year}-${pad2(p.month)}-${pad2(a.hireDay)}` : `${p.year - 1 - (a.level === 'expert' ? 2 : 0)}-0${1 + (a.id.length % 8)}-1${a.id.length % 9}`;
    rows.push([a.id, a.name, a.account, ROLE_TEXT[a.role].zh, LEVEL_TEXT[a.level].zh, STATUS_TEXT[a.probation ? 'probation' : 'regular'].zh, hire, a.leaveDay ? `${p.year}/${p.month}/${a.leaveDay}` : null]);
  }
  // Someone who left before this month: on the roster, not on the payroll.
  rows.push([`KF${agents[0].id.length > 4 ? '900' : '90'}`, '周雨桐', `${SHOP}:小离`, '售前', '中级', '正式', `${p.year - 1}-03-01`, serialOf(p.year, p.month, 1) - 20]);
  return { name: '花名册', rows };
}

const ORDER_HEADER: Cell[] = ['订单编号　', '买家会员名', '买家应付货款', '买家应付邮费', '总金额', '买家实际支付金额 ', '订单状态', '订单创建时间', '订单付款时间 ', '宝贝总数量', '商家备忘', '退款金额'];

function memoFor(rnd: Random, a: DemoAgent, others: DemoAgent[]): string {
  const r = rnd.next();
  if (r < 0.35) return a.id;
  if (r < 0.5) return `#${a.id}`;
  if (r < 0.62) return `客服:${a.id}`;
  if (r < 0.72) return `红旗 ${a.id} 已核对地址`;
  if (r < 0.78) return `${a.id.toLowerCase()} 送小样`;
  if (r < 0.82) return a.id.replace(/[A-Z0-9]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)); // full-width ＫＦ０７
  if (r < 0.86) {
    const b = rnd.pick(others);
    return b.id === a.id ? a.id : `${a.id}/${b.id}`; // split order
  }
  return `${a.id} 发顺丰`;
}

function ordersSheets(rnd: Random, p: Period, agents: DemoAgent[], total: number, consulted: Consultations): SheetData[] {
  const sellers = agents.filter((a) => a.role !== 'aftersales');
  const presales = agents.filter((a) => a.role === 'presales');
  const cum: number[] = [];
  let acc = 0;
  for (const a of sellers) cum.push((acc += a.weight));
  const pickSeller = () => {
    const x = rnd.next() * acc;
    let lo = 0, hi = cum.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cum[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    return sellers[lo];
  };
  const buyers = Math.max(50, Math.floor(total * 0.8));
  const prev = previousPeriod(p);
  const second = Math.floor(total * 0.09);
  const main: Cell[][] = [ORDER_HEADER];
  const extra: Cell[][] = [[...ORDER_HEADER.slice(0, 11), '退款金额', '接待客服']];
  let orderNo = 3000000000000000000n + BigInt(p.year * 100 + p.month) * 1000000000n;
  for (let i = 0; i < total; i++) {
    const a = pickSeller();
    const available = (day: number) => (a.hireDay === null || day >= a.hireDay) && (a.leaveDay === null || day <= a.leaveDay);
    let day = rnd.int(1, p.days);
    if (!available(day)) day = a.hireDay ?? 1;
    const secs = rnd.int(8 * 3600, 23 * 3600 + 59 * 60);
    const buyerIx = Math.floor(Math.pow(rnd.next(), 1.3) * buyers);
    const buyer = buyerIx % 3 === 0 ? `${BUYER_WORDS[buyerIx % BUYER_WORDS.length]}${buyerIx}` : `tb${(buyerIx * 7919) % 100000000}`;
    const qty = rnd.chance(0.7) ? 1 : rnd.int(2, 4);
    const goods = Math.max(9.9, Math.round(a.aov * (0.5 + rnd.next()) * (qty > 1 ? 1 + qty * 0.3 : 1) * 100) / 100);
    const postage = rnd.chance(0.7) ? 0 : rnd.pick([6, 8, 10, 12]);
    const paid = Math.round((goods + postage) * 100) / 100;
    const createdSecs = Math.max(0, secs - rnd.int(30, 900));
    const created = dateText(p, day, createdSecs);
    let status = rnd.pick(['交易成功', '交易成功', '交易成功', '卖家已发货，等待买家确认', '买家已付款，等待卖家发货']);
    let payTime: Cell = dateText(p, day, secs);
    let refund: Cell = 0;
    const r = rnd.next();
    if (r < 0.03) {
      status = '等待买家付款';
      payTime = null;
    } else if (r < 0.045) {
      status = '交易关闭';
      refund = paid;
    } else if (r < 0.1) {
      refund = Math.round(goods * rnd.pick([0.2, 0.5, 1]) * 100) / 100;
    } else if (r < 0.115) {
      payTime = dateText(prev, prev.days, rnd.int(20 * 3600, 23 * 3600)); // paid last month, exported again
    }
    if (payTime !== null && rnd.chance(0.04)) payTime = `${p.year}/${p.month}/${day} ${Math.floor(secs / 3600)}:${pad2(Math.floor((secs % 3600) / 60))}`;
    const m = rnd.next();
    const memo = m < 0.055 ? null : m < 0.058 ? `${a.id.slice(0, 2)}99` : memoFor(rnd, a, presales);
    orderNo += BigInt(rnd.int(1, 999));
    const amountCell: Cell = rnd.chance(0.05) ? `${paid.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}` : rnd.chance(0.02) ? `¥${paid.toFixed(2)}` : paid;
    const row: Cell[] = [`="${orderNo}"`, buyer, goods, postage, paid, amountCell, status, created, payTime, qty, memo, refund];
    consulted.add(p, day, createdSecs, buyer, a, memo === null);
    if (i < second) {
      row[10] = rnd.chance(0.3) ? memo : null;
      extra.push([...row, rnd.chance(0.9) ? a.account : a.id]);
    } else main.push(row);
  }
  // A duplicated paste of a few rows, and a summary row, as real exports have.
  for (let k = 1; k <= 3 && k < main.length; k++) main.push([...main[k]]);
  main.push(['合计', null, null, null, null, null, null, null, null, null, null, null]);
  return [
    { name: '订单报表', rows: main },
    { name: '订单报表 (2)', rows: extra },
  ];
}

/**
 * 接待记录 for the demo: most buyers of memo-less orders were served by the
 * order's agent shortly before (so those orders are credited by rule instead
 * of being silent); about a third of the buyers of memo orders were too, a
 * few of them by a colleague (the rule, ahead of the memo by default, credits
 * the colleague); some consultations come after the order (they never count);
 * a few name a nick that is not on the roster (reported once, with a count).
 */
class Consultations {
  private readonly rows: Cell[][] = [['买家昵称', '客服昵称', '咨询时间', '接待时长(秒)', '消息数']];
  constructor(private rnd: Random, private colleagues: DemoAgent[]) {}

  add(p: Period, day: number, createdSecs: number, buyer: string, a: DemoAgent, noMemo: boolean): void {
    const rnd = this.rnd;
    if (!rnd.chance(noMemo ? 0.8 : 0.35)) return;
    const served = !noMemo && rnd.chance(0.05) ? rnd.pick(this.colleagues) : a;
    const nick = served.account.slice(served.account.indexOf(':') + 1);
    const who = rnd.chance(0.01) ? `${SHOP}:小新` : rnd.chance(0.7) ? served.account : rnd.chance(0.67) ? nick : served.id;
    this.push(buyer, who, dateText(p, day, Math.max(0, createdSecs - rnd.int(60, 3 * 3600))));
    if (rnd.chance(0.03)) this.push(buyer, rnd.pick(this.colleagues).account, dateText(p, day, Math.min(86399, createdSecs + rnd.int(60, 1800))));
  }

  private push(buyer: string, agent: string, time: string): void {
    this.rows.push([buyer, agent, time, this.rnd.int(30, 1800), this.rnd.int(2, 40)]);
  }

  sheet(): SheetData {
    return { name: '接待记录', rows: this.rows };
  }
}

function chatSheet(rnd: Random, p: Period, agents: DemoAgent[]): SheetData {
  const header: Cell[] = ['客服', '日期', '咨询人数', '接待人数', '询单人数', '询单->最终付款人数', '未回复人数', '平均响应(秒)', '首次响应(秒)', '答问比', '很满意', '满意', '一般', '不满意', '很不满意'];
  const rows: Cell[][] = [['赤兔名品·客服绩效 导出'], header];
  for (let day = 1; day <= p.days; day++) {
    for (const a of agents) {
      if ((a.hireDay !== null && day < a.hireDay) || (a.leaveDay !== null && day > a.leaveDay)) continue;
      const consultations = a.role === 'aftersales' ? rnd.int(25, 60) : rnd.int(40, 110);
      const received = consultations - rnd.int(0, 2);
      const inquiries = a.role === 'aftersales' ? rnd.int(0, 6) : Math.round(received * (0.45 + rnd.next() * 0.2));
      const paidBuyers = Math.min(inquiries, Math.max(0, Math.round(inquiries * (a.conversion + rnd.normal() * 0.04))));
      const unreplied = rnd.chance(0.15) ? rnd.int(1, 3) : 0;
      const response = Math.round(Math.max(4, a.response + rnd.normal() * 4) * 10) / 10;
      const evals = Math.round(received * (0.08 + rnd.next() * 0.08));
      let vs = 0, s = 0, neutral = 0, bad = 0, vbad = 0;
      for (let k = 0; k < evals; k++) {
        const x = rnd.next();
        if (x < a.satisfaction * 0.72) vs++;
        else if (x < a.satisfaction) s++;
        else if (x < a.satisfaction + (1 - a.satisfaction) * 0.6) neutral++;
        else if (x < a.satisfaction + (1 - a.satisfaction) * 0.9) bad++;
        else vbad++;
      }
      const lastDay = day === p.days && rnd.chance(0.3);
      rows.push([a.account, `${p.year}-${pad2(p.month)}-${pad2(day)}`, consultations, received, inquiries, lastDay ? '延迟统计' : paidBuyers, unreplied, response, Math.round(response * 0.6 * 10) / 10, `${100 + rnd.int(20, 80)}%`, vs, s, neutral, bad, vbad]);
    }
  }
  // The shop's main account also receives chats; it is on no roster.
  rows.push([`${SHOP}`, `${p.year}-${pad2(p.month)}-01`, 30, 30, 5, 2, 0, 15, 9, '120%', 1, 1, 0, 0, 0]);
  rows.push(['均值', null, null, null, null, null, null, null, null, null, null, null, null, null, null]);
  return { name: '聊天统计', rows };
}

function qaSheet(rnd: Random, p: Period, agents: DemoAgent[]): SheetData {
  const rows: Cell[][] = [['工号', '日期', '质检项目', '扣分', '致命项']];
  for (let i = 0; i < Math.max(8, Math.floor(agents.length * 0.6)); i++) {
    const a = agents[(i * 5) % agents.length];
    rows.push([a.id, `${p.year}-${pad2(p.month)}-${pad2(rnd.int(1, 28))}`, rnd.pick(QA_ITEMS.slice(0, 7)), rnd.pick([1, 2, 2, 3, 5]), '否']);
  }
  rows.push([agents[Math.min(8, agents.length - 1)].id, `${p.year}-${pad2(p.month)}-12`, '泄露买家信息', 10, '是']);
  return { name: '质检', rows };
}

function adjustmentsSheet(p: Period, agents: DemoAgent[]): SheetData {
  const d = (day: number) => `${p.year}-${pad2(p.month)}-${pad2(day)}`;
  const at = (i: number) => agents[i % agents.length].id;
  return {
    name: '奖惩',
    rows: [
      ['工号', '日期', '类型', '金额', '原因'],
      [at(2), d(3), '奖励', 10, '发现宝贝详情页数据错误'],
      [at(2), d(9), '奖励', 10, '发现宝贝详情页数据错误'],
      [at(7), d(11), '奖励', 30, '建议被采纳：新增尺码表快捷短语'],
      [at(12), d(2), '违规', null, '上班时间看视频'],
      [at(12), d(14), '违规', null, '私自登录私人旺旺'],
      [at(12), d(21), '违规', null, '上班时间玩游戏'],
      [at(16), d(6), '违规', null, '迟到未请假'],
      [at(10), d(18), '罚款', 50, '未按规定交接班'],
      [at(0), d(25), '项目奖金', 500, '双十一预热项目'],
      [at(1), d(25), '项目奖金', 300, '双十一预热项目'],
    ],
  };
}

function targetsSheet(agents: DemoAgent[]): SheetData {
  // Seed 004: a veteran's conversion target is set from their own average.
  const vets = agents.filter((a) => a.role === 'presales' && a.level === 'expert').slice(0, 3);
  return { name: '目标', rows: [['工号', '指标', '目标'], ...vets.map((a) => [a.id, '询单转化率', '52%'] as Cell[])] };
}

/**
 * Three earlier months' scorecards, as a run of this version writes them
 * (score, grade, sales, conversion and the shop-trend block), so streaks,
 * trends and charts have something to show. Scores and grades come from the
 * main random stream as before; the figures added for trends from their own,
 * so the current month's data is unchanged.
 */
function historySheets(rnd: Random, p: Period, agents: DemoAgent[]): SheetData[] {
  const out: SheetData[] = [];
  const scores = new Map<number, number[]>();
  for (const back of [2, 1]) {
    scores.set(back, agents.map((_, i) => (i % 9 === 4 ? 70 + rnd.int(0, 8) : 82 + rnd.int(0, 30)))); // a few agents who failed the earlier months too
  }
  const extra = new Random(p.year * 100 + p.month);
  const totalWeight = agents.reduce((s, a) => s + a.weight, 0);
  // The month before those: everyone passed, so the streaks above stay as they were.
  scores.set(3, agents.map(() => 84 + extra.int(0, 26)));
  for (const back of [3, 2, 1]) {
    const q = previousPeriod(p, back);
    const rows: Cell[][] = [['排名', '工号', '姓名', '客服销售额', '询单转化率', '总分', '等级']];
    let shopSales = 0;
    const month = 2_800_000 + extra.int(0, 500_000);
    agents.forEach((a, i) => {
      const score = scores.get(back)![i];
      const grade = score >= 100 ? '金牌' : score >= 90 ? '银牌' : score >= 80 ? '铜牌' : '不达标';
      const sales = a.role === 'aftersales' ? 0 : Math.round((a.weight / totalWeight) * month * (0.9 + extra.next() * 0.2) * 100) / 100;
      const conversion = a.role === 'aftersales' ? null : Math.round((0.36 + extra.next() * 0.2) * 10000) / 10000;
      shopSales += sales;
      rows.push([i + 1, a.id, a.name, sales, conversion, score, grade]);
    });
    shopSales = Math.round(shopSales * 1.05 * 100) / 100; // silent sales on top
    const shop = { period: q.key, sales: shopSales, silentShare: 0.045 + extra.int(0, 10) / 1000, conversion: 0.4 + extra.int(0, 40) / 1000 };
    rows.push([], ...(shopTrendRows([shop], 'zh').rows as Cell[][])); // numbers and text only, no formulas
    out.push({ name: `绩效 ${q.key}`, rows });
  }
  return out;
}

export function generateDemoWorkbook(opts: DemoOptions = {}): WorkbookData {
  // A week or range asks for the demo month that holds it.
  const asked = opts.period ? parsePeriod(opts.period) : null;
  const period = asked ? periodOf(asked.year, asked.month) : periodOf(2026, 10);
  const rnd = new Random(opts.seed ?? 20261001);
  const agents = makeAgents(rnd, opts.agents ?? 36);
  // The consultations draw from a random stream of their own: the orders are the same with or without them.
  const consulted = new Consultations(new Random((opts.seed ?? 20261001) ^ 0x5a5a5a5a), agents.filter((x) => x.role === 'presales'));
  const sheets: SheetData[] = [rosterSheet(period, agents), ...ordersSheets(rnd, period, agents, opts.orders ?? 22000, consulted), chatSheet(rnd, period, agents)];
  if (!opts.minimal) sheets.push(qaSheet(rnd, period, agents), adjustmentsSheet(period, agents), targetsSheet(agents), ...historySheets(rnd, period, agents), consulted.sheet());
  return { sheets };
}
