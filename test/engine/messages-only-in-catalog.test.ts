// Engine text lives in the catalog (src/engine/messages): no { zh, en } literal and no Chinese word elsewhere in src/engine.
import * as fs from 'fs';
import * as path from 'path';
import * as ts from 'typescript';

const ENGINE = path.join(__dirname, '../../src/engine');
const CATALOG = path.join(ENGINE, 'messages');

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return p === CATALOG ? [] : sourceFiles(p);
    return /\.tsx?$/.test(e.name) ? [p] : [];
  });
}

const where = (file: string, sf: ts.SourceFile, n: ts.Node) =>
  `${path.relative(ENGINE, file)}:${sf.getLineAndCharacterOfPosition(n.getStart()).line + 1}`;

/** Object literals made of a zh and an en property and nothing else, with words written in place (a string or template). */
function bilingualLiterals(file: string, text = fs.readFileSync(file, 'utf8')): string[] {
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (n: ts.Node) => {
    if (ts.isObjectLiteralExpression(n) && n.properties.length === 2) {
      const names = n.properties.map((p) => (p.name && ts.isIdentifier(p.name) ? p.name.text : '')).sort();
      const inline = n.properties.some(
        (p) =>
          ts.isPropertyAssignment(p) &&
          (ts.isStringLiteralLike(p.initializer) || ts.isTemplateExpression(p.initializer)),
      );
      if (names.join() === 'en,zh' && inline) found.push(where(file, sf, n));
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return found;
}

/**
 * The rule for Chinese text in src/engine outside the catalog: a string or
 * template literal holding a Han character is a word of ours shown to a user,
 * so it belongs in the catalog, unless it is a DATA word: a word the reader
 * must recognise in a manager's or a site's sheet (header aliases, status and
 * yes/no words, grade names used as identifiers), or the demo shop's own
 * input data. Those stay beside the parser that reads them, and are allowed
 * only where listed here: whole files, or named top-level declarations of a
 * file. Full-width punctuation alone (、；：) is a separator, not a word.
 */
const DATA_WORD_FILES = [
  'sheets/aliases.ts', // sheet-name and header aliases of every input kind
  'demo/', // the demo shop's input sheets, written as the sites export them
];
const DATA_WORD_DECLARATIONS: Record<string, string[]> = {
  'files/kind.ts': ['kindOfRow', 'IMPORT_SHEET_NAME'], // header words that tell a dropped file's kind; the sheet an import takes
  'parse/roster.ts': ['ROLE_WORDS', 'LEVEL_WORDS', 'STATUS_WORDS', 'LEFT_WORDS'],
  'parse/disputes.ts': ['STATUS_WORDS', 'ITEM_WORDS'],
  'parse/qa.ts': ['YES', 'NO'],
  'parse/order-status.ts': ['CLOSED_STATUSES', 'FULL_REFUND_WORDS', 'NO_REFUND_MARKS', 'afterSalesKind'], // 拼多多's 售后状态 words
  'parse/adjustments.ts': ['TYPE_WORDS'],
  'parse/agent-rows.ts': ['agentRows'], // the 日期 column an issue points at (the sheet's own header word)
  'period-rules.ts': ['chatServesPeriod'], // the 日期 column a week's chat sheet lacks
  'memo-digits.ts': ['UNITS_AFTER', 'MARKS_BEFORE', 'HAO', 'AGENT'], // 月 日 件 元 …: what makes a memo's number a date or amount; 客服1号, an agent's
  'text.ts': ['SUMMARY_WORDS', 'SUMMARY_FIRST', 'NOT_AVAILABLE'],
  'sheets/table.ts': ['stripBadge'], // 延 / 修 badges of 千牛 and 赤兔 headers
  'plan/overrides.ts': ['TRUE_WORDS', 'FALSE_WORDS'],
  'plan/targets.ts': ['KPI_WORDS', 'WEEK_WORDS', 'MONTH_WORDS'],
  'plan/kpi-table.ts': ['HIGHER', 'LOWER', 'COLUMN_ALIASES'],
  'plan/kpis.ts': ['MEASURE_ALIASES', 'RATING_PREFIXES'],
};

/** The grade names are the values of the Grade type (CS.GRADE returns them, the code compares with them): identifiers, allowed anywhere. */
const GRADE_VALUES = new Set(['金牌', '银牌', '铜牌', '不达标']);

const HAN = /[\u3400-\u9fff\uf900-\ufaff]|[\ud840-\ud87f][\udc00-\udfff]/;

/** The name of the top-level statement holding a node: a function, class, or each variable it declares. */
function topLevelNames(n: ts.Node): string[] {
  let s: ts.Node = n;
  while (s.parent && !ts.isSourceFile(s.parent)) s = s.parent;
  if (ts.isVariableStatement(s))
    return s.declarationList.declarations.map((d) => (ts.isIdentifier(d.name) ? d.name.text : ''));
  if (
    (ts.isFunctionDeclaration(s) ||
      ts.isClassDeclaration(s) ||
      ts.isTypeAliasDeclaration(s) ||
      ts.isInterfaceDeclaration(s)) &&
    s.name
  )
    return [s.name.text];
  return [];
}

function chineseLiterals(file: string, text = fs.readFileSync(file, 'utf8')): string[] {
  const rel = path.relative(ENGINE, file);
  if (DATA_WORD_FILES.some((f) => rel === f || (f.endsWith('/') && rel.startsWith(f)))) return [];
  const allowed = DATA_WORD_DECLARATIONS[rel] ?? [];
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (n: ts.Node) => {
    const literal = ts.isStringLiteralLike(n) || ts.isTemplateHead(n) || ts.isTemplateMiddle(n) || ts.isTemplateTail(n);
    if (
      literal &&
      HAN.test(n.text) &&
      !GRADE_VALUES.has(n.text) &&
      !topLevelNames(n).some((name) => allowed.includes(name))
    )
      found.push(`${where(file, sf, n)} ${JSON.stringify(n.text)}`);
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return found;
}

test('no { zh, en } literal outside src/engine/messages', () => {
  const files = sourceFiles(ENGINE);
  expect(files.length).toBeGreaterThan(50);
  expect(files.flatMap((f) => bilingualLiterals(f))).toEqual([]);
});

test('the check finds such a literal with quoted or template words', () => {
  const sample =
    "const a = { zh: '你好', en: 'hello' };\nconst b = { en: `x ${1}`, zh: `y` };\nconst c = { zh: x.zh, en: 'y' };\nconst d = { key: 'k', zh: '键', en: 'key' };";
  expect(bilingualLiterals('/tmp/sample.ts', sample)).toEqual(
    ['../../../../tmp/sample.ts:1', '../../../../tmp/sample.ts:2', '../../../../tmp/sample.ts:3'].map(
      (p) => path.relative(ENGINE, '/tmp/sample.ts') + p.slice(p.lastIndexOf(':')),
    ),
  );
});

test('no Chinese word outside src/engine/messages but the listed data words', () => {
  expect(sourceFiles(ENGINE).flatMap((f) => chineseLiterals(f))).toEqual([]);
});

test('every listed data-word file and declaration exists and still holds Chinese (the list cannot go stale)', () => {
  for (const f of DATA_WORD_FILES) expect([f, fs.existsSync(path.join(ENGINE, f))]).toEqual([f, true]);
  for (const [rel, names] of Object.entries(DATA_WORD_DECLARATIONS)) {
    const file = path.join(ENGINE, rel);
    const sf = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const holding = new Set<string>();
    const visit = (n: ts.Node) => {
      if (
        (ts.isStringLiteralLike(n) || ts.isTemplateHead(n) || ts.isTemplateMiddle(n) || ts.isTemplateTail(n)) &&
        HAN.test(n.text)
      )
        for (const name of topLevelNames(n)) holding.add(name);
      ts.forEachChild(n, visit);
    };
    visit(sf);
    for (const name of names) expect([rel, name, holding.has(name)]).toEqual([rel, name, true]);
  }
});

test('the check finds Chinese in strings and templates, skips listed declarations and bare punctuation', () => {
  const sample = [
    "const a = lang === 'zh' ? '合计' : 'Total';",
    'const b = `${n} 人`;',
    "function f() { return x ? '是' : 'no'; }",
    "const c = '；';",
    "const TYPE_WORDS = ['奖励'];",
    "const d = { kind: 'x', words: ['𠀋'] };",
    "const e = grade === '不达标';",
  ].join('\n');
  const file = path.join(ENGINE, 'parse/adjustments.ts');
  expect(chineseLiterals(file, sample)).toEqual([
    'parse/adjustments.ts:1 "合计"',
    'parse/adjustments.ts:2 " 人"',
    'parse/adjustments.ts:3 "是"',
    'parse/adjustments.ts:6 "𠀋"',
  ]);
  expect(chineseLiterals(path.join(ENGINE, 'demo/generate.ts'), sample)).toEqual([]);
});
