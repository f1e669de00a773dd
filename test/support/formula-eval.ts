/**
 * A tiny evaluator for the formulas the what-if sheet emits: cell references,
 * ranges, numbers, strings, TRUE/FALSE, + − × ÷, comparisons, and the
 * functions IF, IFNA, AND, OR, ROUND and CS.* (called through the add-in's own
 * functions, the way Excel calls them). Independent of the sheet builder, so
 * it checks the wiring: which cell feeds which argument.
 */
import * as cs from '../../src/functions/functions';
import { roundTo } from '../../src/engine/money';
import type { OutCell } from '../../src/engine';
import { isFormulaCell } from '../../src/engine';

type Val = number | string | boolean | null | { error: string } | Val[];
const isErr = (v: Val): v is { error: string } =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && 'error' in v;

const TOKEN =
  /\s*(?:(\d+(?:\.\d+)?(?:[eE][-+]?\d+)?)|("(?:[^"]|"")*")|([A-Z]+\d+(?::[A-Z]+\d+)?)|([A-Z][A-Z.]*)(?=\()|(TRUE|FALSE)|(<>|>=|<=|[-+*/(),=<>&]))/y;

export class Sheet {
  constructor(private readonly rows: OutCell[][]) {}
  private cache = new Map<string, Val>();
  /** Edit an input cell (B5 …) and forget every computed value. */
  set(addr: string, v: number | string | boolean | null): void {
    const [c, r] = split(addr);
    this.rows[r - 2][c] = v;
    this.cache.clear();
  }
  value(addr: string): Val {
    if (this.cache.has(addr)) return this.cache.get(addr)!;
    const [c, r] = split(addr);
    const cell = this.rows[r - 2]?.[c] ?? null;
    const v = isFormulaCell(cell) ? evaluate(cell.formula, this) : (cell as Val);
    this.cache.set(addr, v);
    return v;
  }
  range(a: string, b: string): Val[] {
    const [c1, r1] = split(a);
    const [c2, r2] = split(b);
    const out: Val[] = [];
    for (let r = r1; r <= r2; r++)
      for (let c = c1; c <= c2; c++) out.push(this.value(`${String.fromCharCode(65 + c)}${r}`));
    return out;
  }
}

function split(addr: string): [number, number] {
  const m = /^([A-Z])(\d+)$/.exec(addr)!;
  return [m[1].charCodeAt(0) - 65, Number(m[2])];
}

export function evaluate(formula: string, sheet: Sheet): Val {
  const tokens: string[] = [];
  TOKEN.lastIndex = 0;
  const src = formula.replace(/^=/, '');
  while (TOKEN.lastIndex < src.length) {
    const m = TOKEN.exec(src);
    if (!m) throw new Error(`cannot read "${src.slice(TOKEN.lastIndex)}" in ${formula}`);
    tokens.push(m[0].trim());
  }
  let i = 0;
  const peek = () => tokens[i];
  const next = () => tokens[i++];
  const expect = (t: string) => {
    if (next() !== t) throw new Error(`expected ${t} in ${formula}`);
  };
  const num = (v: Val): number => (v === null || v === '' ? 0 : typeof v === 'boolean' ? Number(v) : Number(v));

  function compare(): Val {
    const l = additive();
    const op = peek();
    if (['=', '<>', '>=', '<=', '>', '<'].includes(op)) {
      next();
      const r = additive();
      if (isErr(l)) return l;
      if (isErr(r)) return r;
      const a = l === null ? (typeof r === 'string' ? '' : 0) : l;
      const b = r === null ? (typeof a === 'string' ? '' : 0) : r;
      if (typeof a !== typeof b) return op === '<>';
      switch (op) {
        case '=':
          return a === b;
        case '<>':
          return a !== b;
        case '>=':
          return (a as number) >= (b as number);
        case '<=':
          return (a as number) <= (b as number);
        case '>':
          return (a as number) > (b as number);
        default:
          return (a as number) < (b as number);
      }
    }
    return l;
  }
  function additive(): Val {
    let v = term();
    while (peek() === '+' || peek() === '-') {
      const op = next();
      const r = term();
      if (isErr(v)) return v;
      if (isErr(r)) return r;
      v = op === '+' ? num(v) + num(r) : num(v) - num(r);
    }
    return v;
  }
  function term(): Val {
    let v = unary();
    while (peek() === '*' || peek() === '/') {
      const op = next();
      const r = unary();
      if (isErr(v)) return v;
      if (isErr(r)) return r;
      v = op === '*' ? num(v) * num(r) : num(v) / num(r);
    }
    return v;
  }
  function unary(): Val {
    if (peek() === '-') {
      next();
      const v = unary();
      return isErr(v) ? v : -num(v);
    }
    return primary();
  }
  function primary(): Val {
    const t = next();
    if (t === '(') {
      const v = compare();
      expect(')');
      return v;
    }
    if (/^\d/.test(t)) return Number(t);
    if (t.startsWith('"')) return t.slice(1, -1).replace(/""/g, '"');
    if (t === 'TRUE' || t === 'FALSE') return t === 'TRUE';
    if (/^[A-Z]+\d+(:[A-Z]+\d+)?$/.test(t) && peek() !== '(') {
      if (t.includes(':')) {
        const [a, b] = t.split(':');
        return sheet.range(a, b);
      }
      return sheet.value(t);
    }
    expect('(');
    const args: Val[] = [];
    if (peek() !== ')') {
      args.push(compare());
      while (peek() === ',') {
        next();
        args.push(compare());
      }
    }
    expect(')');
    return call(t, args);
  }
  const v = compare();
  if (i !== tokens.length) throw new Error(`unread tokens in ${formula}`);
  return v;
}

/** A value as Excel hands it to a custom function: ranges as columns, blanks as null. */
const asRange = (v: Val): unknown[][] => (Array.isArray(v) ? v.map((x) => [x]) : [[v]]);

function call(name: string, args: Val[]): Val {
  switch (name) {
    case 'IF':
      return isErr(args[0]) ? args[0] : args[0] ? args[1] : (args[2] ?? false);
    case 'IFNA':
      return isErr(args[0]) && args[0].error === '#N/A' ? args[1] : args[0];
    case 'AND':
      return args.find(isErr) ?? args.every(Boolean);
    case 'OR':
      return args.find(isErr) ?? args.some(Boolean);
    case 'ROUND':
      return isErr(args[0]) ? args[0] : roundTo(Number(args[0]), Number(args[1]));
  }
  if (!name.startsWith('CS.')) throw new Error(`function ${name} not supported`);
  const fn = (cs as Record<string, (...a: unknown[]) => number | string>)[name.slice(3)];
  if (!fn) throw new Error(`no custom function ${name}`);
  const bad = args.find(isErr);
  if (bad) return bad;
  // Scalar parameters (flags, caps, modes, band text, tier numbers) arrive as values; the rest as ranges.
  const scalar: Record<string, number[]> = {
    SCORE: [2, 3],
    BANDSCORE: [1],
    TIERBONUS: [0, 1, 2, 3, 4],
    COMMISSION: [3],
    GRADE: [0],
  };
  const shaped = args.map((a, k) => (scalar[name.slice(3)]?.includes(k) ? a : asRange(a)));
  try {
    return fn(...shaped);
  } catch (e) {
    if (e instanceof CustomFunctions.Error) return { error: String(e.code) }; // '#N/A', '#VALUE!', '#NUM!'
    throw e;
  }
}
