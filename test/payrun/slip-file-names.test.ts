/** Slip file names from names as rosters bring them: path and reserved characters, dots, emoji, long names. */
import { slipFileName } from '../../src/engine';

test.each([
  ['王/丽:娜', 'KF01-王_丽_娜-2026-10.xlsx'],
  ['=HYPERLINK("http://x","赵")', 'KF01-=HYPERLINK(_http___x_,_赵_)-2026-10.xlsx'],
  ['..', 'KF01-_-2026-10.xlsx'],
  ['  .张三.  ', 'KF01-张三-2026-10.xlsx'],
  ['李\t四', 'KF01-李_四-2026-10.xlsx'],
  // 60 characters at most: 'a' and 59 emoji, none cut in half (each emoji is two UTF-16 units).
  ['a' + '🌸'.repeat(70), `KF01-a${'🌸'.repeat(59)}-2026-10.xlsx`],
])('%j → %s', (name, file) => {
  expect(slipFileName('KF01', name, '2026-10')).toBe(file);
  // No lone surrogate: the name survives a round trip through UTF-8, as the file system stores it.
  expect(Buffer.from(file, 'utf8').toString('utf8')).toBe(file);
});
