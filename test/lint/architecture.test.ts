/**
 * The architecture rules in eslint.config.mjs, shown on fixtures: each
 * forbidden import or global fails lint where it is forbidden and passes
 * where it is allowed.
 */
import { execFileSync } from 'child_process';
import * as path from 'path';

const root = path.resolve(__dirname, '../..');
const fixture = (name: string) => path.join(__dirname, 'fixtures', name);

const CASES = [
  { fixture: fixture('engine-imports-node.ts'), as: 'src/engine/fixture.ts' },
  { fixture: fixture('engine-imports-react.ts'), as: 'src/engine/fixture-react.ts' },
  { fixture: fixture('engine-imports-pane.ts'), as: 'src/engine/output/fixture.ts' },
  { fixture: fixture('engine-uses-dom.ts'), as: 'src/engine/plan/fixture.ts' },
  { fixture: fixture('pane-deep-engine-import.ts'), as: 'src/taskpane/fixture.ts' },
  { fixture: fixture('pane-deep-engine-import.ts'), as: 'src/cli/fixture.ts' },
  { fixture: fixture('pane-uses-excel.ts'), as: 'src/taskpane/fixture-excel.ts' },
  { fixture: fixture('pane-uses-excel.ts'), as: 'src/engine/fixture-excel.ts' },
  { fixture: fixture('pane-uses-excel.ts'), as: 'src/excel/fixture.ts' },
  { fixture: fixture('pane-uses-excel.ts'), as: 'src/functions/fixture.ts' },
  { fixture: fixture('pane-engine-index.ts'), as: 'src/taskpane/fixture-index.ts' },
  { fixture: fixture('engine-imports-node.ts'), as: 'src/cli/fixture-node.ts' },
];

let found: Record<string, string[]>;

beforeAll(() => {
  const stdout = execFileSync(process.execPath, [path.join(__dirname, 'run-eslint.mjs'), root, JSON.stringify(CASES)], {
    encoding: 'utf8',
    timeout: 120_000,
  });
  found = JSON.parse(stdout);
}, 180_000);

test.each([
  ['src/engine/fixture.ts', 'the engine importing node:fs'],
  ['src/engine/fixture-react.ts', 'the engine importing React'],
  ['src/engine/output/fixture.ts', 'the engine importing the pane'],
  ['src/taskpane/fixture.ts', 'the pane importing past src/engine/index.ts'],
  ['src/cli/fixture.ts', 'the CLI importing past src/engine/index.ts'],
])('%s fails lint: %s', (as) => {
  expect(found[as]).toContain('@typescript-eslint/no-restricted-imports');
});

test('the engine using window (a DOM global) fails lint', () => {
  expect(found['src/engine/plan/fixture.ts']).toEqual(['no-restricted-globals']);
});

test('Excel.run fails lint in the pane and the engine, and passes in src/excel and src/functions', () => {
  expect(found['src/taskpane/fixture-excel.ts']).toEqual(['no-restricted-globals']);
  expect(found['src/engine/fixture-excel.ts']).toEqual(['no-restricted-globals']);
  expect(found['src/excel/fixture.ts']).toEqual([]);
  expect(found['src/functions/fixture.ts']).toEqual([]);
});

test('importing the engine through its index, and Node from the CLI, pass', () => {
  expect(found['src/taskpane/fixture-index.ts']).toEqual([]);
  expect(found['src/cli/fixture-node.ts']).toEqual([]);
});
