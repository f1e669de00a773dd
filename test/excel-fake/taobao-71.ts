/**
 * The 71-column Taobao order report (test/corpus/exports-headers.json,
 * taobao_2021_71) filled for the adapter's read measurement: the order
 * fields from sample-orders.ts, and every other column with text like the real
 * export's (addresses, titles, payment numbers, logistics), since those are
 * what make a real report heavy.
 */
import HEADERS from '../corpus/exports-headers.json';
import { InputCell, orderRows } from './sample-orders';

export const TAOBAO_71: string[] = HEADERS.orders.taobao_2021_71.header;

const ADDRESSES = [
  '浙江省 杭州市 西湖区 文三路 478 号 华星时代广场 A 座 1502 室',
  '广东省 深圳市 南山区 科技园南区 高新南七道 18 号',
  '江苏省 南京市 鼓楼区 中山北路 105 号 3 栋 2 单元 601',
  '四川省 成都市 武侯区 天府大道北段 1700 号',
];
const TITLES = [
  '暖阳羊毛围巾女冬季加厚保暖百搭高级感披肩',
  '纯棉四件套床上用品简约风全棉被套床单枕套',
  '316 不锈钢保温杯男女士便携大容量学生水杯',
  '儿童羽绒服中长款加厚男童女童冬装外套',
];

/** Filler for a column the engine does not read, varying by row like real data. */
function filler(header: string, i: number): InputCell {
  switch (header) {
    case '支付单号':
      return `2026100122001${String(1_000_000_000 + i * 7919).slice(0, 10)}${i % 10}`;
    case '支付详情':
      return `支付宝:${(i % 500) + 0.5}元`;
    case '买家留言':
      return i % 7 === 0 ? '请尽快发货，谢谢' : '';
    case '收货人姓名':
      return `王${i % 97}`;
    case '收货地址':
    case '修改后的收货地址':
      return `${ADDRESSES[i % 4]}(${100000 + (i % 900000)})`;
    case '运送方式':
      return '快递';
    case '联系电话':
      return '';
    case '联系手机':
      return `'138****${String(i % 10000).padStart(4, '0')}`;
    case '宝贝标题':
      return TITLES[i % 4];
    case '宝贝种类':
      return 1 + (i % 3);
    case '物流单号':
      return `SF${1_400_000_000_000 + i}`;
    case '物流公司':
      return '顺丰速运';
    case '店铺Id':
      return 123456789;
    case '店铺名称':
      return '暖阳旗舰店';
    case '订单关闭原因':
      return '订单未关闭';
    case '是否手机订单':
      return '手机订单';
    case '修改后的sku':
      return i % 11 === 0 ? '颜色分类:灰色;尺码:L' : '';
    case '确认收货时间':
    case '发货时间':
      return `2026-10-${String(1 + (i % 28)).padStart(2, '0')} 18:2${i % 10}:00`;
    case '配送类型':
      return '快递';
    case '主订单编号':
      return `="${String(3_000_000_000_000_000_00n + BigInt(i))}"`;
    default:
      return header.startsWith('是否') ? '否' : /金额|服务费|抵扣|积分/.test(header) ? 0 : '';
  }
}

/**
 * A sheet whose first row is its header, laid out as the 71-column report: each
 * column whose header (trimmed) is one of the 71 goes there, the others follow
 * the 71; the remaining report columns get filler. Row 0 stays the header.
 */
export function widenToTaobao71(rows: InputCell[][]): InputCell[][] {
  const header = rows[0].map((h) => String(h ?? '').trim());
  const extra = header.map((h, c) => (TAOBAO_71.includes(h) ? -1 : c)).filter((c) => c >= 0);
  const source = TAOBAO_71.map((h) => header.indexOf(h));
  return rows.map((row, r) => [
    ...TAOBAO_71.map((h, k) =>
      r === 0 ? (source[k] >= 0 ? row[source[k]] : h) : source[k] >= 0 ? row[source[k]] : filler(h, r),
    ),
    ...extra.map((c) => row[c]),
  ]);
}

/** Header row plus `count` orders in exactly the 71 columns (the sample's 客服 column, not in the layout, left out). */
export function taobao71Rows(count: number): InputCell[][] {
  return widenToTaobao71(orderRows(count)).map((row) => row.slice(0, TAOBAO_71.length));
}
