import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';

/**
 * A custom-functions file whose one function takes a Map, a type Excel does not
 * know: its metadata has an error ('does not support type "Map"'), which must
 * fail the build. Written into a new temp folder; `remove` deletes it.
 */
export function writeBadCustomFunction(fileName: string): { dir: string; file: string; remove(): void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'cs-bad-functions-'));
  const file = path.join(dir, fileName);
  writeFileSync(
    file,
    [
      '/**',
      ' * Bad.',
      ' * @customfunction BAD',
      ' * @param x {Map} not a type Excel knows',
      ' */',
      'export function bad(x: Map<string, number>): number {',
      '  return x.size;',
      '}',
      '',
    ].join('\n'),
  );
  return { dir, file, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
