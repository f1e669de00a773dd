/**
 * Bundles test/e2e/fake-host.ts (the in-memory Excel fake plus Office stubs)
 * into one script for Playwright's page.addInitScript.
 *   webpack --config test/e2e/webpack.fake-host.config.js --env outputPath=DIR
 */
const path = require('path');

module.exports = (env = {}) => ({
  mode: 'development',
  devtool: false,
  target: 'web',
  context: path.join(__dirname, '../..'),
  entry: { 'fake-host': './test/e2e/fake-host.ts' },
  output: {
    path: path.resolve(env.outputPath || path.join(require('os').tmpdir(), 'cs-e2e-fake-host')),
    filename: '[name].js',
  },
  resolve: {
    extensions: ['.ts', '.js'],
    // The fake reads inserted workbooks with ExcelJS: its browser build (the Node one needs fs and streams).
    alias: { exceljs$: path.join(__dirname, '../../node_modules/exceljs/dist/exceljs.min.js') },
  },
  module: {
    rules: [
      {
        test: /\.ts$/,
        exclude: /node_modules/,
        use: { loader: 'ts-loader', options: { transpileOnly: true, compilerOptions: { module: 'es2020' } } },
      },
    ],
  },
});
