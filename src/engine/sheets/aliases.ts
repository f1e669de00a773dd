import type { InputKind, Lang } from '../model';

/**
 * Sheet-name aliases per input kind (Chinese or English, matched
 * case-insensitively after trimming and folding full-width characters).
 * A trailing " (2)", "2" or "-2" is allowed: exports split across sheets.
 */
export const SHEET_ALIASES: Record<Exclude<InputKind, 'history'>, string[]> = {
  roster: ['花名册', '客服名单', '客服花名册', '人员名单', 'roster', 'staff', 'agents'],
  orders: ['订单', '订单报表', '订单列表', '订单明细', 'orders', 'order report', 'orderreport'],
  chat: ['聊天统计', '客服数据', '接待统计', '客服绩效数据', 'chatstats', 'chat stats', 'chat'],
  qa: ['质检', '质检记录', 'qa', 'quality'],
  adjustments: ['奖惩', '奖惩记录', 'adjustments', 'rewards and fines'],
  targets: ['目标', '个人目标', 'targets'],
  plan: ['方案', '绩效方案', 'plan'],
  disputes: ['申诉', '申诉记录', '工资申诉', 'disputes', 'dispute'],
  ratings: ['评分', '主管评分', '评分表', 'ratings'],
  consultations: ['接待记录', '咨询记录', '接待明细', '咨询明细', 'consultations', 'consultation records'],
};

const HAN = /[\u3400-\u9fff]/;

/** Every name the reader accepts for a sheet of this kind, those in the reader's language first (for messages: never retyped). */
export function acceptedSheetNames(kind: keyof typeof SHEET_ALIASES, lang: Lang): string[] {
  const names = SHEET_ALIASES[kind];
  const inLang = (n: string) => HAN.test(n) === (lang === 'zh');
  return [...names.filter(inLang), ...names.filter((n) => !inLang(n))];
}

/** A field of an input table: its key and the header texts that name it. */
export interface FieldDef {
  key: string;
  aliases: string[];
  required?: boolean;
}

export const ROSTER_FIELDS: FieldDef[] = [
  {
    key: 'agentId',
    aliases: ['工号', '客服工号', '员工工号', '员工编号', 'agent id', 'agentid', 'id'],
    required: true,
  },
  { key: 'name', aliases: ['姓名', '客服姓名', '员工姓名', 'name'], required: true },
  {
    key: 'account',
    aliases: [
      '旺旺',
      '客服旺旺',
      '子账号',
      '客服昵称',
      '旺旺号',
      '旺旺昵称',
      '旺旺账号',
      '客服账号',
      '账号',
      'account',
      'wangwang',
    ],
  },
  { key: 'role', aliases: ['岗位', '职位', '岗位类型', 'role', 'position'], required: true },
  { key: 'level', aliases: ['级别', '等级', '职级', 'level', 'grade level'], required: true },
  { key: 'status', aliases: ['状态', '在职状态', '员工状态', '转正状态', 'status'] },
  { key: 'hireDate', aliases: ['入职日期', '入职时间', 'hire date', 'hiredate', 'start date'] },
  { key: 'leaveDate', aliases: ['离职日期', '离职时间', 'leave date', 'leavedate', 'end date'] },
];

/**
 * Taobao's item report (宝贝报表, ExportOrderDetailList: one row per item, downloaded in the same batch as the
 * order report). It has no payment time, buyer or amount paid, so it cannot be read as orders (SPEC §3: an order
 * belongs to a period by its payment time; net sales from 实付): these columns only recognise it, to say so.
 */
export const ITEM_REPORT_FIELDS: FieldDef[] = [
  { key: 'orderId', aliases: ['订单编号', '主订单编号', '子订单编号', '订单号'] },
  { key: 'title', aliases: ['标题', '商品标题', '宝贝标题'] },
  { key: 'price', aliases: ['价格', '商品价格', '单价'] },
  { key: 'itemQty', aliases: ['购买数量'] },
  { key: 'sku', aliases: ['商家编码', '外部系统编号', '商品属性', '套餐信息'] },
];

export const ORDER_FIELDS: FieldDef[] = [
  {
    key: 'orderId',
    aliases: ['订单编号', '订单号', '订单id', 'order id', 'orderid', 'order no', 'order number'],
    required: true,
  },
  // The parent order of newer Taobao layouts: its own field, so it is neither the key nor a duplicate header.
  { key: 'parentOrderId', aliases: ['主订单编号', '父订单编号', 'parent order id'] },
  // Not required: Pinduoduo and some reports have none, and each paid order then counts as one buyer.
  {
    key: 'buyer',
    aliases: [
      '买家会员名',
      '买家昵称',
      '买家账号',
      '下单帐号',
      '下单账号',
      '买家',
      '用户昵称',
      'buyer',
      'buyer id',
      'buyer name',
    ],
  },
  { key: 'goods', aliases: ['买家应付货款', '应付货款', 'goods amount'] },
  { key: 'postage', aliases: ['买家应付邮费', '应付邮费', '邮费', '运费', '运费金额', 'postage', 'shipping'] },
  { key: 'total', aliases: ['总金额', '订单金额', 'total', 'total amount'] },
  {
    key: 'paid',
    aliases: [
      '买家实际支付金额',
      '实际支付金额',
      '实付金额',
      '买家实付金额',
      '用户实付金额',
      '应付金额',
      '结算金额',
      'paid',
      'paid amount',
      'amount paid',
    ],
    required: true,
  },
  { key: 'status', aliases: ['订单状态', '交易状态', 'status', 'order status'] },
  { key: 'created', aliases: ['订单创建时间', '下单时间', '创建时间', 'created', 'created at'] },
  {
    key: 'payTime',
    aliases: [
      '订单付款时间',
      '付款时间',
      '支付时间',
      '付款确认时间',
      '订单成交时间',
      'payment time',
      'paid at',
      'pay time',
    ],
    required: true,
  },
  { key: 'qty', aliases: ['宝贝总数量', '商品数量', '宝贝数量', '订购数量', '数量', 'quantity', 'units', 'qty'] },
  { key: 'memo', aliases: ['商家备忘', '卖家备注', '商家备注', '备忘', 'memo', 'seller memo'] },
  // A second memo: newer layouts carry 订单备注 beside 商家备忘, and agents write their 工号 in either.
  { key: 'note', aliases: ['订单备注', 'order note'] },
  { key: 'afterSales', aliases: ['售后状态', 'after-sales status'] },
  { key: 'refund', aliases: ['退款金额', '退款', 'refund', 'refund amount'] },
  { key: 'agent', aliases: ['客服', '接待客服', '落实客服', '客服旺旺', '归属客服', 'agent', 'cs agent'] },
];

/** How a QA / adjustment / target / chat row names its agent: by 工号, account or name. */
export const AGENT_REF_FIELDS: FieldDef[] = [
  { key: 'agentId', aliases: ['工号', '客服工号', '员工工号', 'agent id', 'agentid'] },
  {
    key: 'account',
    aliases: [
      '旺旺',
      '客服',
      '客服旺旺',
      '客服昵称',
      '子账号',
      '旺旺昵称',
      '旺旺账号',
      '客服账号',
      '账号',
      '客服名称',
      'account',
      'agent',
    ],
  },
  { key: 'name', aliases: ['姓名', '客服姓名', 'name'] },
];

/**
 * 千牛 / 赤兔 chat statistics. Counts or rates: conversion comes from 询单人数 and
 * 询单最终付款人数, or from a rate (derived into a count with 询单人数, else
 * weighted by 接待人数); a sheet with neither is valid (conversion not available).
 * Headers may carry a 延 / 修 badge (sheets/table.ts strips it).
 */
export const CHAT_FIELDS: FieldDef[] = [
  ...AGENT_REF_FIELDS,
  { key: 'shop', aliases: ['店铺', '店铺名称', '店铺名', 'shop'] },
  { key: 'date', aliases: ['日期', '统计日期', '时间', 'date', 'day'] },
  { key: 'consultations', aliases: ['咨询人数', 'consultations', 'visitors'] },
  { key: 'received', aliases: ['接待人数', 'received', 'served'] },
  { key: 'inquiries', aliases: ['询单人数', '当日询单人数', 'inquiries'] },
  {
    key: 'paidBuyers',
    aliases: [
      '询单最终付款人数',
      '询单->最终付款人数',
      '询单→最终付款人数',
      '询单-最终付款人数',
      '最终付款人数',
      'paid buyers',
      'paidbuyers',
    ],
  },
  {
    key: 'conversionRate',
    aliases: [
      '询单->最终付款成功率',
      '询单→最终付款成功率',
      '询单最终付款成功率',
      '询单转化率',
      '询单最终付款转化率',
      '询单->最终付款转化率',
      'conversion rate',
    ],
  },
  { key: 'unreplied', aliases: ['未回复人数', 'unreplied'] },
  { key: 'replyRate', aliases: ['回复率', '客服回复率', '旺旺回复率', 'reply rate'] },
  {
    key: 'avgResponse',
    aliases: [
      '平均响应(秒)',
      '平均响应时间(秒)',
      '平均响应时间',
      '平均响应',
      '平均响应时长',
      'avg response',
      'average response (s)',
    ],
  },
  {
    key: 'firstResponse',
    aliases: ['首次响应(秒)', '首次响应时间(秒)', '首次响应时间', '首次响应', '首次响应时长', 'first response'],
  },
  { key: 'answerRatio', aliases: ['答问比', '客服答问比', 'answer ratio'] },
  {
    key: 'satisfactionRate',
    aliases: ['客户满意率', '客户满意比', '满意率', '满意度', 'satisfaction', 'satisfaction rate'],
  },
  { key: 'evaluations', aliases: ['评价人数', '评价数', '参评人数', 'evaluations'] },
  { key: 'verySatisfied', aliases: ['很满意', 'very satisfied'] },
  { key: 'satisfied', aliases: ['满意', 'satisfied'] },
  { key: 'neutral', aliases: ['一般', 'neutral'] },
  { key: 'dissatisfied', aliases: ['不满意', 'dissatisfied'] },
  { key: 'veryDissatisfied', aliases: ['很不满意', 'very dissatisfied'] },
];

export const QA_FIELDS: FieldDef[] = [
  ...AGENT_REF_FIELDS,
  { key: 'date', aliases: ['日期', '质检日期', 'date'] },
  { key: 'item', aliases: ['质检项目', '项目', '扣分项', '问题', 'item'] },
  { key: 'points', aliases: ['扣分', '扣分值', '扣除分数', '分值', 'points', 'points deducted'], required: true },
  { key: 'fatal', aliases: ['致命项', '是否致命', '致命', 'fatal'] },
];

export const ADJUSTMENT_FIELDS: FieldDef[] = [
  ...AGENT_REF_FIELDS,
  { key: 'date', aliases: ['日期', 'date'] },
  { key: 'type', aliases: ['类型', '奖惩类型', '类别', 'type'], required: true },
  { key: 'amount', aliases: ['金额', '奖惩金额', 'amount'] },
  { key: 'reason', aliases: ['原因', '事由', '说明', '备注', 'reason'] },
];

export const TARGET_FIELDS: FieldDef[] = [
  ...AGENT_REF_FIELDS,
  { key: 'kpi', aliases: ['指标', '考核指标', 'kpi', 'metric'] },
  { key: 'target', aliases: ['目标', '目标值', 'target'] },
  { key: 'period', aliases: ['周期', '考核周期', 'period', 'cycle'] },
  { key: 'sales', aliases: ['销售额目标', '销售额', '客服销售额', 'sales target', 'sales'] },
  { key: 'conversion', aliases: ['转化率目标', '询单转化率', '转化率', 'conversion target', 'conversion'] },
  { key: 'aov', aliases: ['客单价目标', '客单价', 'aov target', 'aov'] },
  { key: 'replyRate', aliases: ['回复率目标', '回复率', 'reply rate target', 'reply rate'] },
  { key: 'avgResponse', aliases: ['响应时间目标', '平均响应(秒)', '平均响应', 'avg response target', 'avg response'] },
  { key: 'satisfaction', aliases: ['满意率目标', '满意率', 'satisfaction target', 'satisfaction'] },
];

/** 接待记录: one row per consultation (who served which buyer when); other columns of real exports are ignored. */
export const CONSULTATION_FIELDS: FieldDef[] = [
  {
    key: 'buyer',
    aliases: ['买家', '买家昵称', '顾客', '买家会员名', '买家账号', '客户', 'buyer', 'customer'],
    required: true,
  },
  { key: 'agent', aliases: ['客服', '旺旺', '接待客服', '客服昵称', '客服旺旺', '子账号', 'agent'], required: true },
  {
    key: 'time',
    aliases: ['时间', '咨询时间', '接待时间', '首次咨询时间', '开始时间', 'time', 'consulted at'],
    required: true,
  },
];

export const PLAN_FIELDS: FieldDef[] = [
  { key: 'key', aliases: ['键', '参数', '项目键', 'key'], required: true },
  { key: 'value', aliases: ['值', '取值', '数值', 'value'], required: true },
  { key: 'description', aliases: ['说明', '描述', 'description'] },
];

/** 评分 / Ratings: manual items (主管评分, 考勤, 服务态度 …) per agent, scored by the plan's KPI table. */
export const RATING_FIELDS: FieldDef[] = [
  ...AGENT_REF_FIELDS,
  { key: 'item', aliases: ['项目', '评分项目', '考核项目', '评分项', 'item'], required: true },
  { key: 'value', aliases: ['分数', '得分', '评分', '值', 'score', 'value'], required: true },
  { key: 'date', aliases: ['日期', 'date'] },
];

export const HISTORY_FIELDS: FieldDef[] = [
  { key: 'agentId', aliases: ['工号', 'agent id', 'agentid'], required: true },
  { key: 'grade', aliases: ['等级', '评级', 'grade'], required: true },
  // Read for the trend when present (scorecards from before trends carry them too).
  { key: 'score', aliases: ['总分', 'total score', 'score'] },
  { key: 'sales', aliases: ['客服销售额', 'sales'] },
  { key: 'conversion', aliases: ['询单转化率', 'conversion'] },
];

export const DISPUTE_FIELDS: FieldDef[] = [
  ...AGENT_REF_FIELDS,
  { key: 'period', aliases: ['月份', '所属月份', '工资月份', 'period', 'month'] },
  { key: 'item', aliases: ['项目', '申诉项目', '申诉项', '工资项目', 'item'], required: true },
  { key: 'claim', aliases: ['申诉内容', '诉求', '申诉说明', 'claim'] },
  { key: 'amount', aliases: ['申诉金额', '金额', '调整金额', 'amount', 'amount asked'] },
  { key: 'status', aliases: ['状态', '处理状态', '审批状态', 'status'], required: true },
  { key: 'decision', aliases: ['处理结果', '处理意见', '决定', 'decision'] },
  { key: 'reason', aliases: ['原因', '理由', '处理原因', '驳回原因', 'reason'] },
];

/** Every table kind's fields: what the engine reads from a sheet of that kind. */
export const FIELDS_BY_KIND: Record<Exclude<InputKind, 'history'>, FieldDef[]> = {
  roster: ROSTER_FIELDS,
  orders: ORDER_FIELDS,
  chat: CHAT_FIELDS,
  qa: QA_FIELDS,
  adjustments: ADJUSTMENT_FIELDS,
  targets: TARGET_FIELDS,
  plan: PLAN_FIELDS,
  disputes: DISPUTE_FIELDS,
  ratings: RATING_FIELDS,
  consultations: CONSULTATION_FIELDS,
};

/**
 * Columns of real exports one character off a field's name yet another measure (赤兔's 下单->最终付款成功率 is
 * orders to payment, not inquiries): never offered as a typo of that field, whose renaming would change amounts.
 */
export const OTHER_COLUMNS_NEAR_FIELD_NAMES: readonly string[] = [
  '下单->最终付款成功率',
  '下单->最终付款人数',
  '主订单编号',
  '子订单编号',
];
