#!/usr/bin/env node
// cs-kpi: the compiled CLI lives in lib/ (built by `npm ci` through the prepare script).
let cli;
try {
  cli = require('../lib/cli/main');
} catch (e) {
  console.error('cs-kpi: the CLI is not built yet. Run `npm ci` (or `npm run build:cli`) first.');
  process.exit(2);
}
cli.main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    console.error('cs-kpi: unexpected error:', e && e.stack ? e.stack : e);
    process.exitCode = 1;
  },
);
