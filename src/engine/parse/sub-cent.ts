/**
 * An amount a manager typed with fractions of a cent (0.125) cannot be paid as written: it is
 * rounded half-up to the cent on its own row, and the cell is named so the rounding is not silent
 * (a clerk adding the column in a spreadsheet would otherwise find a cent of difference).
 */
import { decimalOf } from '../decimal';
import { formatYuan, toCents } from '../money';
import { msg } from '../messages';
import type { CellFlag } from './agent-rows';

export function flagSubCent(flag: CellFlag, yuan: number): void {
  if (decimalOf(yuan).scale <= 2) return;
  const rounded = formatYuan(toCents(Math.abs(yuan)));
  flag(
    'warning',
    'amount-sub-cent',
    'amount',
    yuan,
    { value: String(yuan) },
    msg('amount-sub-cent.action', { rounded }),
  );
}
