// Lints fixture files as if they stood elsewhere in the repository, and prints
// { as: [rule ids] } as JSON. Run by architecture.test.ts in a child process
// (ESLint loads its ESM config through import(), which jest's sandbox cannot).
import { readFileSync } from 'node:fs';
import { ESLint } from 'eslint';

const [root, casesJson] = process.argv.slice(2);
const eslint = new ESLint({ cwd: root });
const out = {};
for (const { fixture, as } of JSON.parse(casesJson)) {
  const [result] = await eslint.lintText(readFileSync(fixture, 'utf8'), { filePath: `${root}/${as}` });
  out[as] = result.messages.map((m) => m.ruleId ?? m.message);
}
process.stdout.write(JSON.stringify(out));
