import * as engine from './engine-mock';
import { MemoryPort } from './memory-port';
import { generatePayroll, scanWorkbook, validateInputs, type FlowProgress } from '../../src/taskpane/payroll-flow';

jest.mock('../../src/engine', () => ({ ...jest.requireActual('../../src/engine'), ...require('./engine-mock') }));

const INPUTS = {
  说明: [['这张表不是数据']],
  花名册: [['工号'], ['KF01'], ['KF02']],
  订单报表: [['订单编号'], ['1'], ['2'], ['3'], ['4']],
  聊天统计: [['旺旺'], ['a']],
  '绩效 2026-09': [['上月绩效']],
  '绩效 2026-10': [['旧的输出']],
  '绩效 2026-11': [['下月绩效']],
};

beforeEach(() => jest.clearAllMocks());

test('the scan keeps only input sheets, with their sizes, and names the required kinds that are missing', async () => {
  const scan = await scanWorkbook(new MemoryPort({ 说明: [['x']], 订单报表: [['a'], ['b']], 花名册: [] }));
  expect(scan.inputs).toEqual([
    { name: '订单报表', kind: 'orders', rowCount: 2 },
    { name: '花名册', kind: 'roster', rowCount: 0 },
  ]);
  expect(scan.missing).toEqual(['roster', 'chat']); // an empty roster sheet is as good as none
});

test("the add-in's own sheets (outputs of a month, a week or a date range; what-if sheets) are neither inputs nor 'other' sheets", async () => {
  const rows = [
    ['工号', '姓名', '岗位', '级别'],
    ['KF01', '小美', '售前', '初级'],
  ];
  const scan = await scanWorkbook(
    new MemoryPort({
      说明: [['这张表不是数据']],
      '工资表 2026-10': rows,
      '审计 2026-W43': rows,
      '数据问题 20261001-20261015': rows,
      '测算 KF01 2026-10': rows,
      'What-if KF01 2026-10': rows,
    }),
  );
  expect(scan.others.map((o) => o.name)).toEqual(['说明']);
  expect(scan.inputs).toEqual([]); // a roster-like header does not make an output sheet the roster
});

test('only earlier scorecards are history: the period’s own outputs and later ones are not read', async () => {
  const port = new MemoryPort(INPUTS);
  await validateInputs(port, '2026-10');
  expect(port.reads).toEqual([['花名册', '订单报表', '聊天统计', '绩效 2026-09']]);
});

test('generate reads only input sheets, reports read → compute → write in order, and replaces the period’s outputs', async () => {
  const port = new MemoryPort(INPUTS);
  const seen: FlowProgress[] = [];
  const out = await generatePayroll(port, { period: '2026-10', lang: 'zh', onProgress: (p) => seen.push(p) });

  expect(port.reads).toEqual([['花名册', '订单报表', '聊天统计', '绩效 2026-09']]);
  const steps = seen.map((p) => p.step).filter((s, i, a) => a[i - 1] !== s);
  expect(steps).toEqual(['read', 'compute', 'write']);
  const fractions = seen.map((p) => p.fraction);
  expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
  expect(fractions[0]).toBe(0);
  expect(fractions[fractions.length - 1]).toBe(1);

  expect(port.replaced).toEqual([engine.outputSheetNames('2026-10')]);
  expect(port.sheets.get('绩效 2026-10')).toEqual([['工号'], ['KF01'], ['KF02']]);
  expect(out.written).toEqual(['绩效 2026-10', '工资表 2026-10']);
  expect(out.scorecard).toBe('绩效 2026-10');
  expect(port.activated).toEqual(['绩效 2026-10']);
});

test('a signal aborted before writing stops the run with nothing written', async () => {
  const port = new MemoryPort(INPUTS);
  const controller = new AbortController();
  engine.runPayroll.mockImplementationOnce((_wb, opts) => {
    controller.abort(); // the user clicks Cancel while the engine computes
    return engine.fakeResult(opts.period, []);
  });
  await expect(
    generatePayroll(port, { period: '2026-10', lang: 'zh', signal: controller.signal }),
  ).rejects.toMatchObject({ name: 'AbortError' });
  expect(port.written).toEqual([]);
  expect(port.sheets.get('绩效 2026-10')).toEqual([['旧的输出']]);
});

test('the written payroll stands even if showing the scorecard fails', async () => {
  const port = new MemoryPort(INPUTS);
  port.failNext.activateSheet = new Error('cannot activate');
  const out = await generatePayroll(port, { period: '2026-10', lang: 'en' });
  expect(out.scorecard).toBe('Scorecard 2026-10');
  expect(port.sheets.has('Payroll 2026-10')).toBe(true);
});

test('validate reads the inputs and returns the engine report without writing', async () => {
  const port = new MemoryPort(INPUTS);
  const { report } = await validateInputs(port, '2026-09');
  expect(report.period).toBe('2026-09');
  expect(report.inputs.map((i) => [i.sheet, i.dataRows])).toEqual([
    ['花名册', 2],
    ['订单报表', 4],
    ['聊天统计', 1],
  ]);
  expect(port.written).toEqual([]);
});
