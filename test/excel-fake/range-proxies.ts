/** Range, its format and its conditional formats. */
import { Rect, checkRect, qualifiedAddress, subtractRect } from './address';
import { FakeClientObject } from './client-object';
import type { FakeRequestContext } from './context';
import { FakeOfficeError } from './errors';
import type { ConditionalFormatModel, FormatKey, SheetModel } from './model';
import { jsonBytes } from './payload';
import { FakeRangeAreas } from './range-areas';

export interface RangeTarget {
  sheet: SheetModel;
  rect: Rect;
}

const RANGE_PROPS = [
  'address',
  'rowIndex',
  'columnIndex',
  'rowCount',
  'columnCount',
  'values',
  'formulas',
  'numberFormat',
  'text',
];

export class FakeRange extends FakeClientObject {
  private target: { sheetId: string; rect: Rect } | null | undefined;
  readonly format: FakeRangeFormat;
  readonly conditionalFormats: FakeConditionalFormatCollection;
  readonly sort: { apply(fields: { key: number; ascending?: boolean }[]): void };

  /** `bind` runs as a queued operation: the range is whatever it designates at that moment (a target: an item of a loaded collection). */
  constructor(context: FakeRequestContext, bind: (() => RangeTarget | null) | RangeTarget, kind = 'getRange') {
    super(context);
    this.format = new FakeRangeFormat(this);
    this.conditionalFormats = new FakeConditionalFormatCollection(this);
    this.sort = {
      apply: (fields) => {
        this.context.api('RangeSort.apply');
        this.onTarget('sort', jsonBytes(fields), ({ sheet, rect }) => {
          if (!sheet.sortAllowed(rect))
            throw new FakeOfficeError(
              'AccessDenied',
              `Sorting '${sheet.name}' is not allowed: the sheet is protected and the range holds locked cells.`,
            );
          sortRows(sheet, rect, fields);
        });
      },
    };
    if (typeof bind !== 'function') {
      this.target = { sheetId: bind.sheet.id, rect: bind.rect };
      this.markNotNull();
      return;
    }
    this.queue(kind, 24, () => {
      const t = bind();
      if (t) checkRect(t.rect);
      this.target = t ? { sheetId: t.sheet.id, rect: t.rect } : null;
      this.setNull(t === null);
    });
  }

  get values(): unknown[][] {
    return this.loaded('values');
  }
  set values(v: unknown[][]) {
    this.context.api('Range.values');
    this.writeCells('setValues', v);
  }

  get formulas(): unknown[][] {
    return this.loaded('formulas');
  }
  set formulas(v: unknown[][]) {
    this.context.api('Range.formulas');
    this.writeCells('setFormulas', v);
  }

  get text(): string[][] {
    return this.loaded('text');
  }

  get numberFormat(): unknown[][] {
    return this.loaded('numberFormat');
  }
  set numberFormat(v: unknown[][]) {
    this.context.api('Range.numberFormat');
    this.onTarget('setNumberFormat', jsonBytes(v), ({ sheet, rect }) => {
      sheet.assertEditable('number format');
      // The typings give numberFormat as any[][]; the docs describe 2-D arrays only (excel-add-ins-ranges-set-format.md),
      // so the fake refuses one string for a range of several cells.
      if (!Array.isArray(v) && rect.rows * rect.cols > 1) {
        throw new FakeOfficeError('InvalidArgument', 'numberFormat for a range of several cells must be a 2-D array.');
      }
      forEachInput(rect, v, (r, c, x) => sheet.setNumberFormat(r, c, x));
    });
  }

  get address(): string {
    return this.loaded('address');
  }
  get rowIndex(): number {
    return this.loaded('rowIndex');
  }
  get columnIndex(): number {
    return this.loaded('columnIndex');
  }
  get rowCount(): number {
    return this.loaded('rowCount');
  }
  get columnCount(): number {
    return this.loaded('columnCount');
  }

  /**
   * Clears values, formulas and number formats; with "All" or "Formats" (the typings' `Excel.ClearApplyTo`:
   * "All: clears all cells content, formatting…") also the bold/fill/font/column-width formats and the
   * conditional formats lying inside the range. Only cells that hold something are visited, so clearing a
   * whole sheet stays cheap.
   */
  clear(applyTo: string = 'All'): void {
    this.context.api('Range.clear');
    this.onTarget('clear', 16, ({ sheet, rect }) => {
      sheet.assertEditable('clear');
      const used = sheet.usedRect(false);
      if (used && applyTo !== 'Formats') {
        const r0 = Math.max(rect.r0, used.r0);
        const c0 = Math.max(rect.c0, used.c0);
        const r1 = Math.min(rect.r0 + rect.rows, used.r0 + used.rows);
        const c1 = Math.min(rect.c0 + rect.cols, used.c0 + used.cols);
        for (let r = r0; r < r1; r++) {
          for (let c = c0; c < c1; c++) {
            sheet.write(r, c, '');
            if (sheet.numberFormats[r]) sheet.numberFormats[r][c] = undefined;
          }
        }
      }
      if (applyTo === 'All' || applyTo === 'Formats') dropFormats(sheet, rect);
    });
  }

  /**
   * Copies another range's cells here (ExcelApi 1.9, typings `Excel.Range.copyFrom`: "Copies cell data or
   * formatting from the source range … to the current range"; `RangeCopyType.all` copies values, formulas
   * and formats). The fake copies values, formulas, number formats, cell formats and conditional formats
   * onto a destination of the same size; formulas are copied as text, which is what Excel does when source
   * and destination have the same address (relative references then point at the same cells). A different
   * size or a moved formula is not modelled and throws, so a test never relies on it silently. Tables are
   * not copied (the adapter copies from sheets that hold none).
   */
  copyFrom(source: FakeRange, copyType: string = 'All'): void {
    this.context.api('Range.copyFrom');
    this.onTarget('copyFrom', 48, ({ sheet, rect }) => {
      sheet.assertEditable('copy');
      const from = source.resolve();
      const s = from.sheet;
      const src = from.rect;
      if (copyType !== 'All')
        throw new FakeOfficeError('InvalidArgument', `The fake only models copyType "All" (got ${copyType}).`);
      if (src.rows !== rect.rows || src.cols !== rect.cols)
        throw new FakeOfficeError('InvalidArgument', 'The fake only copies between ranges of the same size.');
      const dr = rect.r0 - src.r0;
      const dc = rect.c0 - src.c0;
      for (let i = 0; i < src.rows; i++) {
        for (let j = 0; j < src.cols; j++) {
          const r = src.r0 + i;
          const c = src.c0 + j;
          const formula = s.formulaAt(r, c);
          if (formula !== undefined && (dr !== 0 || dc !== 0))
            throw new FakeOfficeError('InvalidArgument', 'The fake does not move formulas.');
          if (s.numberFormats[r]?.[c] !== undefined) sheet.setNumberFormat(r + dr, c + dc, s.numberFormats[r][c]);
          if (formula !== undefined) sheet.write(r + dr, c + dc, formula, { viaFormulas: true });
          else {
            sheet.write(r + dr, c + dc, ''); // drops a formula the destination held
            const v = s.valueAt(r, c);
            if (v !== undefined) (sheet.values[r + dr] ??= [])[c + dc] = v; // the stored value as is, not typed in again
          }
        }
      }
      dropFormats(sheet, rect); // "All" pastes the source's formatting over the destination's
      for (const f of s.formats)
        if (within(f.rect, src))
          sheet.formats.push({ ...f, rect: { ...f.rect, r0: f.rect.r0 + dr, c0: f.rect.c0 + dc } });
      for (const cf of s.conditionalFormats) {
        if (within(cf.rect, src))
          sheet.conditionalFormats.push({
            ...cf,
            rect: { ...cf.rect, r0: cf.rect.r0 + dr, c0: cf.rect.c0 + dc },
            rule: cf.rule ? { ...cf.rule } : null,
          });
      }
      if (!this.context.calculationSuspendedNow) this.context.model.recalc();
    });
  }

  /** ExcelApi 1.2 (one merged cell for the whole range; `across` is not modelled). */
  merge(): void {
    this.context.api('Range.merge');
    this.onTarget('merge', 24, ({ sheet, rect }) => {
      sheet.assertEditable('merge');
      sheet.merge(rect);
    });
  }

  /** ExcelApi 1.13: the merged areas lying in this range; a null object when there are none. */
  getMergedAreasOrNullObject(): FakeRangeAreas {
    this.context.api('Range.getMergedAreasOrNullObject');
    return new FakeRangeAreas(this);
  }

  select(): void {
    this.context.api('Range.select');
    this.onTarget('select', 0, ({ sheet, rect }) => {
      this.context.model.activeSheetId = sheet.id;
      this.context.model.selection = { sheetId: sheet.id, rect };
    });
  }

  /** Resolve the bound target now (only valid while a batch runs). */
  resolve(): RangeTarget {
    if (this.target === undefined)
      throw new FakeOfficeError('InvalidOperation', 'The range was used before the request that creates it ran.');
    if (this.target === null) throw this.nullTargetError();
    return { sheet: this.context.model.sheetById(this.target.sheetId), rect: this.target.rect };
  }

  /** Queue an operation that needs the range's sheet and rectangle. */
  onTarget(kind: string, bytes: number, fn: (t: RangeTarget) => void): void {
    this.queue(kind, bytes, () => fn(this.resolve()));
  }

  protected override readProperty(name: string): unknown {
    const { sheet, rect } = this.resolve();
    switch (name) {
      case 'address':
        return qualifiedAddress(sheet.name, rect);
      case 'rowIndex':
        return rect.r0;
      case 'columnIndex':
        return rect.c0;
      case 'rowCount':
        return rect.rows;
      case 'columnCount':
        return rect.cols;
      case 'values':
        return grid(rect, (r, c) => sheet.valueAt(r, c) ?? '');
      case 'formulas':
        return grid(rect, (r, c) => sheet.formulaAt(r, c) ?? sheet.valueAt(r, c) ?? '');
      case 'numberFormat':
        return grid(rect, (r, c) => sheet.numberFormatAt(r, c));
      case 'text':
        return grid(rect, (r, c) => displayText(sheet.valueAt(r, c), sheet.numberFormatAt(r, c)));
      default:
        throw new FakeOfficeError('InvalidArgument', `The fake range has no property '${name}'.`);
    }
  }

  protected override defaultProperties(): string[] {
    return RANGE_PROPS;
  }

  protected override isTargetNull(): boolean {
    return this.target === null;
  }

  protected override sheetNameForFaults(): string | undefined {
    if (!this.target) return undefined;
    return this.context.model.sheets.find((s) => s.id === this.target?.sheetId)?.name;
  }

  private writeCells(kind: string, v: unknown[][]): void {
    this.onTarget(kind, jsonBytes(v), ({ sheet, rect }) => {
      sheet.assertEditable('cell contents');
      const options = { viaFormulas: kind === 'setFormulas', date1904: this.context.model.date1904 };
      forEachInput(rect, v, (r, c, x) => sheet.write(r, c, x, options));
      if (!this.context.calculationSuspendedNow) this.context.model.recalc(); // automatic calculation: dependents on other sheets too
    });
  }
}

/** Rows of the range reordered by the given columns (values only; the fake's sort is for the protection rule). */
function sortRows(sheet: SheetModel, rect: Rect, fields: { key: number; ascending?: boolean }[]): void {
  const rows = Array.from({ length: rect.rows }, (_, i) =>
    Array.from({ length: rect.cols }, (_, j) => sheet.valueAt(rect.r0 + i, rect.c0 + j)),
  );
  const cmp = (a: unknown, b: unknown): number =>
    a === b ? 0 : a === undefined ? 1 : b === undefined ? -1 : String(a) < String(b) ? -1 : 1;
  rows.sort((a, b) => {
    for (const f of fields) {
      const d = cmp(a[f.key], b[f.key]);
      if (d !== 0) return f.ascending === false ? -d : d;
    }
    return 0;
  });
  rows.forEach((row, i) => row.forEach((v, j) => ((sheet.values[rect.r0 + i] ??= [])[rect.c0 + j] = v)));
}

/** `inner` lies entirely inside `outer`. */
/** The cell formats and conditional formats of the cells in `rect` removed (a format over more cells keeps the rest). */
function dropFormats(sheet: SheetModel, rect: Rect): void {
  sheet.formats = sheet.formats.flatMap((f) => subtractRect(f.rect, rect).map((r) => ({ ...f, rect: r })));
  sheet.conditionalFormats = sheet.conditionalFormats.flatMap((f) =>
    subtractRect(f.rect, rect).map((r) => ({ ...f, rect: r })),
  );
}

function within(inner: Rect, outer: Rect): boolean {
  return (
    inner.r0 >= outer.r0 &&
    inner.c0 >= outer.c0 &&
    inner.r0 + inner.rows <= outer.r0 + outer.rows &&
    inner.c0 + inner.cols <= outer.c0 + outer.cols
  );
}

/** A 2-D input must match the range exactly; a single value is applied to every cell. */
function forEachInput(rect: Rect, input: unknown, fn: (r: number, c: number, x: unknown) => void): void {
  if (Array.isArray(input)) {
    const ok = input.length === rect.rows && input.every((row) => Array.isArray(row) && row.length === rect.cols);
    if (!ok) {
      throw new FakeOfficeError(
        'InvalidArgument',
        "The number of rows or columns in the input array doesn't match the size or dimensions of the range.",
      );
    }
    for (let i = 0; i < rect.rows; i++) {
      const row = input[i] as unknown[];
      for (let j = 0; j < rect.cols; j++) fn(rect.r0 + i, rect.c0 + j, row[j]);
    }
    return;
  }
  for (let i = 0; i < rect.rows; i++) for (let j = 0; j < rect.cols; j++) fn(rect.r0 + i, rect.c0 + j, input);
}

/** What a cell shows: a serial under a yyyy-mm-dd format as the date (1900 system), anything else as itself. */
function displayText(v: unknown, format: string): string {
  if (v === undefined) return '';
  if (typeof v === 'number' && /^yyyy-mm-dd$/i.test(format))
    return new Date(Date.UTC(1899, 11, 30) + v * 86_400_000).toISOString().slice(0, 10);
  return String(v);
}

function grid<T>(rect: Rect, cell: (r: number, c: number) => T): T[][] {
  const out: T[][] = new Array(rect.rows);
  for (let i = 0; i < rect.rows; i++) {
    const row: T[] = new Array(rect.cols);
    for (let j = 0; j < rect.cols; j++) row[j] = cell(rect.r0 + i, rect.c0 + j);
    out[i] = row;
  }
  return out;
}

/** range.format: font, fill, column width, alignment, autofit. */
export class FakeRangeFormat {
  readonly font: { bold: boolean; color: string };
  readonly protection: { locked: boolean };
  readonly fill: { color: string; clear(): void };

  constructor(private readonly range: FakeRange) {
    const record = (key: FormatKey, value: unknown): void =>
      range.onTarget('format', jsonBytes(value) + key.length, ({ sheet, rect }) => {
        sheet.assertEditable('cell format');
        sheet.formats.push({ rect, key, value });
      });
    this.font = {
      set bold(v: boolean) {
        record('bold', v);
      },
      get bold(): boolean {
        throw new FakeOfficeError('PropertyNotLoaded', 'format.font.bold is write-only in the fake');
      },
      set color(v: string) {
        record('fontColor', v);
      },
      get color(): string {
        throw new FakeOfficeError('PropertyNotLoaded', 'format.font.color is write-only in the fake');
      },
    };
    this.protection = {
      set locked(v: boolean) {
        range.context.api('RangeFormat.protection');
        range.onTarget('locked', 5, ({ sheet, rect }) => {
          sheet.assertEditable('cell protection');
          if (v)
            sheet.unlocked = sheet.unlocked.filter(
              (u) => !(u.r0 === rect.r0 && u.c0 === rect.c0 && u.rows === rect.rows && u.cols === rect.cols),
            );
          else sheet.unlocked.push(rect);
        });
      },
      get locked(): boolean {
        throw new FakeOfficeError('PropertyNotLoaded', 'write-only in the fake');
      },
    };
    this.fill = {
      set color(v: string) {
        record('fillColor', v);
      },
      get color(): string {
        throw new FakeOfficeError('PropertyNotLoaded', 'format.fill.color is write-only in the fake');
      },
      clear: () => record('fillColor', null),
    };
  }

  set horizontalAlignment(v: string) {
    this.range.onTarget('format', v.length, ({ sheet, rect }) => {
      sheet.assertEditable('cell format');
      sheet.formats.push({ rect, key: 'horizontalAlignment', value: v });
    });
  }

  /** Points, like Office.js. */
  set columnWidth(points: number) {
    this.range.context.api('RangeFormat.columnWidth');
    this.range.onTarget('columnWidth', 8, ({ sheet, rect }) => {
      if (sheet.protection.protected && !sheet.protection.options.allowFormatColumns)
        sheet.assertEditable('column width');
      if (!(points >= 0 && points <= 255 * 7.5))
        throw new FakeOfficeError('InvalidArgument', `Column width ${points} is out of range.`);
      for (let c = rect.c0; c < rect.c0 + rect.cols; c++) sheet.columnWidths.set(c, points);
    });
  }
  get columnWidth(): number {
    throw new FakeOfficeError('PropertyNotLoaded', 'format.columnWidth is write-only in the fake');
  }

  /**
   * ExcelApi 1.7, typings `Excel.RangeFormat.useStandardWidth`: "Specifies if the column width of the Range
   * object equals the standard width of the sheet … only intended to be set to true". The columns go back to
   * the sheet's standard width: the fake forgets their width, as a fresh sheet has none.
   */
  set useStandardWidth(v: boolean) {
    this.range.context.api('RangeFormat.useStandardWidth');
    this.range.onTarget('standardWidth', 5, ({ sheet, rect }) => {
      if (sheet.protection.protected && !sheet.protection.options.allowFormatColumns)
        sheet.assertEditable('column width');
      if (!v) return; // "Setting it to false has no effect"
      for (const c of [...sheet.columnWidths.keys()])
        if (c >= rect.c0 && c < rect.c0 + rect.cols) sheet.columnWidths.delete(c);
    });
  }
  get useStandardWidth(): boolean {
    throw new FakeOfficeError('PropertyNotLoaded', 'format.useStandardWidth is write-only in the fake');
  }

  /** Width from the longest text in each column (CJK counts double), in points. */
  autofitColumns(): void {
    this.range.onTarget('autofit', 0, ({ sheet, rect }) => {
      sheet.autofitCount++;
      for (let c = rect.c0; c < rect.c0 + rect.cols; c++) {
        let chars = 8;
        for (let r = rect.r0; r < rect.r0 + rect.rows; r++) {
          const v = sheet.valueAt(r, c);
          if (v === undefined) continue;
          let n = 0;
          for (const ch of String(v)) n += ch.charCodeAt(0) > 0x2e7f ? 2 : 1;
          chars = Math.max(chars, n);
        }
        sheet.columnWidths.set(c, Math.min(255, chars + 1) * 5.25 + 3.75);
      }
    });
  }
}

export class FakeConditionalFormatCollection {
  constructor(private readonly range: FakeRange) {}

  /** ExcelApi 1.6: "Clears all conditional formats active on the current specified range" (the fake: those lying inside it). */
  clearAll(): void {
    this.range.context.api('ConditionalFormatCollection.clearAll');
    this.range.onTarget('clearConditionalFormats', 0, ({ sheet, rect }) => {
      sheet.assertEditable('conditional format');
      sheet.conditionalFormats = sheet.conditionalFormats.filter((f) => !within(f.rect, rect));
    });
  }

  add(type: string): FakeConditionalFormat {
    this.range.context.api('Range.conditionalFormats');
    const cf = new FakeConditionalFormat(this.range, type);
    this.range.onTarget('addConditionalFormat', type.length, ({ sheet, rect }) => {
      sheet.assertEditable('conditional format');
      const model: ConditionalFormatModel = { rect, type, rule: null, fill: null, fontColor: null };
      sheet.conditionalFormats.push(model);
      cf.bind(model);
    });
    return cf;
  }
}

export class FakeConditionalFormat {
  private model: ConditionalFormatModel | undefined;
  readonly cellValue: FakeConditionalRule;
  readonly textComparison: FakeConditionalRule;

  constructor(
    range: FakeRange,
    readonly type: string,
  ) {
    const target = (): ConditionalFormatModel => {
      if (!this.model) throw new FakeOfficeError('InvalidOperation', 'The conditional format does not exist yet.');
      return this.model;
    };
    this.cellValue = new FakeConditionalRule(range, target, 'CellValue');
    this.textComparison = new FakeConditionalRule(range, target, 'ContainsText');
  }

  bind(model: ConditionalFormatModel): void {
    this.model = model;
  }
}

/** cf.cellValue / cf.textComparison: a rule and the format applied when it holds. */
export class FakeConditionalRule {
  readonly format: { fill: { color: string }; font: { color: string; bold: boolean } };

  constructor(
    private readonly range: FakeRange,
    private readonly target: () => ConditionalFormatModel,
    private readonly kind: string,
  ) {
    const edit = (what: string, bytes: number, fn: (m: ConditionalFormatModel) => void): void =>
      range.onTarget(what, bytes, () => {
        const m = this.check();
        fn(m);
      });
    this.format = {
      fill: {
        set color(v: string) {
          edit('conditionalFormat', v.length, (m) => (m.fill = v));
        },
        get color(): string {
          throw new FakeOfficeError('PropertyNotLoaded', 'write-only in the fake');
        },
      },
      font: {
        set color(v: string) {
          edit('conditionalFormat', v.length, (m) => (m.fontColor = v));
        },
        get color(): string {
          throw new FakeOfficeError('PropertyNotLoaded', 'write-only in the fake');
        },
        set bold(_v: boolean) {
          edit('conditionalFormat', 4, () => undefined);
        },
        get bold(): boolean {
          throw new FakeOfficeError('PropertyNotLoaded', 'write-only in the fake');
        },
      },
    };
  }

  set rule(rule: Record<string, unknown>) {
    this.range.onTarget('conditionalFormat', jsonBytes(rule), () => {
      const m = this.check();
      if (this.kind === 'CellValue' && (typeof rule.formula1 !== 'string' || typeof rule.operator !== 'string')) {
        throw new FakeOfficeError('InvalidArgument', 'A cell-value rule needs formula1 and operator.');
      }
      if (this.kind === 'ContainsText' && (typeof rule.text !== 'string' || typeof rule.operator !== 'string')) {
        throw new FakeOfficeError('InvalidArgument', 'A text rule needs text and operator.');
      }
      m.rule = { ...rule };
    });
  }

  private check(): ConditionalFormatModel {
    const m = this.target();
    if (m.type !== this.kind) {
      throw new FakeOfficeError('InvalidOperation', `This conditional format is of type ${m.type}, not ${this.kind}.`);
    }
    return m;
  }
}
