/**
 * Audit (审计): each input sheet is listed with a SHA-256 of its values.
 * Changing one input cell changes that sheet's checksum and no other, in the
 * engine's Audit sheet and in the workbook cs-kpi writes.
 */
import { createHash } from 'crypto';
import * as path from 'path';
import ExcelJS from 'exceljs';
import type { Cell, WorkbookData } from '../../src/engine/cell';
import { generateDemoWorkbook } from '../../src/engine/demo/generate';
import { buildOutputSheets } from '../../src/engine/output/build';
import type { OutCell } from '../../src/engine/output/sheet-spec';
import { runPayroll } from '../../src/engine/run';
import { sheetChecksum } from '../../src/engine/sha256';
import { PERIOD, SHEET, readXlsx, runDemoPayroll, runPayrollOn, sheetOf } from './cli-output';

const nodeHasher = () => {
  const h = createHash('sha256');
  return { update: (s: string) => void h.update(s, 'utf8'), hex: () => h.digest('hex') };
};

/** sheet name → checksum, as the Audit sheet lists them ("订单：订单报表" | "SHA-256 <hex>"). */
function checksumsInAudit(rows: OutCell[][] | Cell[][]): Map<string, string> {
  const out = new Map<string, string>();
  for (const r of rows) {
    const m = /^SHA-256 ([0-9a-f]{64})$/.exec(String(r[2] ?? ''));
    if (!m) continue;
    const sheet = String(r[1]).replace(/^[^：:]+[：:]/, '');
    expect(out.has(sheet)).toBe(false);
    out.set(sheet, m[1]);
  }
  return out;
}

function auditOf(wb: WorkbookData): Map<string, string> {
  const result = runPayroll(wb, { period: PERIOD, makeHasher: nodeHasher, generatedAt: new Date(0) });
  const audit = buildOutputSheets(result, 'zh').find((s) => s.kind === 'audit')!;
  return checksumsInAudit(audit.rows);
}

const changed = (v: Cell): Cell =>
  typeof v === 'number' ? v + 1 : typeof v === 'string' ? `${v}改` : typeof v === 'boolean' ? !v : '新值';

describe('in the engine, for every input sheet of the demo shop', () => {
  const base = generateDemoWorkbook({ period: PERIOD, agents: 12, orders: 1500, seed: 5 });
  const before = auditOf(base);

  test('every input sheet is listed once, and the same input gives the same checksums', () => {
    expect([...before.keys()].sort()).toEqual(base.sheets.map((s) => s.name).sort());
    expect(auditOf(generateDemoWorkbook({ period: PERIOD, agents: 12, orders: 1500, seed: 5 }))).toEqual(before);
  });

  test.each(base.sheets.map((s) => [s.name]))('changing one cell of %s changes its checksum and no other', (name) => {
    const copy: WorkbookData = { sheets: base.sheets.map((s) => ({ name: s.name, rows: s.rows.map((r) => [...r]) })) };
    const sheet = copy.sheets.find((s) => s.name === name)!;
    const r = Math.floor(sheet.rows.length / 2);
    const c = Math.min(1, sheet.rows[r].length - 1);
    sheet.rows[r][c] = changed(sheet.rows[r][c]);
    const after = auditOf(copy);
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
    const differing = [...after].filter(([k, v]) => before.get(k) !== v).map(([k]) => k);
    expect(differing).toEqual([name]);
  });

  test('the built-in SHA-256 (the add-in) and Node crypto (the CLI) give the same checksum', () => {
    for (const s of base.sheets) expect(sheetChecksum(s.rows)).toBe(sheetChecksum(s.rows, nodeHasher));
  });
});

describe('in the workbook cs-kpi writes', () => {
  test("editing one order cell in the .xlsx changes only the order sheet's checksum in 审计", async () => {
    const first = await runDemoPayroll({ agents: 10, orders: 1200, seed: 3 });
    try {
      const edited = path.join(first.dir, 'shop-edited.xlsx');
      const wb = await readXlsx(first.input);
      const orders = sheetOf(wb, '订单报表');
      const cell = orders.getRow(100).getCell(3); // 买家应付货款
      expect(typeof cell.value).toBe('number');
      cell.value = (cell.value as number) + 0.01;
      await wb.xlsx.writeFile(edited);
      const second = await runPayrollOn(
        edited,
        path.join(first.dir, 'edited-out.xlsx'),
        path.join(first.dir, 'edited.csv'),
        'zh',
      );

      const auditRows = async (file: string) => {
        const ws = sheetOf(await readXlsx(file), SHEET.zh.audit);
        const rows: Cell[][] = [];
        ws.eachRow((row) =>
          rows.push((row.values as ExcelJS.CellValue[]).slice(1).map((v) => (v === undefined ? null : (v as Cell)))),
        );
        return checksumsInAudit(rows);
      };
      const a = await auditRows(first.output);
      const b = await auditRows(second.output);
      expect(a.size).toBeGreaterThanOrEqual(4);
      expect([...b.keys()]).toEqual([...a.keys()]);
      expect([...a].filter(([k, v]) => b.get(k) !== v).map(([k]) => k)).toEqual(['订单报表']);
    } finally {
      first.cleanup();
    }
  });
});
