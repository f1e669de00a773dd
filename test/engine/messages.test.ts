// The message catalog: every code in both languages, with the same placeholders, and filled as written.
import { EN, message, msg, SECTIONS, ZH } from '../../src/engine/messages';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

test('every code has a Chinese and an English text, neither empty', () => {
  expect(Object.keys(EN).sort()).toEqual(Object.keys(ZH).sort());
  for (const [code, zh] of Object.entries(ZH)) {
    expect([code, zh.trim().length > 0]).toEqual([code, true]);
    expect([code, EN[code as keyof typeof EN].trim().length > 0]).toEqual([code, true]);
  }
});

test('every placeholder of a Chinese text is in its English text and the other way round', () => {
  for (const [code, zh] of Object.entries(ZH)) {
    expect([code, placeholders(EN[code as keyof typeof EN])]).toEqual([code, placeholders(zh)]);
  }
});

test('placeholders are filled in the language asked for; a LocalText param is read in that language', () => {
  expect(message('qa-bad-points', { value: '五分' }, 'zh')).toBe('质检扣分“五分”不是数字');
  expect(message('qa-bad-points', { value: '五分' }, 'en')).toBe('QA points "五分" is not a number');
  expect(msg('qa-negative-points', { value: -3 })).toEqual({
    zh: '扣分写成负数 -3',
    en: 'points written as negative -3',
  });
  expect(msg('action.skipped')).toEqual({ zh: '已跳过该行', en: 'row skipped' });
});

test('a value that looks like a placeholder or a formula stays as written (filled once, never re-read)', () => {
  expect(message('qa-bad-points', { value: '{value}' }, 'en')).toBe('QA points "{value}" is not a number');
  expect(message('qa-bad-points', { value: '=SUM(A1)' }, 'zh')).toBe('质检扣分“=SUM(A1)”不是数字');
});

test('no code is in two sections of the catalog (merging would silently keep one text)', () => {
  const codes = SECTIONS.flatMap((s) => Object.keys(s.zh));
  expect(codes.length).toBe(Object.keys(ZH).length);
  for (const s of SECTIONS) expect([s.name, Object.keys(s.en).sort()]).toEqual([s.name, Object.keys(s.zh).sort()]);
});

test('every text is filled exactly as a regex replace fills it (the split templates are a fast path only)', () => {
  // The plain version the templates replace: each {name} by its param, a missing one left as written.
  const plainFill = (
    text: string,
    params: Record<string, string | number | { zh: string; en: string }>,
    lang: 'zh' | 'en',
  ) =>
    text.replace(/\{(\w+)\}/g, (whole, name: string) => {
      const v = params[name];
      return v === undefined ? whole : typeof v === 'object' ? v[lang] : String(v);
    });
  const samples = ['', '$&', '$1 {x}', 0, -12.5, { zh: '甲$`', en: "a$'" }, '{value}'];
  for (const [code, zh] of Object.entries(ZH)) {
    const names = placeholders(zh);
    if (names.length === 0) continue;
    samples.forEach((sample, k) => {
      const params: Record<string, string | number | { zh: string; en: string }> = {};
      // Every other placeholder missing in one variant, to cover the "left as written" case.
      names.forEach((name, i) => {
        if (k !== 1 || i % 2 === 0) params[name] = typeof sample === 'string' ? `${sample}${i}` : sample;
      });
      const got = msg(code as Parameters<typeof msg>[0], params as never);
      expect([code, got.zh, got.en]).toEqual([
        code,
        plainFill(zh, params, 'zh'),
        plainFill(EN[code as keyof typeof EN], params, 'en'),
      ]);
    });
  }
});
