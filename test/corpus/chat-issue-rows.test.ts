/**
 * A chat problem that spans several rows names them all, as runs, in its message (as order duplicates list
 * theirs); the row column keeps the first row, where the pane jumps. Rows by hand: header row 1, the base
 * shop's 8 chat rows are rows 2–9, rows appended here start at row 10.
 */
import { CHAT_NAME, appendRows, baseWorkbook, chatRow } from './builder';
import { run } from './expect';
import { rowSpans } from '../../src/engine/sheets/row-spans';

test('an account on no roster on rows 10–12 and 14, two rows dated outside the month: every row in the message', () => {
  const wb = baseWorkbook();
  appendRows(
    wb,
    CHAT_NAME,
    chatRow('暖阳旗舰店:路人', '2026-10-05', 10, 2, 1), // row 10
    chatRow('暖阳旗舰店:路人', '2026-10-06', 10, 2, 1), // row 11
    chatRow('暖阳旗舰店:路人', '2026-10-07', 10, 2, 1), // row 12
    chatRow('暖阳旗舰店:小美', '2026-10-05', 10, 2, 1), // row 13: on the roster
    chatRow('暖阳旗舰店:路人', '2026-10-08', 10, 2, 1), // row 14
    chatRow('暖阳旗舰店:小美', '2026-09-30', 10, 2, 1), // row 15: September
    chatRow('暖阳旗舰店:小丽', '2026-11-01', 10, 2, 1), // row 16: November
  );
  const r = run(wb);
  const [unknown] = r.issues('chat-unknown-agent');
  expect(unknown.message).toEqual({
    zh: '聊天统计中的“暖阳旗舰店:路人”不在本月花名册中（4 行：第 10–12、14 行）',
    en: 'Chat stats name "暖阳旗舰店:路人", not on this month\'s roster (rows: 4; rows 10–12, 14)',
  });
  expect(unknown.row).toBe(10);
  const [outside] = r.issues('chat-outside-period');
  expect(outside.message).toEqual({
    zh: '2 行聊天统计的日期不在 2026-10（第 15–16 行）',
    en: 'Chat rows dated outside 2026-10: 2 (rows 15–16)',
  });
  expect(outside).toMatchObject({ row: 15, cell: 'B15' });
});

test('rowSpans: one row, runs and single rows, and past eight runs "and more"', () => {
  expect(rowSpans([7])).toEqual({ zh: '第 7 行', en: 'row 7' });
  expect(rowSpans([3, 4, 5, 9, 11, 12])).toEqual({ zh: '第 3–5、9、11–12 行', en: 'rows 3–5, 9, 11–12' });
  // Ten single rows 2, 4, …, 20: the first eight, then more.
  const rows = Array.from({ length: 10 }, (_, i) => 2 * (i + 1));
  expect(rowSpans(rows)).toEqual({
    zh: '第 2、4、6、8、10、12、14、16 行等',
    en: 'rows 2, 4, 6, 8, 10, 12, 14, 16 and more',
  });
});
