// Every catalog key is read somewhere in src/: a key no code names is a stale text nobody sees.
import * as fs from 'fs';
import * as path from 'path';
import * as ts from 'typescript';
import { ZH } from '../../src/engine/messages';

const SRC = path.join(__dirname, '../../src');
const CATALOG = path.join(SRC, 'engine/messages');
/** The text tables themselves: a key written there names nothing. */
const isTextTable = (file: string) =>
  path.dirname(file) === CATALOG && !['index.ts', 'labels.ts'].includes(path.basename(file));

/**
 * Keys built at run time, as `msg(\`roster.${key}\`)`: a key is used when it
 * starts with one of these template heads. Each must still be a template head
 * in src (checked below), so the list cannot hide a removed use. A domain
 * label table, `labelTable('role', […])` in messages/labels.ts, reads `role.<key>`.
 */
const DYNAMIC_PREFIXES = [
  'plan.expects.',
  'roster.',
  'measure.',
  'role.',
  'level.',
  'status.',
  'severity.',
  'input.',
  'sheet.',
];

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(p);
    return /\.tsx?$/.test(e.name) && !isTextTable(p) ? [p] : [];
  });
}

/** The issue code of `log.at(severity, code, …)`: often spelled like its message's key, it does not read the message. */
function isIssueCode(n: ts.Node): boolean {
  const call = n.parent;
  return (
    ts.isCallExpression(call) &&
    call.arguments[1] === n &&
    ts.isPropertyAccessExpression(call.expression) &&
    call.expression.name.text === 'at'
  );
}

/** Every whole string literal of the source (issue codes aside), and every head of a template literal (`roster.${key}` → "roster."). */
function literalsOf(files: string[]): { strings: Set<string>; heads: Set<string> } {
  const strings = new Set<string>();
  const heads = new Set<string>();
  for (const file of files) {
    const sf = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (n: ts.Node) => {
      if (ts.isStringLiteralLike(n) && !isIssueCode(n)) strings.add(n.text);
      else if (ts.isTemplateHead(n)) heads.add(n.text);
      if (
        ts.isCallExpression(n) &&
        ts.isIdentifier(n.expression) &&
        n.expression.text === 'labelTable' &&
        n.arguments[0] &&
        ts.isStringLiteral(n.arguments[0])
      )
        heads.add(`${n.arguments[0].text}.`);
      ts.forEachChild(n, visit);
    };
    visit(sf);
  }
  return { strings, heads };
}

const { strings, heads } = literalsOf(sourceFiles(SRC));

test('every catalog key is named in src, literally or by a listed template head', () => {
  expect(strings.size).toBeGreaterThan(1000);
  const unused = Object.keys(ZH).filter((k) => !strings.has(k) && !DYNAMIC_PREFIXES.some((p) => k.startsWith(p)));
  expect(unused).toEqual([]);
});

test('every listed template head is still built in src', () => {
  for (const p of DYNAMIC_PREFIXES) expect([p, heads.has(p)]).toEqual([p, true]);
});
