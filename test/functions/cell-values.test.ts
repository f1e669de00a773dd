/**
 * With allowCustomDataForDataTypeAny (set by custom-functions-metadata in
 * every functions.json it writes), a cell holding a data type reaches a
 * function as a CellValue object: { type: "FormattedNumber", basicValue: 12,
 * numberFormat }, { type: "Entity", text, properties }, … The functions read
 * the basicValue (an entity: its text). Before, each of these gave
 * "[object Object] is not a number".
 */
import { generateCustomFunctionsMetadata } from 'custom-functions-metadata';
import path from 'path';
import { AOV, CONVERSION, MEMOAGENTS, SCORE } from '../../src/functions/functions';
import { plainValueOf } from '../../src/functions/args';
import { col, expectError, r, v } from '../support/cell';

const formatted = (n: number, numberFormat = '#,##0'): unknown => ({
  type: 'FormattedNumber',
  basicValue: n,
  basicType: 'Double',
  numberFormat,
});
const double = (n: number): unknown => ({ type: 'Double', basicValue: n, basicType: 'Double' });
const entity = (text: string): unknown => ({
  type: 'Entity',
  text,
  basicType: 'Error',
  basicValue: '#VALUE!',
  properties: { 工号: { type: 'String', basicValue: text } },
});

test('the generated metadata does set allowCustomDataForDataTypeAny (so objects do arrive)', async () => {
  const result = await generateCustomFunctionsMetadata(
    path.resolve(__dirname, '../../src/functions/functions.ts'),
    false,
  );
  expect(JSON.parse(result.metadataJson).allowCustomDataForDataTypeAny).toBe(true);
  expect(JSON.parse(result.metadataJson).allowErrorForDataTypeAny).toBeUndefined(); // errors in ranges: Excel answers for us
});

test('formatted numbers and doubles count as their basicValue: 106 of 200 → 0.53', () => {
  expect(CONVERSION(v(formatted(200)), v(formatted(106)))).toBe(0.53);
  expect(CONVERSION(v(double(200)), v(106))).toBe(0.53);
  // A range mixing plain and formatted cells: (100 + 100) inquiries, (50 + 56) buyers → 106 / 200.
  expect(CONVERSION(col(100, formatted(100)), col(formatted(50, '0'), 56))).toBe(0.53);
  // 45,000 ÷ 300 = 150
  expect(AOV(v(formatted(45000, '"¥"#,##0.00')), v(300))).toBe(150);
  expect(SCORE(v(formatted(0.53, '0.0%')), v(0.5))).toBe(106); // 0.53 / 0.5 × 100
});

test('an entity reads as its text: a 工号 entity is found in a memo; as a number it is a clear #VALUE!', () => {
  expect(MEMOAGENTS('客服:KF07 已催付', r([entity('KF07')], ['KF12']))).toBe('KF07');
  expectError(() => CONVERSION(v(entity('小美')), v(1)), '#VALUE!', /“小美” 不是数字/);
});

test('an error value stays an error, plain values pass through', () => {
  const err = { type: 'Error', errorType: 'NotAvailable', basicValue: '#N/A' };
  expect(plainValueOf(err)).toBe(err);
  expect(plainValueOf(3)).toBe(3);
  expect(plainValueOf(null)).toBeNull();
  expect(plainValueOf({ type: 'String', basicValue: 'x' })).toBe('x');
  expect(plainValueOf({ type: 'Boolean', basicValue: true })).toBe(true);
});
