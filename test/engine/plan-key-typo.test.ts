/**
 * A mistyped Plan key says which key it probably meant. The expected suggestions are counted by
 * hand in edits (a letter added, dropped or changed): commision → commission is 1, conversoin →
 * conversion (two letters swapped) is 2; sunior is 1 from both junior and senior, so no guess.
 */
import type { Cell, SheetData } from '../../src/engine';
import { closestPlanKey } from '../../src/engine/plan/key-suggestion';
import { baseWorkbook } from '../corpus/builder';
import { run } from '../corpus/expect';

const plan = (...rows: Cell[][]): SheetData => ({ name: '方案', rows: [['键', '值', '说明'], ...rows] });

describe('a Plan key that does not exist', () => {
  it('names the key it probably meant, in both languages, on the key cell', () => {
    const r = run(baseWorkbook({ extra: [plan(['commision.rates', '1%,2%,3%', null], ['bonus', 100, null])] }));
    const found = r.issues('plan-unknown-key');
    expect(found.map((i) => [i.severity, i.cell, i.value])).toEqual([
      ['error', 'A2', 'commision.rates'],
      ['error', 'A3', 'bonus'],
    ]);
    expect(found[0].message.zh).toBe('方案中的键“commision.rates”不存在，是否想写“commission.rates”？');
    expect(found[0].message.en).toBe('Plan key "commision.rates" does not exist: did you mean "commission.rates"?');
    expect(found[0].action.zh).toBe('忽略这一行（该项仍用默认值）；请把键改为“commission.rates”');
    // Nothing close to "bonus": the plain message, no guess.
    expect(found[1].message.zh).toBe('方案中的键“bonus”不存在');
    expect(found[1].message.en).toBe('Plan key "bonus" does not exist');
  });

  it.each([
    ['weight.presales.conversoin', 'weight.presales.conversion'], // two letters swapped: 2 edits
    ['weight.presales.salse', 'weight.presales.sales'],
    ['pay.base.junoir', 'pay.base.junior'],
    ['pay. base.junior', 'pay.base.junior'], // a space typed inside
    ['ＰＫ.enabled', 'pk.enabled'], // full-width letters, as a Chinese keyboard types them
    ['grade.glod', 'grade.gold'],
  ])('%s → %s', (typed, meant) => expect(closestPlanKey(typed)).toBe(meant));

  it.each([
    ['target.sales.sunior', 'one edit from both junior and senior'],
    ['commission', 'six letters short of commission.rates or .bounds'],
    ['奖金', 'no key is written in Chinese'],
    ['cap', 'too short to guess from'],
  ])('%s: no guess (%s)', (typed) => expect(closestPlanKey(typed)).toBeNull());
});
