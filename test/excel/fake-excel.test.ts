/**
 * The fake must behave like Excel where the adapter depends on it, or the
 * adapter tests prove nothing. These pin down that behaviour.
 */
import { FakeExcel, FakeOfficeError } from '../excel-fake';

type Ctx = Excel.RequestContext;

async function code(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    return (e as FakeOfficeError).code ?? String(e);
  }
  return 'no error';
}

describe('proxy objects', () => {
  test('a property is readable only after load() and sync()', async () => {
    const fake = FakeExcel.empty();
    await fake.run(async (ctx: Ctx) => {
      const range = ctx.workbook.worksheets.getItem('Sheet1').getRange('A1:B2');
      expect(() => range.values).toThrow(/not available/);
      range.load('values');
      expect(() => range.values).toThrow(/not available/);
      await ctx.sync();
      expect(range.values).toEqual([
        ['', ''],
        ['', ''],
      ]);
      expect(() => range.rowCount).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    });
  });

  test('queued writes reach the workbook only on sync', async () => {
    const fake = FakeExcel.empty();
    await fake.run(async (ctx: Ctx) => {
      ctx.workbook.worksheets.getItem('Sheet1').getRange('A1').values = [[42]];
      expect(fake.cell('Sheet1', 'A1').value).toBeNull();
      await ctx.sync();
      expect(fake.cell('Sheet1', 'A1').value).toBe(42);
    });
  });

  test('Excel.run syncs what the batch left queued', async () => {
    const fake = FakeExcel.empty();
    await fake.run(async (ctx: Ctx) => {
      ctx.workbook.worksheets.add('New');
    });
    expect(fake.sheetNames()).toEqual(['Sheet1', 'New']);
    expect(fake.stats.syncCalls).toBe(1);
  });

  test('getItem of a missing sheet fails at sync with ItemNotFound; getItemOrNullObject gives a null object', async () => {
    const fake = FakeExcel.empty();
    expect(
      await code(
        fake.run(async (ctx: Ctx) => {
          ctx.workbook.worksheets.getItem('Nope');
          await ctx.sync();
        }),
      ),
    ).toBe('ItemNotFound');
    await fake.run(async (ctx: Ctx) => {
      const missing = ctx.workbook.worksheets.getItemOrNullObject('Nope');
      const present = ctx.workbook.worksheets.getItemOrNullObject('SHEET1');
      expect(() => missing.isNullObject).toThrow();
      await ctx.sync();
      expect(missing.isNullObject).toBe(true);
      expect(present.isNullObject).toBe(false);
    });
  });

  test('sheet names: duplicates (any case) and invalid names are refused', async () => {
    const fake = FakeExcel.empty();
    const attempt = (fn: (ctx: Ctx) => void): Promise<string> =>
      code(
        fake.run(async (ctx: Ctx) => {
          fn(ctx);
          await ctx.sync();
        }),
      );
    expect(await attempt((ctx) => ctx.workbook.worksheets.add('sheet1'))).toBe('ItemAlreadyExists');
    expect(await attempt((ctx) => ctx.workbook.worksheets.add('a/b'))).toBe('InvalidArgument');
    expect(await attempt((ctx) => ctx.workbook.worksheets.add('x'.repeat(32)))).toBe('InvalidArgument');
    expect(await attempt((ctx) => ctx.workbook.worksheets.add('Two'))).toBe('no error');
    expect(await attempt((ctx) => (ctx.workbook.worksheets.getItem('Two').name = 'SHEET1'))).toBe('ItemAlreadyExists');
    expect(await attempt((ctx) => ctx.workbook.worksheets.getItem('Sheet1').delete())).toBe('no error');
    expect(await attempt((ctx) => ctx.workbook.worksheets.getItem('Two').delete())).toBe('InvalidOperation'); // the last sheet
  });

  test('a failing operation stops its batch; those before it stay applied', async () => {
    const fake = FakeExcel.empty();
    const result = await code(
      fake.run(async (ctx: Ctx) => {
        ctx.workbook.worksheets.add('A');
        ctx.workbook.worksheets.add('Sheet1');
        ctx.workbook.worksheets.add('C');
        await ctx.sync();
      }),
    );
    expect(result).toBe('ItemAlreadyExists');
    expect(fake.sheetNames()).toEqual(['Sheet1', 'A']);
  });
});

describe('cells', () => {
  const hostile = [
    ['=SUM(B1:B2)', 5],
    ['+1', 7],
    ['-2', null],
    ['@SUM(A1)', null],
    ['00123', null],
    ['TRUE', null],
    ['plain', null],
  ];

  test('strings are read like typed text, as Excel does: formulas, numbers, booleans', async () => {
    const fake = FakeExcel.empty();
    await fake.run(async (ctx: Ctx) => {
      ctx.workbook.worksheets.getItem('Sheet1').getRange('A1:B7').values = hostile;
      await ctx.sync();
    });
    expect(fake.cell('Sheet1', 'A1')).toMatchObject({ formula: '=SUM(B1:B2)', value: 12 });
    expect(fake.cell('Sheet1', 'A2')).toMatchObject({ formula: '=+1', value: 1 });
    expect(fake.cell('Sheet1', 'A3')).toMatchObject({ formula: null, value: -2 });
    expect(fake.cell('Sheet1', 'A4').formula).toBe('=@SUM(A1)');
    expect(fake.cell('Sheet1', 'A5').value).toBe(123);
    expect(fake.cell('Sheet1', 'A6').value).toBe(true);
    expect(fake.cell('Sheet1', 'A7').value).toBe('plain');
  });

  test('text format ("@") set before the value keeps every string as typed', async () => {
    const fake = FakeExcel.empty();
    await fake.run(async (ctx: Ctx) => {
      const range = ctx.workbook.worksheets.getItem('Sheet1').getRange('A1:A7');
      range.numberFormat = hostile.map(() => ['@']);
      range.values = hostile.map((r) => [r[0]]);
      await ctx.sync();
    });
    hostile.forEach(([text], i) =>
      expect(fake.cell('Sheet1', `A${i + 1}`)).toMatchObject({ value: text, formula: null, numberFormat: '@' }),
    );
  });

  test('null leaves a cell unchanged; a 2-D array must match the range', async () => {
    const fake = FakeExcel.fromWorkbookData({ sheets: [{ name: 'S', rows: [['keep', 'x']] }] });
    await fake.run(async (ctx: Ctx) => {
      ctx.workbook.worksheets.getItem('S').getRange('A1:B1').values = [[null, '']];
      await ctx.sync();
    });
    expect(fake.cell('S', 'A1').value).toBe('keep');
    expect(fake.cell('S', 'B1').value).toBeNull();
    expect(
      await code(
        fake.run(async (ctx: Ctx) => {
          ctx.workbook.worksheets.getItem('S').getRange('A1:B2').values = [[1, 2]];
          await ctx.sync();
        }),
      ),
    ).toBe('InvalidArgument');
  });

  test('used range: null object when empty, A1 from getUsedRange, bounds otherwise', async () => {
    const fake = FakeExcel.fromWorkbookData({
      sheets: [
        { name: 'S', rows: [[], [null, null, 'x'], [null, 1]] },
        { name: 'E', rows: [] },
      ],
    });
    await fake.run(async (ctx: Ctx) => {
      const s = ctx.workbook.worksheets
        .getItem('S')
        .getUsedRange(true)
        .load('address,rowIndex,columnIndex,rowCount,columnCount');
      const e = ctx.workbook.worksheets.getItem('E').getUsedRangeOrNullObject(true);
      const e2 = ctx.workbook.worksheets.getItem('E').getUsedRange(true).load('address');
      await ctx.sync();
      expect([s.address, s.rowIndex, s.columnIndex, s.rowCount, s.columnCount]).toEqual(['S!B2:C3', 1, 1, 2, 2]);
      expect(e.isNullObject).toBe(true);
      expect(e2.address).toBe('E!A1');
    });
  });
});

describe('limits, counters and faults', () => {
  test('a request over 5 MB is refused and nothing in it is applied', async () => {
    const fake = FakeExcel.empty();
    const big = Array.from({ length: 60_000 }, (_, i) => [`row ${i} ${'x'.repeat(80)}`]);
    expect(
      await code(
        fake.run(async (ctx: Ctx) => {
          ctx.workbook.worksheets.add('Big');
          ctx.workbook.worksheets.getItem('Sheet1').getRange(`A1:A${big.length}`).values = big;
          await ctx.sync();
        }),
      ),
    ).toBe('RequestPayloadSizeLimitExceeded');
    expect(fake.sheetNames()).toEqual(['Sheet1']);
    expect(fake.stats.maxRequestBytes).toBeGreaterThan(5 * 1024 * 1024);
  });

  test('a response over 5 MB is refused', async () => {
    const fake = FakeExcel.fromWorkbookData({
      sheets: [{ name: 'S', rows: Array.from({ length: 60_000 }, (_, i) => [`row ${i} ${'x'.repeat(80)}`]) }],
    });
    expect(
      await code(
        fake.run(async (ctx: Ctx) => {
          ctx.workbook.worksheets.getItem('S').getRange('A1:A60000').load('values');
          await ctx.sync();
        }),
      ),
    ).toBe('ResponsePayloadSizeLimitExceeded');
  });

  test('syncs are counted; failOnSync fails exactly the k-th round trip', async () => {
    const fake = FakeExcel.empty();
    fake.failOnSync(2);
    const outcomes: string[] = [];
    for (let i = 0; i < 3; i++) {
      outcomes.push(
        await code(
          fake.run(async (ctx: Ctx) => {
            ctx.workbook.worksheets.add(`S${i}`);
            await ctx.sync();
          }),
        ),
      );
    }
    expect(outcomes).toEqual(['no error', 'GeneralException', 'no error']);
    expect(fake.sheetNames()).toEqual(['Sheet1', 'S0', 'S2']);
    expect(fake.stats.roundTrips).toBe(3);
    expect(fake.stats.log.map((s) => s.failed ?? 'ok')).toEqual(['ok', 'GeneralException', 'ok']);
  });

  test('failOnOperation fails the first matching operation only', async () => {
    const fake = FakeExcel.empty();
    fake.failOnOperation((op) => op.kind === 'renameSheet');
    const first = await code(
      fake.run(async (ctx: Ctx) => {
        ctx.workbook.worksheets.add('A');
        ctx.workbook.worksheets.getItem('Sheet1').name = 'B';
        await ctx.sync();
      }),
    );
    expect(first).toBe('GeneralException');
    expect(fake.sheetNames()).toEqual(['Sheet1', 'A']);
    await fake.run(async (ctx: Ctx) => {
      ctx.workbook.worksheets.getItem('Sheet1').name = 'B';
      await ctx.sync();
    });
    expect(fake.sheetNames()).toEqual(['B', 'A']);
  });
});

describe('tables, protection, conditional formats', () => {
  test('table names are unique across the workbook and go with their sheet', async () => {
    const fake = FakeExcel.fromWorkbookData({
      sheets: [
        { name: 'A', rows: [['h'], [1]] },
        { name: 'B', rows: [['h'], [1]] },
      ],
    });
    await fake.run(async (ctx: Ctx) => {
      ctx.workbook.worksheets.getItem('A').tables.add('A1:A2', true).name = 'Pay';
      await ctx.sync();
    });
    expect(
      await code(
        fake.run(async (ctx: Ctx) => {
          ctx.workbook.worksheets.getItem('B').tables.add('A1:A2', true).name = 'PAY';
          await ctx.sync();
        }),
      ),
    ).toBe('ItemAlreadyExists');
    await fake.run(async (ctx: Ctx) => {
      ctx.workbook.worksheets.getItem('A').delete();
      const t = ctx.workbook.worksheets.getItem('B').tables.getItemOrNullObject('Table2');
      await ctx.sync();
      if (!t.isNullObject) t.name = 'Pay';
      await ctx.sync();
    });
    expect(fake.model.tables.map((t) => t.name)).toEqual(['Pay']);
  });

  test('a protected sheet refuses edits but can be renamed and deleted', async () => {
    const fake = FakeExcel.fromWorkbookData({
      sheets: [
        { name: 'P', rows: [['v']] },
        { name: 'Q', rows: [] },
      ],
    });
    await fake.run(async (ctx: Ctx) => {
      ctx.workbook.worksheets.getItem('P').protection.protect({ allowAutoFilter: true });
      await ctx.sync();
    });
    expect(
      await code(
        fake.run(async (ctx: Ctx) => {
          ctx.workbook.worksheets.getItem('P').getRange('A1').values = [['changed']];
          await ctx.sync();
        }),
      ),
    ).toBe('AccessDenied');
    await fake.run(async (ctx: Ctx) => {
      ctx.workbook.worksheets.getItem('P').name = 'P2';
      await ctx.sync();
      ctx.workbook.worksheets.getItem('P2').delete();
      await ctx.sync();
    });
    expect(fake.sheetNames()).toEqual(['Q']);
  });

  test('cell-value and text conditional formats colour matching cells', async () => {
    const fake = FakeExcel.fromWorkbookData({ sheets: [{ name: 'S', rows: [['A'], ['B'], ['Bx']] }] });
    await fake.run(async (ctx: Ctx) => {
      const range = ctx.workbook.worksheets.getItem('S').getRange('A1:A3');
      const eq = range.conditionalFormats.add('CellValue');
      eq.cellValue.format.fill.color = '#00FF00';
      eq.cellValue.rule = { formula1: '="a"', operator: 'EqualTo' };
      const text = range.conditionalFormats.add('ContainsText');
      text.textComparison.format.fill.color = '#0000FF';
      text.textComparison.rule = { operator: 'BeginsWith', text: 'B' };
      await ctx.sync();
    });
    expect(['A1', 'A2', 'A3'].map((a) => fake.conditionalFillAt('S', a))).toEqual(['#00FF00', '#0000FF', '#0000FF']);
  });
});

test('snapshot and clone: a clone is independent', async () => {
  const fake = FakeExcel.fromWorkbookData({ sheets: [{ name: 'S', rows: [['a', 1, true, null]] }] });
  const copy = fake.clone();
  await copy.run(async (ctx: Ctx) => {
    ctx.workbook.worksheets.getItem('S').getRange('A1').values = [['b']];
    await ctx.sync();
  });
  expect(fake.snapshot()[0].values).toEqual([['a', 1, true]]);
  expect(copy.snapshot()[0].values).toEqual([['b', 1, true]]);
});
