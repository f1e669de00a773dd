#!/usr/bin/env node
/**
 * Dumps every word and number a user sees in the outputs, as plain text, so a
 * refactoring of texts can be proven to change nothing: run it before and
 * after, then `diff` the two files.
 *
 * Two views of the demo shop (2026-10; its workbook carries three earlier scorecards):
 * - the files the CLI writes, read back cell by cell with ExcelJS: the output
 *   workbook (zh and en), the finance CSV, `--json`, a week (2026-W44),
 *   `--whatif`, `--slips`, `--dingtalk`, `--compare` after a plan change,
 *   `lock`, and the demo input itself (its Plan sheet is written by the engine);
 * - the engine's sheet specs as JSON (headers, notes, chart titles, highlight
 *   words, print headers: parts ExcelJS does not write), the Plan sheet, and
 *   every plan key, measure and KPI label.
 * Times and the temporary folder are masked (they differ per run).
 *
 * Needs the compiled CLI (`npm run build:cli`).
 * Usage: node scripts/dump-outputs.js <out.txt>      Not part of npm test.
 */
const fs = require('fs');
const os = require('os');
const path = require('path');
const ExcelJS = require('exceljs');

const root = path.resolve(__dirname, '..');
const { main } = require(path.join(root, 'lib/cli/main'));
const { readInputFiles } = require(path.join(root, 'lib/cli/read-inputs'));
const engine = require(path.join(root, 'lib/engine'));
const { PLAN_KEYS } = require(path.join(root, 'lib/engine/plan/catalog'));

const outFile = process.argv[2];
if (!outFile) throw new Error('usage: node scripts/dump-outputs.js <out.txt>');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cs-dump-'));
const lines = [];
const mask = (s) =>
  s
    .split(dir)
    .join('<dir>')
    .replace(/\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d(\.\d+)?Z?/g, '<time>')
    .replace(/"generatedAt":"[^"]*"/g, '"generatedAt":"<time>"');
const put = (s) => lines.push(mask(s));

async function cli(args) {
  const io = { out: (s) => put(`  out: ${s}`), err: (s) => put(`  err: ${s}`) };
  put(`$ cs-kpi ${args.join(' ')}`);
  put(`  exit ${await main(args, io)}`);
}

async function dumpWorkbook(file) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  put(`== ${path.relative(dir, file)}`);
  wb.eachSheet((ws) => {
    put(`-- sheet ${ws.name} (${ws.state})`);
    ws.columns?.forEach((c, i) => c.width !== undefined && put(`   width ${i + 1} ${c.width}`));
    ws.eachRow({ includeEmpty: false }, (row, r) => {
      row.eachCell({ includeEmpty: false }, (cell) =>
        put(`   ${cell.address} ${JSON.stringify(cell.value)} ${cell.numFmt ?? ''}`),
      );
      if (r === 1 && ws.headerFooter?.oddHeader) put(`   header ${ws.headerFooter.oddHeader}`);
    });
  });
}

function dumpTextFile(file) {
  put(`== ${path.relative(dir, file)}`);
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) put(`   ${line}`);
}

async function dumpFolder(folder) {
  for (const f of fs.readdirSync(folder).sort()) await dumpWorkbook(path.join(folder, f));
}

/** A copy of the demo with the engine's Plan sheet added, one number changed, for --compare. */
async function withPlanChange(src, dst, lang) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(src);
  const plan = engine.defaultPlanSheet(lang);
  const ws = wb.addWorksheet(plan.name);
  for (const row of plan.rows) ws.addRow(row);
  ws.eachRow((row) => {
    if (row.getCell(1).value === 'pay.base.junior') row.getCell(2).value = 3100;
  });
  await wb.xlsx.writeFile(dst);
}

/** The engine's specs of the demo run, as JSON (chart titles, notes, highlights…). */
async function dumpSpecs(input, period) {
  const read = await readInputFiles([input]);
  const result = engine.runPayroll(read.data, { period, generatedAt: new Date(0) });
  for (const lang of ['zh', 'en']) {
    put(`== specs ${period} ${lang}`);
    for (const s of engine.buildOutputSheets(result, lang)) put(JSON.stringify(s));
    if (!result.paysPeriod) continue;
    for (const a of result.agents.slice(0, 3)) put(JSON.stringify(engine.whatIfSheet(result, a.agent.agentId, lang)));
    put(JSON.stringify(engine.buildSlips(result, lang).slice(0, 3)));
    put(JSON.stringify(engine.dingtalkSheet(result, lang)));
    put(JSON.stringify(engine.lockRow('lock', '张三', new Date(0), lang)));
    put(JSON.stringify(engine.lockRow('unlock', '张三', new Date(0), lang, '')));
  }
  put(JSON.stringify(engine.periodJson(result)));
}

function dumpLabels() {
  for (const lang of ['zh', 'en']) {
    put(`== plan sheet ${lang}`);
    put(JSON.stringify(engine.defaultPlanSheet(lang)));
  }
  put('== plan keys');
  for (const k of PLAN_KEYS)
    put(JSON.stringify([k.key, k.kind, k.label, k.values ?? null, k.aliases ?? null, k.min ?? null, k.kpiKey ?? null]));
  put('== measures');
  for (const m of engine.MEASURES) put(JSON.stringify([m.key, m.label, m.unit, m.lowerIsBetter, m.aliases]));
  put('== default KPIs');
  put(JSON.stringify(engine.defaultKpis()));
}

/** One `cs-kpi payroll` run; every run of the dump names input, period, language and output. */
const payroll = (input, period, lang, out, ...more) =>
  cli(['payroll', input, '--period', period, '--lang', lang, '--out', out, ...more]);

(async () => {
  const demo = path.join(dir, 'demo.xlsx');
  await cli(['demo', '--out', demo, '--period', '2026-10']);
  await dumpWorkbook(demo);
  for (const lang of ['zh', 'en']) {
    const out = path.join(dir, `out-${lang}.xlsx`);
    await payroll(
      demo,
      '2026-10',
      lang,
      out,
      '--csv',
      path.join(dir, `out-${lang}.csv`),
      '--whatif',
      'KF01',
      '--slips',
      path.join(dir, `slips-${lang}`),
      '--dingtalk',
      path.join(dir, `dingtalk-${lang}.xlsx`),
    );
    for (const f of fs
      .readdirSync(dir)
      .filter((f) => f.endsWith('.xlsx') && f.includes('测算'))
      .sort()) {
      await dumpWorkbook(path.join(dir, f));
      fs.renameSync(path.join(dir, f), path.join(dir, `done-${lang}-${f}`));
    }
    await dumpWorkbook(out);
    dumpTextFile(path.join(dir, `out-${lang}.csv`));
    await dumpFolder(path.join(dir, `slips-${lang}`));
    await dumpWorkbook(path.join(dir, `dingtalk-${lang}.xlsx`));
    await payroll(demo, '2026-10', lang, path.join(dir, `json-${lang}.xlsx`), '--json');
    await payroll(demo, '2026-10', lang, path.join(dir, `plain-${lang}.xlsx`));
    const week = path.join(dir, `week-${lang}.xlsx`);
    await payroll(demo, '2026-W44', lang, week, '--json');
    await dumpWorkbook(week);
    const changed = path.join(dir, `changed-${lang}.xlsx`);
    await withPlanChange(demo, changed, lang);
    const compared = path.join(dir, `compared-${lang}.xlsx`);
    await payroll(changed, '2026-10', lang, compared, '--compare', path.join(dir, `plain-${lang}.xlsx`), '--json');
    await dumpWorkbook(compared);
    await cli(['lock', compared, '--period', '2026-10', '--by', '张三']);
    await cli(['unlock', compared, '--period', '2026-10', '--by', '张三', '--reason', '改方案']);
    await dumpWorkbook(compared);
    await payroll(changed, '2026-10', lang, path.join(dir, `again-${lang}.xlsx`), '--compare', compared);
  }
  await dumpSpecs(demo, '2026-10');
  await dumpSpecs(demo, '2026-W44');
  dumpLabels();
  fs.writeFileSync(outFile, lines.join('\n') + '\n');
  fs.rmSync(dir, { recursive: true, force: true });
  console.log(`${lines.length} lines → ${outFile}`);
})().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
