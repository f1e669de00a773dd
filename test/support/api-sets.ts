/**
 * The requirement set of an Office.js member, read from the `[Api set: …]`
 * remark the typings (@types/office-js) carry on every member.
 */
import fs from 'fs';
import path from 'path';

const TYPINGS: Record<string, string> = {
  Excel: path.resolve(__dirname, '../../node_modules/@types/office-js/index.d.ts'),
  CustomFunctions: path.resolve(__dirname, '../../node_modules/@types/custom-functions-runtime/index.d.ts'),
};
const cache = new Map<string, string>();

function namespaceText(ns: string): string {
  if (!cache.has(ns)) cache.set(ns, fs.readFileSync(TYPINGS[ns], 'utf8'));
  const text = cache.get(ns) as string;
  const blocks: string[] = [];
  const opener = `declare namespace ${ns} {`;
  for (let i = text.indexOf(opener); i >= 0; i = text.indexOf(opener, i + 1)) {
    const end = text.indexOf('\ndeclare namespace ', i + 1);
    blocks.push(text.slice(i, end < 0 ? undefined : end));
  }
  return blocks.join('\n');
}

/** Every "<Set> x.y" the remark names, e.g. ["ExcelApi 1.1", "ExcelApi 1.2"] for Worksheet.visibility. */
export function apiSetsOf(ns: 'Excel' | 'CustomFunctions', member: string): string[] {
  const [cls, prop] = member.split('.');
  const text = namespaceText(ns);
  const start = new RegExp(`\\n\\s+(?:export )?(?:class|interface|enum) ${cls} (?:extends [\\w.]+ )?\\{`).exec(text);
  if (!start) throw new Error(`${ns}.${cls} is not in the typings`);
  const body = text.slice(start.index + start[0].length);
  const close = /\n {4}\}/.exec(body);
  const cls_ = close ? body.slice(0, close.index) : body;
  const decl = prop === undefined ? null : new RegExp(`\\n\\s+(?:readonly )?${prop}\\??\\s*[(:<=]`).exec(cls_);
  let comment: string;
  if (prop === undefined) {
    comment = text.slice(Math.max(0, text.lastIndexOf('/**', start.index)), start.index);
  } else {
    if (!decl) throw new Error(`${ns}.${member} is not in the typings`);
    comment = cls_.slice(cls_.lastIndexOf('/**', decl.index), decl.index);
  }
  const remark = /\[Api set: ([^\]]+)\]/.exec(comment);
  if (!remark) throw new Error(`${ns}.${member} has no [Api set] remark`);
  const name = /^(\w+)/.exec(remark[1])?.[1] ?? '';
  return [...remark[1].matchAll(/(\d+\.\d+)/g)].map((m) => `${name} ${m[1]}`);
}
