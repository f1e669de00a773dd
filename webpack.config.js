/**
 * Builds the add-in into dist/: taskpane.html hosting the pane (taskpane.js)
 * and the CS.* custom functions (functions.js) in one shared runtime,
 * functions.json generated from the JSDoc in src/functions/functions.ts,
 * the icons and manifest.xml.
 *
 *   npm run build        production bundle (offline, no certificates needed)
 *   npm run dev-server   https://localhost:3000 with office-addin-dev-certs
 *
 * ADDIN_URL=https://example.com/cs/ npm run build rewrites the manifest's
 * https://localhost:3000/ URLs in dist/manifest.xml. `--env outputPath=DIR`
 * builds somewhere other than dist/ (the build test uses it).
 */
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const CustomFunctionsMetadataPlugin = require('custom-functions-metadata-plugin');

const DEV_URL = 'https://localhost:3000/';
const DEV_PORT = 3000;
const root = __dirname;
const TASKPANE_ENTRY = path.join(root, 'src/taskpane/index.tsx');
const FUNCTIONS_SOURCE = path.join(root, 'src/functions/functions.ts');

/** The deployment URL for dist/manifest.xml, with a trailing slash; the dev URL when unset. */
function addinUrl() {
  const url = (process.env.ADDIN_URL || '').trim();
  if (!url) return DEV_URL;
  if (!/^https:\/\//.test(url)) throw new Error(`ADDIN_URL must be an https:// URL (got ${url})`);
  return url.endsWith('/') ? url : `${url}/`;
}

/** Only `webpack serve` needs certificates; a build must work offline without them. */
async function httpsOptions() {
  const devCerts = require('office-addin-dev-certs');
  const { ca, key, cert } = await devCerts.getHttpsServerOptions();
  return { ca, key, cert };
}

module.exports = async (env = {}, argv = {}) => {
  const dev = argv.mode === 'development';
  const serving = Boolean(env.WEBPACK_SERVE);
  const url = dev ? DEV_URL : addinUrl();

  const entry = { functions: './src/functions/register.ts', taskpane: TASKPANE_ENTRY };

  return {
    context: root,
    mode: dev ? 'development' : 'production',
    devtool: dev ? 'source-map' : false,
    entry,
    output: {
      path: env.outputPath ? path.resolve(env.outputPath) : path.join(root, 'dist'),
      filename: '[name].js',
      // The engine's Web Worker (src/taskpane/start-engine-worker.ts) and what it loads, beside taskpane.js.
      chunkFilename: '[name].js',
      clean: true,
    },
    resolve: { extensions: ['.ts', '.tsx', '.js'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          // Type checking is `npm run typecheck`; the bundle only needs the JavaScript.
          // ES modules (tsconfig says commonjs, for jest and the CLI) let webpack
          // tree-shake Fluent UI and its icons: 17 MiB of taskpane.js otherwise.
          use: { loader: 'ts-loader', options: { transpileOnly: true, compilerOptions: { module: 'esnext' } } },
        },
        { test: /\.(png|jpe?g|gif|svg)$/, type: 'asset/resource', generator: { filename: 'assets/[name][ext]' } },
      ],
    },
    plugins: [
      // Writes functions.json and appends CustomFunctions.associate() calls to
      // functions.ts; a JSDoc/metadata error fails the build.
      new CustomFunctionsMetadataPlugin({ output: 'functions.json', input: FUNCTIONS_SOURCE }),
      // Shared runtime: one page runs the pane and the functions.
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['taskpane', 'functions'],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            transform: (content) => (url === DEV_URL ? content : content.toString().split(DEV_URL).join(url)),
          },
        ],
      }),
    ],
    performance: { maxAssetSize: 1024 * 1024, maxEntrypointSize: 1024 * 1024 },
    devServer: {
      port: DEV_PORT,
      headers: { 'Access-Control-Allow-Origin': '*' },
      server: serving ? { type: 'https', options: await httpsOptions() } : 'https',
    },
  };
};
