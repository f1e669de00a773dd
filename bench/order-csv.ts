/**
 * A Taobao order report as downloaded, generated: the 46-column layout, GBK,
 * every field quoted, order numbers as ="…", CRLF. Written in blocks, so a
 * million rows never sit in memory. Used by the CSV benchmark and tests.
 */
import { createWriteStream } from 'fs';
import { encodeGbk } from '../test/support/gbk';

export const TAOBAO_46 = [
  '订单编号',
  '买家会员名',
  '买家支付宝账号',
  '买家应付货款',
  '买家应付邮费',
  '买家支付积分',
  '总金额',
  '返点积分',
  '买家实际支付金额',
  '买家实际支付积分',
  '订单状态',
  '买家留言',
  '收货人姓名',
  '收货地址 ',
  '运送方式',
  '联系电话 ',
  '联系手机',
  '订单创建时间',
  '订单付款时间 ',
  '宝贝标题 ',
  '宝贝种类 ',
  '物流单号 ',
  '物流公司',
  '订单备注',
  '宝贝总数量',
  '店铺Id',
  '店铺名称',
  '订单关闭原因',
  '卖家服务费',
  '买家服务费',
  '发票抬头',
  '是否手机订单',
  '分阶段订单信息',
  '特权订金订单id',
  '是否上传合同照片',
  '是否上传小票',
  '是否代付',
  '定金排名',
  '修改后的sku',
  '修改后的收货地址',
  '异常信息',
  '天猫卡券抵扣',
  '集分宝抵扣',
  '是否是O2O交易',
  '退款金额',
  '预约门店',
];

const CITIES = [
  '浙江省 杭州市 西湖区 文三路',
  '广东省 深圳市 南山区 科技园',
  '江苏省 南京市 鼓楼区 中山路',
  '四川省 成都市 武侯区 天府大道',
];
const TITLES = [
  '暖阳羊毛围巾女冬季加厚保暖',
  '纯棉四件套床上用品简约风',
  '保温杯男女士便携大容量',
  '儿童羽绒服中长款加厚',
];
const pad2 = (n: number) => String(n).padStart(2, '0');

export interface OrderCsvOptions {
  rows: number;
  /** Agent 工号 written into 订单备注 ("客服:KF07"); every 20th order has none (silent). */
  agentIds: string[];
  year: number;
  month: number;
}

/** Deterministic row i: amounts in cents so the expected totals are known. */
export function orderRow(i: number, o: OrderCsvOptions): { cells: string[]; agent: string | null; paidCents: number } {
  const paidCents = 1000 + ((i * 7919) % 50000);
  const agent = i % 20 === 0 ? null : o.agentIds[i % o.agentIds.length];
  const day = 1 + (i % 28);
  const secs = (i * 37) % 86400;
  const time = `${o.year}-${pad2(o.month)}-${pad2(day)} ${pad2(Math.floor(secs / 3600))}:${pad2(Math.floor(secs / 60) % 60)}:${pad2(secs % 60)}`;
  const paid = (paidCents / 100).toFixed(2);
  const cells = [
    `="${String(300000000000000000n + BigInt(i) * 7n)}"`,
    `tb_buyer${i % 200000}`,
    `138****${String(i % 10000).padStart(4, '0')}@163.com`,
    paid,
    '0.00',
    '0',
    paid,
    '0',
    paid,
    '0',
    '交易成功',
    '',
    `王${i % 97}`,
    CITIES[i % 4] + `${i % 300}号`,
    '快递',
    '',
    `'138****${String(i % 10000).padStart(4, '0')}`,
    time,
    time,
    TITLES[i % 4],
    '1',
    `SF${1000000000 + i}`,
    '顺丰速运',
    agent ? `客服:${agent} 已催付` : '',
    String(1 + (i % 3)),
    '123456789',
    '暖阳旗舰店',
    '订单未关闭',
    '0',
    '0元',
    '',
    '手机订单',
    '',
    '=""',
    '否',
    '否',
    '否',
    '',
    '',
    '',
    '',
    '0.00',
    '0.00',
    '否',
    '0.00',
    '',
  ];
  return { cells, agent, paidCents };
}

function line(cells: string[]): string {
  // The export quotes every field except the ="…" order numbers.
  return cells.map((c) => (c.startsWith('="') ? c : `"${c.replace(/"/g, '""')}"`)).join(',') + '\r\n';
}

/** Write the CSV; returns the expected sales per agent in cents (silent orders under ''). */
export async function writeOrderCsv(file: string, o: OrderCsvOptions): Promise<Map<string, number>> {
  const out = createWriteStream(file);
  const sales = new Map<string, number>();
  const write = (bytes: Uint8Array) =>
    new Promise<void>((resolve, reject) => out.write(bytes, (e) => (e ? reject(e) : resolve())));
  await write(encodeGbk(line(TAOBAO_46)));
  let block = '';
  for (let i = 0; i < o.rows; i++) {
    const r = orderRow(i, o);
    sales.set(r.agent ?? '', (sales.get(r.agent ?? '') ?? 0) + r.paidCents);
    block += line(r.cells);
    if (block.length > 1 << 20) {
      await write(encodeGbk(block));
      block = '';
    }
  }
  if (block) await write(encodeGbk(block));
  await new Promise<void>((resolve, reject) => out.end((e?: Error | null) => (e ? reject(e) : resolve())));
  return sales;
}
