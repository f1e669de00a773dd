/**
 * functions.json as custom-functions-metadata generates it from the JSDoc in
 * src/functions/functions.ts (the webpack plugin calls the same API). Its CLI
 * exits 0 even on errors, so the errors are checked here through the API.
 */
import path from 'path';
import { generateCustomFunctionsMetadata, IFunction } from 'custom-functions-metadata';
import * as cs from '../../src/functions/functions';
import { writeBadCustomFunction } from '../support/bad-custom-function';

const SOURCE = path.resolve(__dirname, '../../src/functions/functions.ts');

type Param = [name: string, type: string, dimensionality: 'scalar' | 'matrix', optional: boolean];
const M = 'matrix' as const;
const S = 'scalar' as const;

/** What Excel must see for each function: parameters in order, and the result type. */
const EXPECTED: Record<string, { params: Param[]; result: string }> = {
  CONVERSION: {
    params: [
      ['inquiries', 'any', M, false],
      ['paidBuyers', 'any', M, false],
    ],
    result: 'number',
  },
  AOV: {
    params: [
      ['sales', 'any', M, false],
      ['buyers', 'any', M, false],
    ],
    result: 'number',
  },
  UPT: {
    params: [
      ['units', 'any', M, false],
      ['buyers', 'any', M, false],
    ],
    result: 'number',
  },
  REPLYRATE: {
    params: [
      ['received', 'any', M, false],
      ['unreplied', 'any', M, false],
    ],
    result: 'number',
  },
  REFUNDRATE: {
    params: [
      ['refunds', 'any', M, false],
      ['paid', 'any', M, false],
    ],
    result: 'number',
  },
  NETSALES: {
    params: [
      ['paid', 'any', M, false],
      ['postage', 'any', M, false],
      ['refund', 'any', M, false],
    ],
    result: 'number',
  },
  MEMOAGENTS: {
    params: [
      ['memo', 'string', S, false],
      ['agentIds', 'any', M, false],
    ],
    result: 'string',
  },
  SCORE: {
    params: [
      ['actual', 'any', M, false],
      ['target', 'any', M, false],
      ['lowerIsBetter', 'any', S, true],
      ['cap', 'any', S, true],
    ],
    result: 'number',
  },
  WEIGHTED: {
    params: [
      ['scores', 'any', M, false],
      ['weights', 'any', M, false],
    ],
    result: 'number',
  },
  GRADE: { params: [['score', 'any', S, false]], result: 'string' },
  BANDSCORE: {
    params: [
      ['value', 'any', M, false],
      ['bands', 'any', S, false],
    ],
    result: 'number',
  },
  TIERBONUS: {
    params: [
      ['value', 'any', S, false],
      ['start', 'any', S, false],
      ['startAmount', 'any', S, false],
      ['step', 'any', S, false],
      ['stepAmount', 'any', S, false],
    ],
    result: 'number',
  },
  COMMISSION: {
    params: [
      ['sales', 'any', M, false],
      ['bounds', 'any', M, false],
      ['rates', 'any', M, false],
      ['mode', 'string', S, true],
    ],
    result: 'number',
  },
};

const CJK = /[\u4e00-\u9fff]/;
const LATIN = /[A-Za-z]{3}/;

describe('custom-functions metadata of src/functions/functions.ts', () => {
  let functions: IFunction[];
  let associate: { functionName: string; id: string }[];

  beforeAll(async () => {
    const result = await generateCustomFunctionsMetadata([SOURCE]);
    expect(result.errors).toEqual([]);
    functions = JSON.parse(result.metadataJson).functions;
    associate = result.associate;
  });

  it('has exactly the functions of the README table, ids equal to names', () => {
    expect(functions.map((f) => f.id).sort()).toEqual(Object.keys(EXPECTED).sort());
    for (const f of functions) expect(f.name).toBe(f.id);
  });

  it.each(Object.keys(EXPECTED))('%s: parameter names, types, dimensionality and optional flags', (id) => {
    const f = functions.find((x) => x.id === id)!;
    const got: Param[] = f.parameters.map((p) => [
      p.name,
      p.type,
      (p.dimensionality ?? 'scalar') as 'scalar' | 'matrix',
      p.optional === true,
    ]);
    expect(got).toEqual(EXPECTED[id].params);
    expect(f.result?.type ?? 'any').toBe(EXPECTED[id].result);
    expect(f.result?.dimensionality ?? 'scalar').toBe('scalar');
    for (const p of f.parameters) expect(p.repeating).toBeUndefined();
  });

  it('optional parameters come last (Excel requires it)', () => {
    for (const f of functions) {
      const flags = f.parameters.map((p) => p.optional === true);
      expect(flags).toEqual([...flags].sort((a, b) => Number(a) - Number(b)));
    }
  });

  it('every function and parameter has help text in Chinese and English', () => {
    for (const f of functions) {
      expect(f.description).toMatch(CJK);
      expect(f.description).toMatch(LATIN);
      for (const p of f.parameters) {
        expect(p.description).toMatch(CJK);
        expect(p.description).toMatch(LATIN);
      }
    }
  });

  it('every function has an example (例 =CS.NAME(…)) in its help', () => {
    for (const f of functions) expect(f.description).toContain(`=CS.${f.id}(`);
  });

  it('associates each id with an exported function of that file, so the appended associate() calls resolve', () => {
    const exported = cs as unknown as Record<string, unknown>;
    expect(associate.map((a) => a.id).sort()).toEqual(Object.keys(EXPECTED).sort());
    for (const a of associate) expect(typeof exported[a.functionName]).toBe('function');
  });

  it('reports an error (and no JSON) for a bad JSDoc type — what must fail the build', async () => {
    const { file: bad, remove } = writeBadCustomFunction('bad.ts');
    const result = await generateCustomFunctionsMetadata([bad]);
    expect(result.errors.length).toBeGreaterThan(0);
    expect(result.errors.join('\n')).toMatch(/does not support type "Map"/);
    expect(result.metadataJson).toBe('');
    remove();
  });
});
