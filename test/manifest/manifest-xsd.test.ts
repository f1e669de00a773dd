/**
 * manifest.xml validated offline against the Office add-in manifest XSDs
 * (../shared/xsd, with the shared-runtime <Runtimes> element added), used in
 * place with xmllint. Where that folder or xmllint is missing the suite is
 * skipped with the reason, and fails under CI=true.
 */
import { spawnSync } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { describeWithTool, missingXsdValidator, XSD_VALIDATOR } from '../support/tools';

const repoRoot = path.resolve(__dirname, '../..');
const manifest = fs.readFileSync(path.join(repoRoot, 'manifest.xml'), 'utf8');

function validate(xml: string): { status: number | null; output: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cs-manifest-'));
  const file = path.join(dir, 'manifest.xml');
  fs.writeFileSync(file, xml);
  const res = spawnSync('bash', [XSD_VALIDATOR, file], { encoding: 'utf8' });
  fs.rmSync(dir, { recursive: true, force: true });
  return { status: res.status, output: `${res.stdout}${res.stderr}` };
}

/** Replace exactly one occurrence, so a broken variant differs from the real manifest in one known way. */
function breakOnce(xml: string, from: string | RegExp, to: string): string {
  const count = typeof from === 'string' ? xml.split(from).length - 1 : (xml.match(new RegExp(from, 'g')) ?? []).length;
  if (count !== 1) throw new Error(`expected one match of ${from}, found ${count}`);
  return xml.replace(from, to);
}

describeWithTool('manifest.xml against the add-in manifest XSDs', missingXsdValidator(), () => {
  it('is valid', () => {
    const res = validate(manifest);
    expect(res.output).toContain('validates');
    expect(res.status).toBe(0);
  });

  it.each([
    [
      'a Runtime lifetime other than short/long',
      () => breakOnce(manifest, 'lifetime="long"', 'lifetime="forever"'),
      /lifetime/,
    ],
    [
      'a Runtime without resid',
      () => breakOnce(manifest, '<Runtime resid="Taskpane.Url" lifetime="long"/>', '<Runtime lifetime="long"/>'),
      /resid/,
    ],
    ['no <Id>', () => breakOnce(manifest, /<Id>[^<]*<\/Id>\s*/, ''), /Version|Id/],
    [
      'no <DefaultSettings> source',
      () => breakOnce(manifest, /<SourceLocation DefaultValue="[^"]*taskpane.html"\/>/, ''),
      /SourceLocation|DefaultSettings/,
    ],
    [
      'the CustomFunctions extension point without <Page>',
      () => breakOnce(manifest, /<Page>\s*<SourceLocation resid="Taskpane.Url"\/>\s*<\/Page>/, ''),
      /Page|Metadata/,
    ],
    [
      '<Runtimes> after <AllFormFactors>',
      () => {
        const runtimes = /\s*<Runtimes>[\s\S]*?<\/Runtimes>/.exec(manifest)![0];
        return breakOnce(manifest.replace(runtimes, ''), '</AllFormFactors>', `</AllFormFactors>${runtimes}`);
      },
      /Runtimes/,
    ],
    [
      'an unknown permission',
      () =>
        breakOnce(manifest, '<Permissions>ReadWriteDocument</Permissions>', '<Permissions>Everything</Permissions>'),
      /Permissions|Everything/,
    ],
    ['an ill-formed document', () => breakOnce(manifest, '</OfficeApp>', ''), /.+/],
  ])('rejects a manifest with %s', (_what, make, mentions) => {
    const res = validate(make());
    expect(res.status).not.toBe(0);
    expect(res.output).toMatch(mentions);
  });
});
