/** What the file readers say to a manager: plain sentences in zh and en, naming the file, never a library's text. */
import type { LocalText } from '../model';

export interface FileProblem {
  /** Stable code, e.g. 'file-xls' (one per kind of problem). */
  code: string;
  file: string;
  /** Record number in the file (1-based) when the problem is at a row. */
  row: number | null;
  message: LocalText;
}

const SAVE_AS_ZH = '请在 Excel 或 WPS 中打开它，另存为 .xlsx（Excel 工作簿）或 CSV，再导入';
const SAVE_AS_EN = 'open it in Excel or WPS, save it as .xlsx (Excel Workbook) or CSV, and import that';

/** Every file-level problem the readers report, by code. */
export const FILE_TEXT = {
  'file-empty': {
    zh: (f: string) => `${f} 是空文件（0 字节），可能没有下载完整：请重新下载。`,
    en: (f: string) => `${f} is empty (0 bytes), perhaps an unfinished download: download it again.`,
  },
  'file-xls': {
    zh: (f: string) => `${f} 是旧版 Excel（.xls）或 WPS（.et）文件，无法直接读取：${SAVE_AS_ZH}。`,
    en: (f: string) => `${f} is an old Excel (.xls) or WPS (.et) file, which cannot be read directly: ${SAVE_AS_EN}.`,
  },
  'file-xlsb': {
    zh: (f: string) => `${f} 是 Excel 二进制工作簿（.xlsb），无法直接读取：${SAVE_AS_ZH}。`,
    en: (f: string) => `${f} is an Excel binary workbook (.xlsb), which cannot be read directly: ${SAVE_AS_EN}.`,
  },
  'file-numbers': {
    zh: (f: string) => `${f} 是 Apple Numbers 文件，无法直接读取：请在 Numbers 中选择“文件 → 导出为 → Excel”或“CSV”，再导入导出的文件。`,
    en: (f: string) => `${f} is an Apple Numbers file, which cannot be read directly: in Numbers choose File → Export To → Excel or CSV, and import the exported file.`,
  },
  'file-zip': {
    zh: (f: string) => `${f} 是压缩包，不是 Excel 工作簿：请先解压，再导入其中的 .xlsx 或 CSV 文件。`,
    en: (f: string) => `${f} is a zip archive, not an Excel workbook: unzip it first and import the .xlsx or CSV file inside.`,
  },
  'file-html': {
    zh: (f: string) => `${f} 其实是网页格式的表格（有些后台导出的 .xls 就是这样），无法直接读取：${SAVE_AS_ZH}。`,
    en: (f: string) => `${f} is really a web-page table (some back offices export .xls files like this), which cannot be read directly: ${SAVE_AS_EN}.`,
  },
  'file-not-table': {
    zh: (f: string) => `${f} 不是表格文件（既不是 .xlsx 也不是 CSV 文本）：请导入从后台下载的 .xlsx 或 CSV 文件；其他格式${SAVE_AS_ZH}。`,
    en: (f: string) => `${f} is not a spreadsheet (neither .xlsx nor CSV text): import the .xlsx or CSV file the back office gives; for any other format, ${SAVE_AS_EN}.`,
  },
  'file-xlsx-damaged': {
    zh: (f: string) => `${f} 看起来是 .xlsx，但文件已损坏或不完整，无法打开：请重新下载，或在 Excel 中打开后另存为新的 .xlsx。`,
    en: (f: string) => `${f} looks like an .xlsx but is damaged or incomplete and cannot be opened: download it again, or open it in Excel and save it as a new .xlsx.`,
  },
  'file-xlsx-no-sheets': {
    zh: (f: string) => `${f} 中没有任何工作表：请确认选对了文件。`,
    en: (f: string) => `${f} holds no worksheet: check that this is the right file.`,
  },
  'file-not-found': {
    zh: (f: string) => `找不到文件 ${f}：请检查文件名和文件夹。`,
    en: (f: string) => `File not found: ${f}. Check the name and the folder.`,
  },
  'file-unreadable': {
    zh: (f: string) => `无法打开 ${f}：请确认文件存在，且没有被其他程序占用。`,
    en: (f: string) => `Cannot open ${f}: check that the file exists and is not locked by another program.`,
  },
} satisfies Record<string, { zh: (f: string) => string; en: (f: string) => string }>;

export type FileProblemCode = keyof typeof FILE_TEXT;

export function fileProblem(code: FileProblemCode, file: string): FileProblem {
  const t = FILE_TEXT[code];
  return { code, file, row: null, message: { zh: t.zh(file), en: t.en(file) } };
}

/** A CSV whose last quoted field never closes: the download stopped part-way. */
export function csvTruncated(file: string, row: number): FileProblem {
  return {
    code: 'file-csv-truncated',
    file,
    row,
    message: {
      zh: `${file} 在第 ${row} 条记录处中断（引号没有闭合），文件可能没有下载完整：请重新下载后再试，以免漏算订单。`,
      en: `${file} stops part-way through record ${row} (a quote is never closed), so the download is probably incomplete: download it again so that no order is missed.`,
    },
  };
}

/** The last record has fewer fields than the header: reported, the rows are kept. */
export function csvShortLastRow(file: string, row: number, fields: number, headerFields: number): FileProblem {
  return {
    code: 'file-csv-short-last-row',
    file,
    row,
    message: {
      zh: `${file} 的最后一条记录（第 ${row} 条）只有 ${fields} 列，表头有 ${headerFields} 列：文件可能没有下载完整，请核对最后一单。`,
      en: `${file}: the last record (record ${row}) has ${fields} fields where the header has ${headerFields}: the download may be incomplete; check the last order.`,
    },
  };
}
