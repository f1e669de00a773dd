#!/usr/bin/env node
// npm run bench: performance tables (issue 7). The TypeScript is in src/cli/bench, compiled into lib/ by `npm run build:cli`.
let bench;
try {
  bench = require('../lib/cli/bench/run-bench');
} catch (e) {
  console.error('bench: lib/cli/bench is not built yet. Run `npm run build:cli` first.');
  process.exit(2);
}
bench.runBench().catch((e) => {
  console.error('bench:', e && e.stack ? e.stack : e);
  process.exitCode = 1;
});
