#!/usr/bin/env node
// npm run demo: make the sample shop workbook, then run the month's payroll on it.
const path = require('path');
const { main } = require('../lib/cli/main');
const dir = path.resolve(__dirname, '..', 'demo');
const period = process.env.DEMO_PERIOD || '2026-10';
(async () => {
  const input = path.join(dir, 'demo-shop.xlsx');
  let code = await main(['demo', '--out', input, '--period', period]);
  if (code !== 0) process.exit(code);
  code = await main(['payroll', input, '--period', period, '--csv', path.join(dir, `工资表-${period}.csv`)]);
  process.exitCode = code;
})().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
