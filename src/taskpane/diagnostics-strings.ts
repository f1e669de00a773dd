/** Strings of the Diagnostics (诊断) panel, kept apart from the main catalogue while the panel is new. */
import type { Lang } from '../engine';
import type { SelfCheckId } from '../excel/self-check';

export interface DiagnosticsStrings {
  title: string;
  intro: string;
  run: string;
  running: string;
  copy: string;
  copied: string;
  passed: (n: number) => string;
  failed: (failed: number, total: number) => string;
  reportLabel: string;
  date1904: string;
  error: string;
  /** Shown only when no Web Worker could start: large months then pause the pane while they compute. */
  engineOnPage: string;
  items: Record<SelfCheckId, string>;
}

const zh: DiagnosticsStrings = {
  title: '诊断',
  intro: '首次加载后请运行一次：在临时工作表中检查本加载项依赖的每项 Excel 行为，完成后删除该工作表，不改动您的数据。',
  run: '运行自检',
  running: '正在自检…',
  copy: '复制结果',
  copied: '已复制',
  passed: (n) => `全部 ${n} 项通过。`,
  failed: (f, n) => `${n} 项中有 ${f} 项未通过，请把下面的结果发给技术支持。`,
  reportLabel: '自检结果（可复制）',
  date1904: '此工作簿使用 1904 日期系统：粘贴进来的日期序列号比常规少 1462 天，请核对订单付款时间。',
  error: '自检无法运行',
  engineOnPage: '此环境无法启动后台线程，计算在任务窗格页面中进行：数据量大时，检查数据和生成工资期间窗格会暂时无响应，“取消”要等计算结束才生效。',
  items: {
    inertText: '以 = 或 + 开头的文字保持为文字',
    numberFormatArrays: '数字格式按单元格设置',
    protection: '工作表保护生效',
    autoFilter: '筛选可用',
    printFit: '打印：一页宽',
    renameKeepsReferences: '重命名后公式引用不变',
    rewriteKeepsReferences: '清空重写后公式引用不变',
    copyKeepsReferences: '清空并复制内容后公式引用不变',
    largeRequest: '约 4 MB 的请求可以写入',
    customFunction: 'CS.* 函数可以计算',
    dateSerial: '日期读回为序列号',
    dateSystem: '日期系统',
  },
};

const en: DiagnosticsStrings = {
  title: 'Diagnostics',
  intro: 'Run this once after the first sideload: it checks, in a scratch sheet it deletes afterwards, every Excel behaviour the add-in relies on. Your data is not touched.',
  run: 'Run self-check',
  running: 'Checking…',
  copy: 'Copy result',
  copied: 'Copied',
  passed: (n) => `All ${n} checks passed.`,
  failed: (f, n) => `${f} of ${n} checks failed: please send the result below to support.`,
  reportLabel: 'Self-check result (copyable)',
  date1904: 'This workbook uses the 1904 date system: pasted date serials are 1,462 days lower than usual. Check the payment times of the orders.',
  error: 'The self-check could not run',
  engineOnPage: 'No background thread could start here, so the engine runs on the pane\'s page: with large data the pane pauses while checking and generating, and Cancel takes effect only when the computation ends.',
  items: {
    inertText: 'Text starting with = or + stays text',
    numberFormatArrays: 'Number formats set per cell',
    protection: 'Sheet protection holds',
    autoFilter: 'Filters work',
    printFit: 'Print: one page wide',
    renameKeepsReferences: 'References survive a rename',
    rewriteKeepsReferences: 'References survive clear and rewrite',
    copyKeepsReferences: 'References survive clear and copy (regeneration)',
    largeRequest: 'A request of about 4 MB goes through',
    customFunction: 'A CS.* function calculates',
    dateSerial: 'A date reads back as a serial',
    dateSystem: 'Date system',
  },
};

export function diagnosticsStrings(lang: Lang): DiagnosticsStrings {
  return lang === 'zh' ? zh : en;
}
