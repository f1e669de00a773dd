/**
 * Dependency hygiene without the network: `npm audit` needs the registry's
 * advisory service (see audit-notes.md), so this test pins what can be
 * checked offline — every production package in package-lock.json that has
 * had an advisory touching the spreadsheet read/write path is at or above
 * its patched version, and the one known-moderate package left (uuid 8) is
 * used only through the unaffected v4().
 */
import { readdirSync, readFileSync } from 'fs';
import * as path from 'path';

const ROOT = path.join(__dirname, '..', '..');
interface LockPackage {
  version: string;
  dev?: boolean;
  devOptional?: boolean;
  optional?: boolean;
}
const lock = JSON.parse(readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8')) as {
  packages: Record<string, LockPackage>;
};

/**
 * Production installs of a package name, wherever nested. Dev packages are not
 * shipped, nor are optional ones: the only optional dependency is the sideloading
 * toolchain (office-addin-debugging), a developer's tool that the add-in and the CLI never load.
 */
function productionVersions(name: string): string[] {
  return Object.entries(lock.packages)
    .filter(([p, v]) => p.endsWith(`node_modules/${name}`) && !v.dev && !v.devOptional && !v.optional)
    .map(([, v]) => v.version);
}

const parts = (v: string) => v.split(/[.+-]/).slice(0, 3).map(Number);
function atLeast(v: string, floor: string): boolean {
  const a = parts(v),
    b = parts(floor);
  for (let i = 0; i < 3; i++) if (a[i] !== b[i]) return a[i] > b[i];
  return true;
}

/** package → [major line, patched version, advisory] */
const FLOORS: [string, number, string, string][] = [
  ['jszip', 3, '3.8.0', 'GHSA-jg8v-48h5-wgxg / CVE-2022-48285 (reads every .xlsx)'],
  ['tmp', 0, '0.2.4', 'GHSA-52f5-9888-hmc6'],
  ['minimatch', 3, '3.1.4', 'GHSA-3ppc-4f35-3m26, GHSA-7r86-cg39-jmmj, GHSA-23c5-xmqv-rm74'],
  ['minimatch', 5, '5.1.7', 'GHSA-3ppc-4f35-3m26'],
  ['brace-expansion', 1, '1.1.12', 'CVE-2025-5889'],
  ['brace-expansion', 2, '2.0.2', 'CVE-2025-5889'],
  ['fstream', 1, '1.0.12', 'GHSA-xf7w-r453-m56c'],
  ['fast-csv', 4, '4.3.6', 'CVE-2020-26256'],
  ['@fast-csv/parse', 4, '4.3.6', 'CVE-2020-26256'],
];

test('exceljs is the only spreadsheet library in production', () => {
  expect(productionVersions('exceljs')).toEqual(['4.4.0']);
  for (const other of ['xlsx', 'node-xlsx', 'xlsx-style', 'xlsx-populate'])
    expect(productionVersions(other)).toEqual([]);
});

test.each(FLOORS)('%s %d.x is at least the patched version', (name, major, floor, advisory) => {
  const versions = productionVersions(name).filter((v) => parts(v)[0] === major);
  // A floor whose package line is no longer installed checks nothing: remove its row rather than pass silently.
  expect({ name, major, installed: versions.length > 0 }).toEqual({ name, major, installed: true });
  for (const v of versions)
    expect({ name, v, advisory, patched: atLeast(v, floor) }).toEqual({ name, v, advisory, patched: true });
});

test('uuid 8.3.2 (GHSA-w5hq-g745-h8pq, moderate: v3/v5/v6 with a caller buffer) is reached only through v4()', () => {
  expect(productionVersions('uuid')).toEqual(['8.3.2']);
  const lib = path.join(ROOT, 'node_modules/exceljs/lib');
  const users = (readdirSync(lib, { recursive: true }) as string[]).filter(
    (f) => f.endsWith('.js') && readFileSync(path.join(lib, f), 'utf8').includes("require('uuid')"),
  );
  expect(users).toEqual([path.join('xlsx', 'xform', 'sheet', 'cf-ext', 'cf-rule-ext-xform.js')]);
  const user = readFileSync(
    path.join(ROOT, 'node_modules/exceljs/lib/xlsx/xform/sheet/cf-ext/cf-rule-ext-xform.js'),
    'utf8',
  );
  expect(user).toMatch(/const \{v4: uuidv4\} = require\('uuid'\)/);
  expect(user).not.toMatch(/\bv[356]\b/);
});
