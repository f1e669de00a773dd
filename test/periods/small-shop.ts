/** A small shop of one month for the trend and chart tests: presales 甲 (KF01) and 乙 (KF02), aftersales 丙 (KF03). */
import type { SheetData } from '../../src/engine/cell';
import { chat, orders, roster } from '../engine/fixture';

export function smallShop(): SheetData[] {
  return [
    roster([
      { id: 'KF01', name: '甲', account: '店:KF01' },
      { id: 'KF02', name: '乙', account: '店:KF02' },
      { id: 'KF03', name: '丙', account: '店:KF03', role: '售后' },
    ]),
    orders([
      { id: 'o1', paid: 1000, memo: 'KF01' },
      { id: 'o2', paid: 3000, memo: 'KF02' },
    ]),
    chat([
      { account: '店:KF01', inquiries: 100, paid: 20 },
      { account: '店:KF02', inquiries: 100, paid: 60 },
      { account: '店:KF03', inquiries: 0, paid: 0, received: 50 },
    ]),
  ];
}
