/**
 * What manifest.xml must say beyond schema validity: one shared runtime for
 * the pane and the CS functions, the CS namespace, the requirement sets,
 * zh-CN text with en-US overrides, every resource id resolving, and icons
 * that exist at the sizes the manifest claims.
 */
import fs from 'fs';
import path from 'path';
import { child, elements, one, parseXml } from '../support/xml';
import { MANIFEST_SETS } from '../excel-fake/requirements';

const repoRoot = path.resolve(__dirname, '../..');
const doc = parseXml(fs.readFileSync(path.join(repoRoot, 'manifest.xml'), 'utf8'));
const DEV = 'https://localhost:3000/';

/** Resource id → DefaultValue, over bt:Images, bt:Urls, bt:ShortStrings and bt:LongStrings. */
const resources = new Map<string, Element>();
for (const group of ['Images', 'Urls', 'ShortStrings', 'LongStrings']) {
  for (const el of Array.from(one(doc, group).children)) resources.set(el.getAttribute('id')!, el);
}
const valueOf = (resid: string | null): string => {
  const el = resources.get(resid ?? '');
  if (!el) throw new Error(`resource ${resid} is not defined`);
  return el.getAttribute('DefaultValue')!;
};
const customFunctions = elements(doc, 'ExtensionPoint').find((e) => e.getAttribute('xsi:type') === 'CustomFunctions')!;
const residIn = (parent: Element, name: string): string | null =>
  one(one(parent, name), 'SourceLocation').getAttribute('resid');

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): [number, number] {
  const b = fs.readFileSync(file);
  expect(b.subarray(1, 4).toString('ascii')).toBe('PNG');
  return [b.readUInt32BE(16), b.readUInt32BE(20)];
}

describe('manifest.xml', () => {
  it('is a task pane add-in for Excel, zh-CN by default', () => {
    expect(doc.documentElement.getAttribute('xsi:type')).toBe('TaskPaneApp');
    expect(one(doc, 'DefaultLocale').textContent).toBe('zh-CN');
    expect(elements(child(doc.documentElement, 'Hosts'), 'Host').map((h) => h.getAttribute('Name'))).toEqual([
      'Workbook',
    ]);
    expect(one(doc, 'VersionOverrides').getAttribute('xsi:type')).toBe('VersionOverridesV1_0');
  });

  it('requires ExcelApi 1.9, SharedRuntime 1.1 and CustomFunctionsRuntime 1.3, the sets the Excel fake enforces', () => {
    const sets = Object.fromEntries(
      elements(one(doc, 'Requirements'), 'Set').map((s) => [s.getAttribute('Name'), s.getAttribute('MinVersion')]),
    );
    expect(sets).toEqual({ ExcelApi: '1.9', SharedRuntime: '1.1', CustomFunctionsRuntime: '1.3' });
    expect(sets).toEqual(MANIFEST_SETS); // every adapter test runs under exactly what the manifest declares
  });

  it('runs the pane, the ribbon and the functions in one long-lived runtime: taskpane.html', () => {
    const runtime = one(one(doc, 'Runtimes'), 'Runtime');
    expect(runtime.getAttribute('lifetime')).toBe('long');
    const page = runtime.getAttribute('resid');
    expect(valueOf(page)).toBe(`${DEV}taskpane.html`);
    expect(residIn(customFunctions, 'Page')).toBe(page);
    expect(one(doc, 'FunctionFile').getAttribute('resid')).toBe(page);
    expect(
      one(doc, 'DefaultSettings').getElementsByTagNameNS('*', 'SourceLocation')[0].getAttribute('DefaultValue'),
    ).toBe(valueOf(page));
    const action = one(doc, 'Action');
    expect(action.getAttribute('xsi:type')).toBe('ShowTaskpane');
    expect(one(action, 'SourceLocation').getAttribute('resid')).toBe(page);
  });

  it('declares the CS namespace, functions.js and functions.json', () => {
    expect(valueOf(one(customFunctions, 'Namespace').getAttribute('resid'))).toBe('CS');
    expect(valueOf(residIn(customFunctions, 'Script'))).toBe(`${DEV}functions.js`);
    expect(valueOf(residIn(customFunctions, 'Metadata'))).toBe(`${DEV}functions.json`);
  });

  it('puts the pane button on the Home tab', () => {
    expect(one(doc, 'OfficeTab').getAttribute('id')).toBe('TabHome');
    expect(one(doc, 'Control').getAttribute('xsi:type')).toBe('Button');
  });

  it('has an en-US override for every piece of text a user reads (the namespace stays CS)', () => {
    for (const name of ['DisplayName', 'Description']) {
      const el = child(doc.documentElement, name);
      expect(el.getAttribute('DefaultValue')).toMatch(/[\u4e00-\u9fff]/);
      expect(elements(el, 'Override').map((o) => o.getAttribute('Locale'))).toEqual(['en-US']);
    }
    for (const group of ['ShortStrings', 'LongStrings']) {
      for (const s of Array.from(one(doc, group).children)) {
        if (s.getAttribute('id') === 'Functions.Namespace') continue;
        expect([s.getAttribute('id'), elements(s, 'Override').map((o) => o.getAttribute('Locale'))]).toEqual([
          s.getAttribute('id'),
          ['en-US'],
        ]);
      }
    }
  });

  it('keeps strings within the manifest limits (short 125, long 250 characters)', () => {
    const lengths = (group: string) =>
      Array.from(one(doc, group).children)
        .flatMap((s) => [
          s.getAttribute('DefaultValue')!,
          ...elements(s, 'Override').map((o) => o.getAttribute('Value')!),
        ])
        .map((t) => t.length);
    expect(Math.max(...lengths('ShortStrings'))).toBeLessThanOrEqual(125);
    expect(Math.max(...lengths('LongStrings'))).toBeLessThanOrEqual(250);
  });

  it('defines every resource it references, and references every resource it defines', () => {
    const used = new Set(
      Array.from(doc.getElementsByTagName('*'))
        .map((e) => e.getAttribute('resid'))
        .filter((r): r is string => r !== null),
    );
    expect([...used].filter((r) => !resources.has(r))).toEqual([]);
    expect([...resources.keys()].filter((r) => !used.has(r))).toEqual([]);
    for (const id of resources.keys()) expect(id.length).toBeLessThanOrEqual(32);
  });

  it('uses https://localhost:3000/ for every URL (the build rewrites it for deployment)', () => {
    const urls = [...resources.values()]
      .filter((e) => e.localName === 'Image' || e.localName === 'Url')
      .map((e) => e.getAttribute('DefaultValue')!);
    urls.push(
      one(doc, 'IconUrl').getAttribute('DefaultValue')!,
      one(doc, 'HighResolutionIconUrl').getAttribute('DefaultValue')!,
    );
    for (const u of urls) expect(u.startsWith(DEV)).toBe(true);
  });

  it('points at icons that exist in assets/ at the size they are used for', () => {
    const want: [string, number][] = [
      [one(doc, 'IconUrl').getAttribute('DefaultValue')!, 32],
      [one(doc, 'HighResolutionIconUrl').getAttribute('DefaultValue')!, 64],
    ];
    for (const img of elements(doc, 'Icon').flatMap((icon) => elements(icon, 'Image')))
      want.push([valueOf(img.getAttribute('resid')), Number(img.getAttribute('size'))]);
    expect(want.map(([, size]) => size)).toEqual(expect.arrayContaining([16, 32, 80]));
    for (const [url, size] of want) {
      const file = path.join(repoRoot, url.slice(DEV.length));
      expect([url, pngSize(file)]).toEqual([url, [size, size]]);
    }
  });
});
