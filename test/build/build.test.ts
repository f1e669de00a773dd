/**
 * The production build (webpack.config.js, as `npm run build` runs it) into a
 * temporary folder: the files the manifest names exist, functions.json lists
 * every function, functions.js registers and computes them in a fake
 * runtime, the manifest URL can be rewritten for deployment, a metadata error
 * fails the build, and a build never asks for certificates.
 */
import { spawnSync } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';
import vm from 'vm';
import webpack, { Configuration, Stats } from 'webpack';
import { generateCustomFunctionsMetadata } from 'custom-functions-metadata';
import { writeBadCustomFunction } from '../support/bad-custom-function';
import { describeWithTool, missingXsdValidator, XSD_VALIDATOR } from '../support/tools';
import { elements, parseXml } from '../support/xml';
import { FUNCTION_IDS } from '../support/function-ids';

type MakeConfig = (env: Record<string, unknown>, argv: Record<string, unknown>) => Promise<Configuration>;

const repoRoot = path.resolve(__dirname, '../..');
const CONFIG = path.join(repoRoot, 'webpack.config.js');
const DEV = 'https://localhost:3000/';
const BUILD_TIMEOUT = 300_000; // ~15 s on an idle 2-core machine; generous for a loaded one

const makeConfig = (): MakeConfig => require(CONFIG);

function compile(config: Configuration): Promise<Stats> {
  return new Promise((resolve, reject) => {
    const compiler = webpack(config);
    compiler.run((err, stats) => {
      compiler.close(() => undefined);
      if (err || !stats) reject(err ?? new Error('webpack gave no stats'));
      else resolve(stats);
    });
  });
}

let out: string;
let stats: Stats;

beforeAll(async () => {
  out = fs.mkdtempSync(path.join(os.tmpdir(), 'cs-build-'));
  const started = Date.now();
  stats = await compile(await makeConfig()({ WEBPACK_BUILD: true, outputPath: out }, { mode: 'production' }));
  const size = (f: string) =>
    fs.existsSync(path.join(out, f)) ? `${(fs.statSync(path.join(out, f)).size / 1024).toFixed(1)} KiB` : 'missing';
  console.log(
    `production build: ${((Date.now() - started) / 1000).toFixed(1)} s; taskpane.js ${size('taskpane.js')}, functions.js ${size('functions.js')}, functions.json ${size('functions.json')}`,
  );
}, BUILD_TIMEOUT);

afterAll(() => {
  if (out) fs.rmSync(out, { recursive: true, force: true });
});

describe('npm run build (production)', () => {
  it('compiles without errors', () => {
    const errors = stats.toJson({ all: false, errors: true }).errors ?? [];
    expect(errors.map((e) => e.message)).toEqual([]);
  });

  it('emits functions.js, functions.json, taskpane.html, taskpane.js, manifest.xml and the icons', () => {
    const files = [
      'functions.js',
      'functions.json',
      'taskpane.html',
      'taskpane.js',
      'manifest.xml',
      ...[16, 32, 64, 80, 128].map((n) => `assets/icon-${n}.png`),
    ];
    for (const f of files) expect([f, fs.existsSync(path.join(out, f))]).toEqual([f, true]);
    expect(fs.existsSync(path.join(out, 'assets/make-icons.js'))).toBe(false);
  });

  it('emits a manifest that parses and names only files the build emitted', () => {
    const doc = parseXml(fs.readFileSync(path.join(out, 'manifest.xml'), 'utf8'));
    const urls = Array.from(doc.getElementsByTagName('*'))
      .flatMap((e) => [e.getAttribute('DefaultValue'), e.getAttribute('Value')])
      .filter((u): u is string => !!u && u.startsWith('https://'));
    const local = urls.filter((u) => u.startsWith(DEV));
    expect(local.length).toBeGreaterThanOrEqual(8);
    expect(urls.filter((u) => !u.startsWith(DEV))).toEqual([]);
    for (const u of local) {
      const file = new URL(u).pathname.slice(1);
      expect([u, fs.existsSync(path.join(out, file))]).toEqual([u, true]);
    }
  });

  it('hosts office.js, then the pane and the functions, in one taskpane.html (shared runtime)', () => {
    const html = fs.readFileSync(path.join(out, 'taskpane.html'), 'utf8');
    const scripts = [...html.matchAll(/<script[^>]*\ssrc=["']?([^"'\s>]+)/g)].map((m) => m[1]);
    expect(scripts[0]).toBe('https://appsforoffice.microsoft.com/lib/1/hosted/office.js');
    expect(scripts.slice(1).sort()).toEqual(['functions.js', 'taskpane.js']);
    expect(html).toMatch(/<div id=["']?root["']?>/);
  });

  it('writes functions.json with every function, the same metadata the API gives', async () => {
    const built = JSON.parse(fs.readFileSync(path.join(out, 'functions.json'), 'utf8'));
    expect(built.functions.map((f: { id: string }) => f.id).sort()).toEqual(FUNCTION_IDS);
    const api = await generateCustomFunctionsMetadata([path.join(repoRoot, 'src/functions/functions.ts')]);
    expect(built).toEqual(JSON.parse(api.metadataJson));
  });

  it('functions.js registers every function and computes in a custom-functions runtime', () => {
    class CfError {
      constructor(
        public code: string,
        public message?: string,
      ) {}
    }
    const registered = new Map<string, (...args: unknown[]) => unknown>();
    const runtime = {
      associate: (id: string, f: (...args: unknown[]) => unknown) => registered.set(id, f),
      Error: CfError,
      ErrorCode: { invalidValue: '#VALUE!', notAvailable: '#N/A' },
    };
    const context = vm.createContext({ CustomFunctions: runtime, console });
    vm.runInContext(fs.readFileSync(path.join(out, 'functions.js'), 'utf8'), context);
    expect([...registered.keys()].sort()).toEqual(FUNCTION_IDS);
    expect(registered.get('CONVERSION')!([[200]], [[106]])).toBe(0.53);
    expect(registered.get('TIERBONUS')!(0.58, 0.5, 800, 0.02, 400)).toBe(2400);
    expect(registered.get('GRADE')!(92.5)).toBe('银牌');
    let error: unknown;
    try {
      registered.get('CONVERSION')!([[0]], [[0]]);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CfError);
    expect((error as CfError).code).toBe('#N/A');
  });

  it('functions.js loads quietly where there is no custom-functions runtime (pane opened in a plain browser)', () => {
    const info: unknown[] = [];
    const context = vm.createContext({ console: { info: (...a: unknown[]) => info.push(a), log: () => undefined } });
    expect(() => vm.runInContext(fs.readFileSync(path.join(out, 'functions.js'), 'utf8'), context)).not.toThrow();
    expect(String(info[0])).toMatch(/not registered/);
  });
});

describe('webpack.config.js', () => {
  const saved = process.env.ADDIN_URL;
  afterEach(() => {
    if (saved === undefined) delete process.env.ADDIN_URL;
    else process.env.ADDIN_URL = saved;
  });

  /** The transform CopyWebpackPlugin applies to manifest.xml. */
  async function manifestTransform(mode: string): Promise<(content: Buffer) => string | Buffer> {
    const config = await makeConfig()({ WEBPACK_BUILD: true }, { mode });
    const copy = config.plugins!.find((p) => p?.constructor.name === 'CopyPlugin') as unknown as {
      patterns: { from: string; transform?: (c: Buffer) => string | Buffer }[];
    };
    return copy.patterns.find((p) => p.from === 'manifest.xml')!.transform!;
  }
  const manifest = () => fs.readFileSync(path.join(repoRoot, 'manifest.xml'));

  it('leaves the localhost URLs alone by default', async () => {
    delete process.env.ADDIN_URL;
    expect(String((await manifestTransform('production'))(manifest()))).toBe(manifest().toString());
  });

  it('rewrites them to ADDIN_URL in a production build, everywhere', async () => {
    process.env.ADDIN_URL = 'https://cs.example.com/addin';
    const rewritten = String((await manifestTransform('production'))(manifest()));
    expect(rewritten).not.toContain('localhost');
    const doc = parseXml(rewritten);
    const urls = elements(doc, 'Url').map((u) => u.getAttribute('DefaultValue'));
    expect(urls).toContain('https://cs.example.com/addin/taskpane.html');
    expect(urls).toContain('https://cs.example.com/addin/functions.json');
  });

  it('keeps localhost in development builds, and refuses an ADDIN_URL that is not https', async () => {
    process.env.ADDIN_URL = 'https://cs.example.com/';
    expect(String((await manifestTransform('development'))(manifest()))).toContain(DEV);
    process.env.ADDIN_URL = 'http://cs.example.com/';
    await expect(makeConfig()({ WEBPACK_BUILD: true }, { mode: 'production' })).rejects.toThrow(/https/);
  });

  it('never loads dev certificates for a build, only for `webpack serve`', async () => {
    await jest.isolateModulesAsync(async () => {
      jest.doMock('office-addin-dev-certs', () => ({
        getHttpsServerOptions: () => {
          throw new Error('certificates requested');
        },
      }));
      const config = await makeConfig()({ WEBPACK_BUILD: true }, { mode: 'production' });
      expect((config as { devServer: { server: unknown } }).devServer.server).toBe('https');
    });
    await jest.isolateModulesAsync(async () => {
      jest.doMock('office-addin-dev-certs', () => ({
        getHttpsServerOptions: async () => ({ ca: 'CA', key: 'KEY', cert: 'CERT' }),
      }));
      const config = (await makeConfig()({ WEBPACK_SERVE: true }, { mode: 'development' })) as {
        devServer: { server: unknown; port: number };
      };
      expect(config.devServer.server).toEqual({ type: 'https', options: { ca: 'CA', key: 'KEY', cert: 'CERT' } });
      expect(config.devServer.port).toBe(3000);
    });
  });

  it(
    'fails the build when the custom-functions metadata has an error',
    async () => {
      const { dir, file: bad, remove } = writeBadCustomFunction('functions.ts');
      const config = await makeConfig()(
        { WEBPACK_BUILD: true, outputPath: path.join(dir, 'out') },
        { mode: 'production' },
      );
      // The same config, with functions.ts swapped for the bad file and the pane left out (speed).
      const MetadataPlugin = config.plugins!.find((p) => p?.constructor.name === 'CustomFunctionsMetadataPlugin')!
        .constructor as new (o: object) => webpack.WebpackPluginInstance;
      config.entry = { functions: bad };
      config.plugins = [new MetadataPlugin({ output: 'functions.json', input: bad })];
      const quiet = jest.spyOn(console, 'error').mockImplementation(() => undefined); // the plugin also prints the errors
      const result = await compile(config).finally(() => quiet.mockRestore());
      expect(result.hasErrors()).toBe(true);
      expect(result.toString({ all: false, errors: true })).toMatch(/does not support type "Map"/);
      expect(fs.existsSync(path.join(dir, 'out/functions.json'))).toBe(false);
      remove();
    },
    BUILD_TIMEOUT,
  );
});

describeWithTool('the built manifest against the XSDs', missingXsdValidator(), () => {
  it('still validates', () => {
    const res = spawnSync('bash', [XSD_VALIDATOR, path.join(out, 'manifest.xml')], { encoding: 'utf8' });
    expect(`${res.stdout}${res.stderr}`).toContain('validates');
    expect(res.status).toBe(0);
  });
});
