/**
 * Every string the pane shows, in Chinese (the default) and English. The
 * `Strings` interface makes a string missing in one language a type error.
 */
// Domain words (kinds, severities, roles, grades) come from the engine's one label set, as the sheets use them.
import { acceptedSheetNames, GRADE_TEXT, IMPORT_SHEET_NAME, INPUT_KIND_TEXT, labelsIn, ROLE_TEXT, SEVERITY_TEXT } from '../engine';
import type { Grade, InputKind, Lang, Role, Severity } from '../engine';

export type { Lang };

/** Input kinds the payroll cannot run without. */
export type RequiredKind = 'roster' | 'orders' | 'chat';
export const REQUIRED_KINDS: RequiredKind[] = ['roster', 'orders', 'chat'];

// Sheet names come from the engine's alias tables, so a message never lists a name the reader does not accept (or misses one it does).
const sheetAliasesIn = (lang: Lang): Record<RequiredKind, string> =>
  Object.fromEntries(REQUIRED_KINDS.map((k) => [k, acceptedSheetNames(k, lang).join(' / ')])) as Record<RequiredKind, string>;
const importNames = REQUIRED_KINDS.map((k) => IMPORT_SHEET_NAME[k]);

export type Step = 'read' | 'compute' | 'write';

/** Excel failures a manager can act on; anything else is "unexpected". */
export type ExcelProblem = 'cellEditing' | 'tooLarge' | 'notFound' | 'protected' | 'busy' | 'other';

export interface Strings {
  appTitle: string;
  appSubtitle: string;
  english: string;
  na: string;


  inputsTitle: string;
  refresh: string;
  loadingSheets: string;
  kind: Record<InputKind, string>;
  usedRows: (n: number) => string;
  dataRows: (n: number) => string;
  noInputsTitle: string;
  noInputsBody: string;
  missingTitle: string;
  missingSheet: (kind: string, aliases: string) => string;
  sheetAliases: Record<RequiredKind, string>;

  insertDemo: string;
  insertPlan: string;
  insertingDemo: string;
  insertingPlan: string;
  demoInserted: (period: string) => string;
  planInserted: (sheet: string) => string;
  importFiles: string;
  importingFiles: string;
  filesImported: (sheets: string[]) => string;
  confirmReplaceTitle: string;
  confirmReplaceBody: (names: string) => string;
  replace: string;
  cancel: string;

  validate: string;
  validating: string;
  validationOk: (period: string) => string;
  validationFatalTitle: string;
  issuesTitle: (n: number) => string;
  severity: Record<Severity, string>;
  workbookLevel: string;
  goToCell: (cell: string) => string;
  valueWas: (v: string) => string;
  moreIssues: (n: number) => string;
  /** Info issues, counted beside the problems that need action. */
  notesBeside: (n: number) => string;

  generate: string;
  generating: string;
  step: Record<Step, string>;
  cancelled: string;

  resultTitle: (period: string) => string;
  agents: string;
  shopSales: string;
  silentShare: string;
  /** Silent orders (静默下单: no source named an agent), by count and amount. */
  silentSales: (amount: string, orders: number) => string;
  dataProblems: string;
  stars: string;
  noStars: string;
  top3: string;
  role: Record<Role, string>;
  grade: Record<Grade, string>;
  scoreLabel: string;
  openScorecard: string;
  downloadCsv: string;
  csvFileName: (period: string) => string;

  errorTitle: string;
  inputErrorTitle: string;
  refusedTitle: string;
  excelError: Record<ExcelProblem, string>;
  unexpected: string;
  details: (text: string) => string;
  dismiss: string;

  notInExcelTitle: string;
  notInExcelBody: string;
}

const zh: Strings = {
  appTitle: '客服绩效',
  appSubtitle: '每月一键生成绩效排名与工资表',
  english: 'English',
  na: '不适用',


  inputsTitle: '数据工作表',
  refresh: '刷新',
  loadingSheets: '正在读取工作表列表…',
  kind: labelsIn(INPUT_KIND_TEXT, 'zh'),
  usedRows: (n) => `${n} 行`,
  dataRows: (n) => `${n} 行数据`,
  noInputsTitle: '工作簿里还没有数据',
  noInputsBody: `请把${importNames.slice(0, -1).join('、')}和${importNames[importNames.length - 1]}粘贴到各自的工作表中；也可以先插入演示数据试一试。`,
  missingTitle: '缺少必需的工作表',
  missingSheet: (kind, aliases) => `缺少“${kind}”工作表（工作表名可以是：${aliases}）`,
  sheetAliases: sheetAliasesIn('zh'),

  insertDemo: '插入演示数据',
  insertPlan: '插入示例方案',
  insertingDemo: '正在插入演示数据…',
  insertingPlan: '正在插入示例方案…',
  demoInserted: (p) => `已插入 ${p} 的演示数据，可以先“检查数据”，再生成工资。`,
  planInserted: (sheet) => `已插入“${sheet}”工作表，里面是默认的权重、目标和金额，可直接修改。`,
  importFiles: '导入文件',
  importingFiles: '正在导入文件…',
  filesImported: (s) => `已导入：${s.join('、')}。可以先“检查数据”，再生成工资。`,
  confirmReplaceTitle: '替换已有工作表？',
  confirmReplaceBody: (names) => `以下工作表会被替换，其中的内容将丢失：${names}`,
  replace: '替换',
  cancel: '取消',

  validate: '检查数据',
  validating: '正在检查数据…',
  validationOk: (p) => `${p} 的数据没有发现问题。`,
  validationFatalTitle: '无法生成工资',
  issuesTitle: (n) => `数据问题（${n}）`,
  severity: labelsIn(SEVERITY_TEXT, 'zh'),
  workbookLevel: '整个工作簿',
  goToCell: (c) => `定位到 ${c}`,
  valueWas: (v) => `原值：${v}`,
  moreIssues: (n) => `还有 ${n} 条未显示，生成后可在“数据问题”工作表中查看全部。`,
  notesBeside: (n) => `另有 ${n} 条提示（无需处理）`,

  generate: '生成月度工资',
  generating: '正在生成…',
  step: { read: '读取数据', compute: '计算绩效与工资', write: '写入结果工作表' },
  cancelled: '已取消，工作簿未做任何更改。',

  resultTitle: (p) => `${p} 工资已生成`,
  agents: '客服人数',
  shopSales: '店铺销售额',
  silentShare: '静默销售占比',
  silentSales: (a, n) => `静默下单 ${n} 笔 · ${a}`,
  dataProblems: '数据问题',
  stars: '明星客服',
  noStars: '本月没有评出明星客服',
  top3: '各岗位前三名',
  role: labelsIn(ROLE_TEXT, 'zh'),
  grade: labelsIn(GRADE_TEXT, 'zh'),
  scoreLabel: '得分',
  openScorecard: '打开绩效表',
  downloadCsv: '下载财务 CSV',
  csvFileName: (p) => `工资表-${p}.csv`,

  errorTitle: '操作没有完成',
  inputErrorTitle: '缺少必需的工作表或列',
  refusedTitle: '未执行：工作簿未作任何改动',
  excelError: {
    cellEditing: 'Excel 正在编辑某个单元格。请按 Enter 或 Esc 结束编辑后再试。',
    tooLarge: '数据量超过了 Excel 单次处理的上限。请关闭其他工作簿后重试，或把订单拆分到多个工作表。',
    notFound: '找不到需要的工作表，可能刚被重命名或删除。请点“刷新”后重试。',
    protected: '工作簿或工作表受保护，无法写入。请取消保护后重试。',
    busy: 'Excel 正忙，请稍后再试。',
    other: 'Excel 无法完成这个操作，请重试。',
  },
  unexpected: '出现了意外问题，操作没有完成。请重试；如果仍然失败，请把下面的说明发给技术支持。',
  details: (t) => `说明：${t}`,
  dismiss: '关闭',

  notInExcelTitle: '请在 Excel 中打开',
  notInExcelBody: '“客服绩效”是 Excel 加载项，需要在 Excel 中通过“加载项”打开。',
};

const en: Strings = {
  appTitle: 'CS Performance',
  appSubtitle: 'Monthly ranking and payroll in one click',
  english: 'English',
  na: 'N/A',


  inputsTitle: 'Data sheets',
  refresh: 'Refresh',
  loadingSheets: 'Reading the list of sheets…',
  kind: labelsIn(INPUT_KIND_TEXT, 'en'),
  usedRows: (n) => `${n} rows`,
  dataRows: (n) => `${n} data rows`,
  noInputsTitle: 'This workbook has no data yet',
  noInputsBody: 'Paste the roster, the order report and the chat statistics into their own sheets, or insert demo data to try the add-in.',
  missingTitle: 'Required sheets are missing',
  missingSheet: (kind, aliases) => `No "${kind}" sheet (name it one of: ${aliases})`,
  sheetAliases: sheetAliasesIn('en'),

  insertDemo: 'Insert demo data',
  insertPlan: 'Insert sample plan',
  insertingDemo: 'Inserting demo data…',
  insertingPlan: 'Inserting the sample plan…',
  demoInserted: (p) => `Demo data for ${p} inserted. Check the data, then generate the payroll.`,
  importFiles: 'Import files',
  importingFiles: 'Importing files…',
  filesImported: (s) => `Imported: ${s.join(', ')}. Check the data, then generate the payroll.`,
  planInserted: (sheet) => `A "${sheet}" sheet with the default weights, targets and amounts was inserted; edit it as you like.`,
  confirmReplaceTitle: 'Replace existing sheets?',
  confirmReplaceBody: (names) => `These sheets will be replaced and their contents lost: ${names}`,
  replace: 'Replace',
  cancel: 'Cancel',

  validate: 'Check data',
  validating: 'Checking the data…',
  validationOk: (p) => `No data problems found for ${p}.`,
  validationFatalTitle: 'The payroll cannot be generated',
  issuesTitle: (n) => `Data problems (${n})`,
  severity: labelsIn(SEVERITY_TEXT, 'en'),
  workbookLevel: 'Whole workbook',
  goToCell: (c) => `Go to ${c}`,
  valueWas: (v) => `Value: ${v}`,
  moreIssues: (n) => `${n} more not shown; after generating, the Issues sheet lists them all.`,
  notesBeside: (n) => `plus ${n} notes (nothing to fix)`,

  generate: 'Generate monthly payroll',
  generating: 'Generating…',
  step: { read: 'Reading data', compute: 'Computing scores and pay', write: 'Writing result sheets' },
  cancelled: 'Cancelled. The workbook was not changed.',

  resultTitle: (p) => `Payroll for ${p} generated`,
  agents: 'Agents',
  shopSales: 'Shop sales',
  silentShare: 'Silent sales share',
  silentSales: (a, n) => `Silent orders: ${n} · ${a}`,
  dataProblems: 'Data problems',
  stars: 'Stars',
  noStars: 'No stars were awarded this month',
  top3: 'Top 3 per role',
  role: labelsIn(ROLE_TEXT, 'en'),
  grade: labelsIn(GRADE_TEXT, 'en'),
  scoreLabel: 'Score',
  openScorecard: 'Open scorecard',
  downloadCsv: 'Download finance CSV',
  csvFileName: (p) => `Payroll-${p}.csv`,

  errorTitle: 'That did not finish',
  inputErrorTitle: 'A required sheet or column is missing',
  refusedTitle: 'Not done: the workbook was left unchanged',
  excelError: {
    cellEditing: 'Excel is editing a cell. Press Enter or Esc to finish editing, then try again.',
    tooLarge: 'The data is larger than Excel can handle in one request. Close other workbooks and retry, or split the orders across several sheets.',
    notFound: 'A sheet could not be found; it may have just been renamed or deleted. Click Refresh and try again.',
    protected: 'The workbook or sheet is protected. Unprotect it and try again.',
    busy: 'Excel is busy. Please try again in a moment.',
    other: 'Excel could not complete the operation. Please try again.',
  },
  unexpected: 'Something unexpected went wrong and the operation did not finish. Try again; if it keeps failing, send the note below to support.',
  details: (t) => `Note: ${t}`,
  dismiss: 'Dismiss',

  notInExcelTitle: 'Open this in Excel',
  notInExcelBody: 'CS Performance is an Excel add-in: open it in Excel from the Add-ins menu.',
};

export const STRINGS: Record<Lang, Strings> = { zh, en };

export function strings(lang: Lang): Strings {
  return STRINGS[lang];
}
