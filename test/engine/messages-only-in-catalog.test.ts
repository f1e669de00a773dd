// Engine text lives in the catalog (src/engine/messages): no { zh, en } literal elsewhere in src/engine.
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

/** Object literals made of a zh and an en property and nothing else, with words written in place (a string or template). */
function bilingualLiterals(file: string, text = fs.readFileSync(file, 'utf8')): string[] {
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (n: ts.Node) => {
    if (ts.isObjectLiteralExpression(n) && n.properties.length === 2) {
      const names = n.properties.map((p) => (p.name && ts.isIdentifier(p.name) ? p.name.text : '')).sort();
      const inline = n.properties.some((p) => ts.isPropertyAssignment(p) && (ts.isStringLiteralLike(p.initializer) || ts.isTemplateExpression(p.initializer)));
      if (names.join() === 'en,zh' && inline) found.push(`${path.relative(ENGINE, file)}:${sf.getLineAndCharacterOfPosition(n.getStart()).line + 1}`);
    }
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
  const sample = "const a = { zh: '你好', en: 'hello' };\nconst b = { en: `x ${1}`, zh: `y` };\nconst c = { zh: x.zh, en: 'y' };\nconst d = { key: 'k', zh: '键', en: 'key' };";
  expect(bilingualLiterals('/tmp/sample.ts', sample)).toEqual(['../../../../tmp/sample.ts:1', '../../../../tmp/sample.ts:2', '../../../../tmp/sample.ts:3'].map((p) => path.relative(ENGINE, '/tmp/sample.ts') + p.slice(p.lastIndexOf(':'))));
});
