/**
 * The pane's missing-sheet text lists the sheet names the engine reads, taken from the
 * engine's alias tables: every alias the parser accepts appears, in both languages, and
 * nothing else is offered as a name.
 */
import { SHEET_ALIASES, sheetKind } from '../../src/engine';
import { REQUIRED_KINDS, STRINGS } from '../../src/taskpane/i18n';

describe.each(['zh', 'en'] as const)('missing-sheet text in %s', (lang) => {
  const t = STRINGS[lang];
  test.each(REQUIRED_KINDS)(
    '%s: every alias the parser accepts is listed, and each listed name is read as that kind',
    (kind) => {
      const text = t.missingSheet(t.kind[kind], t.sheetAliases[kind]);
      for (const alias of SHEET_ALIASES[kind]) expect(text).toContain(alias);
      const listed = t.sheetAliases[kind].split(' / ');
      expect([...listed].sort()).toEqual([...SHEET_ALIASES[kind]].sort());
      for (const name of listed) expect(sheetKind(name)).toBe(kind);
    },
  );
});

test('names in the chosen language come first: zh starts with 花名册, en with roster', () => {
  expect(STRINGS.zh.sheetAliases.roster.startsWith('花名册 / ')).toBe(true);
  expect(STRINGS.en.sheetAliases.roster.startsWith('roster / ')).toBe(true);
  expect(STRINGS.en.sheetAliases.orders.split(' / ').slice(-1)[0]).toMatch(/[\u4e00-\u9fff]/);
});

test('the empty-workbook text names the sheets an import creates (花名册, 订单报表, 聊天统计)', () => {
  expect(STRINGS.zh.noInputsBody).toContain('花名册、订单报表和聊天统计');
});
