/**
 * Columns of an order report the engine never reads: the buyer's contact and
 * shipping details, titles and logistics. A big CSV drops their cells while it
 * is read (the header keeps them, so columns stay where they were): they are
 * most of the bytes, and buyer data the payroll must not hold anyway.
 */
import { normalizeKey } from '../text';

const UNUSED = new Set(
  [
    '买家支付宝账号', '支付单号', '支付详情', '买家留言', '收货人姓名', '收货地址', '运送方式', '联系电话', '联系手机', '虚拟号过期时间',
    '宝贝标题', '宝贝种类', '物流单号', '物流公司', '店铺id', '店铺名称', '订单关闭原因', '发票抬头', '是否手机订单', '分阶段订单信息',
    '特权订金订单id', '是否上传合同照片', '是否上传小票', '是否代付', '定金排名', '修改后的sku', '修改后的收货地址', '异常信息',
    '新零售导购门店名称', '新零售导购门店id', '新零售发货门店名称', '新零售发货门店id', '预约门店', '新零售成交门店昵称', '新零售成交门店id', '新零售成交经销商id',
  ].map((h) => normalizeKey(h)),
);

export function isUnusedOrderColumn(header: string): boolean {
  return UNUSED.has(normalizeKey(header));
}
