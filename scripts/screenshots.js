#!/usr/bin/env node
/**
 * Regenerates the README screenshots of the demo shop's 绩效 (Scorecard, with
 * its trend columns, colour scales and shop-trend block from the demo's three
 * earlier months), 工资表 (Payroll) and one 工资条 (Statement) block, as
 * LibreOffice renders them: assets/screenshots/scorecard-zh.png,
 * payroll-zh.png, statement-zh.png
 *
 * The sheets are built exactly as `npm run demo` builds them (same demo shop,
 * same engine, same ExcelJS writer), each into a small temporary .xlsx holding
 * only that sheet (column widths, formats and page header kept; the statement
 * cut to its first agent's block; both landscape on one page, without the
 * page-number footer), converted to PDF by soffice, then to PNG by
 * `pdftoppm -png -r 80`, cropped to the printed area.
 *
 * Needs the compiled CLI and bench (`npm run build:cli && npm run build:bench`:
 * the LibreOffice helper lives in test/support and is compiled with the bench), soffice and pdftoppm
 * (Debian libreoffice-calc-nogui, poppler-utils, fonts-noto-cjk).
 * Usage: node scripts/screenshots.js [--period 2026-10] [--out assets/screenshots]
 * Not part of npm test.
 */
const { execFileSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const root = path.resolve(__dirname, '..');
function requireBuilt(dir, p, build) {
  try {
    return require(path.join(root, dir, p));
  } catch (e) {
    console.error(`screenshots: ${dir}/${p} is missing; run \`npm run ${build}\` first (${e.message})`);
    process.exit(2);
  }
}
const requireLib = (p) => requireBuilt('lib', p, 'build:cli');
const engine = requireLib('engine/index.js');
const { addSpecSheet } = requireLib('cli/xlsx-write.js');
const lo = requireBuilt('bench-out/build', 'test/support/libreoffice.js', 'build:bench');
const ExcelJS = require('exceljs');

const arg = (name, def) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1] : def;
};
const period = arg('period', '2026-10');
const outDir = path.resolve(root, arg('out', 'assets/screenshots'));
const DPI = 80;

/**
 * The scorecard as a reader looks at it, legible at README width: the first
 * twelve agents, who they are, their score and grade, and the trend columns
 * with their colour scales, then the shop-trend block. The other columns are
 * in the same sheet, right of these; the cells shown are the CLI's own.
 */
const SCORECARD_VIEW = ['rank', 'agentId', 'name', 'role', 'sales', 'conversion', 'score', 'grade'];
function scorecardView(spec) {
  const keep = spec.columns
    .map((c, i) => (SCORECARD_VIEW.includes(c.key) || c.key.startsWith('trend.') || c.key === 'scoreChange' ? i : -1))
    .filter((i) => i >= 0);
  return {
    ...spec,
    columns: keep.map((i) => spec.columns[i]),
    rows: spec.rows.slice(0, 12).map((r) => keep.map((i) => r[i])),
    notes: [],
    highlights: spec.highlights,
    charts: undefined,
  };
}

/** The first agent's block of the statements sheet (title, lines, gross), keeping bold rows. */
function firstStatementBlock(spec) {
  const end = spec.rows.findIndex((r) => r.every((c) => c === null));
  const rows = spec.rows.slice(0, end < 0 ? spec.rows.length : end);
  return { ...spec, rows, boldRows: (spec.boldRows || []).filter((b) => b < rows.length) };
}

async function sheetToXlsx(spec, file, page) {
  const wb = new ExcelJS.Workbook();
  const ws = await addSpecSheet(wb, spec);
  // One page for the picture: the real sheet fits to width only and may run onto a second page.
  ws.pageSetup = { ...ws.pageSetup, ...page, fitToPage: true, fitToWidth: 1, fitToHeight: 1 };
  // Keep the printed title (page header); drop the "1 / 1" footer so the crop ends at the sheet.
  ws.headerFooter = { ...ws.headerFooter, oddFooter: '' };
  await wb.xlsx.writeFile(file);
}

/** Bounding box of the non-white pixels of page 1, from a grey PGM render, in pixels at DPI. */
function inkBox(pdf, work) {
  const base = path.join(work, 'probe');
  execFileSync('pdftoppm', ['-gray', '-r', String(DPI), '-f', '1', '-l', '1', '-singlefile', pdf, base]);
  const buf = fs.readFileSync(`${base}.pgm`);
  // P5\n<w> <h>\n<max>\n<bytes>
  const header = buf.toString('latin1', 0, 64).match(/^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/);
  if (!header) throw new Error('unexpected pdftoppm -gray output');
  const [, w, h] = header.slice(0, 3).map(Number);
  const data = buf.subarray(header[0].length);
  let x0 = w,
    y0 = h,
    x1 = -1,
    y1 = -1;
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      if (data[y * w + x] < 245) {
        if (x < x0) x0 = x;
        if (x > x1) x1 = x;
        if (y < y0) y0 = y;
        if (y > y1) y1 = y;
      }
    }
  }
  if (x1 < 0) throw new Error(`${pdf}: page 1 is blank`);
  return { x0, y0, x1, y1, w: Number(w), h: Number(h) };
}

function pdfToPng(pdf, png, work) {
  const b = inkBox(pdf, work);
  const m = 12; // margin in pixels
  const x = Math.max(0, b.x0 - m),
    y = Math.max(0, b.y0 - m);
  const W = Math.min(b.w - x, b.x1 - b.x0 + 2 * m),
    H = Math.min(b.h - y, b.y1 - b.y0 + 2 * m);
  const base = png.replace(/\.png$/, '');
  execFileSync('pdftoppm', [
    '-png',
    '-r',
    String(DPI),
    '-f',
    '1',
    '-l',
    '1',
    '-singlefile',
    '-x',
    String(x),
    '-y',
    String(y),
    '-W',
    String(W),
    '-H',
    String(H),
    pdf,
    base,
  ]);
  return { width: W, height: H };
}

(async () => {
  const soffice = lo.findSoffice();
  if (!soffice.path) throw new Error(soffice.reason);
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'cs-screens-'));
  try {
    // The shop `npm run demo` makes (same defaults as `cs-kpi demo`).
    const data = engine.generateDemoWorkbook({ period, seed: 20261001, agents: 36, orders: 22000 });
    const result = engine.runPayroll(data, { period, lang: 'zh' });
    const specs = engine.buildOutputSheets(result, 'zh');
    const payroll = specs.find((s) => s.kind === 'payroll');
    const statements = specs.find((s) => s.kind === 'statements');
    const scorecard = specs.find((s) => s.kind === 'scorecard');

    const jobs = [
      { name: 'scorecard-zh', spec: scorecardView(scorecard), page: { orientation: 'landscape' } },
      { name: 'payroll-zh', spec: payroll, page: { orientation: 'landscape' } },
      { name: 'statement-zh', spec: firstStatementBlock(statements), page: { orientation: 'landscape' } },
    ];
    const files = [];
    for (const j of jobs) {
      const file = path.join(work, `${j.name}.xlsx`);
      await sheetToXlsx(j.spec, file, j.page);
      files.push(file);
    }
    const profileDir = await lo.makeProfile(path.join(work, 'profile'), 'always');
    const r = await lo.convert(files, {
      soffice: soffice.path,
      to: 'pdf',
      outDir: work,
      profileDir,
      timeoutMs: 180000,
    });
    if (r.code !== 0 || r.unexpected.length) throw new Error(`soffice failed (${r.code}): ${r.unexpected.join(' | ')}`);

    fs.mkdirSync(outDir, { recursive: true });
    for (const j of jobs) {
      const png = path.join(outDir, `${j.name}.png`);
      const size = pdfToPng(path.join(work, `${j.name}.pdf`), png, work);
      console.log(`wrote ${path.relative(root, png)} (${size.width}×${size.height})`);
    }
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
})().catch((e) => {
  console.error('screenshots:', e && e.stack ? e.stack : e);
  process.exitCode = 1;
});
