/** @jest-environment jsdom */
/**
 * The pane's pay-run control with the real engine on the corpus's small shop:
 * generate → lock (with a name) → regenerate refused, nothing written →
 * unlock → edit an input → regenerate shows the change list → confirm.
 */
import './dom-polyfills';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { App } from '../../src/taskpane/App';
import { baseWorkbook } from '../corpus/builder';
import { MemoryPort } from './memory-port';

const TODAY = new Date(2026, 10, 15); // → default period 2026-10
jest.setTimeout(600_000); // a loaded CI machine: the whole month-end path, with the engine for real

const dialogButton = (name: string) => screen.getByRole('button', { name, hidden: true });

test('lock → refused → unlock → change list → confirm', async () => {
  const port = new MemoryPort(Object.fromEntries(baseWorkbook().sheets.map((s) => [s.name, s.rows])));
  render(<App port={port} initialLang="zh" today={TODAY} />);
  await screen.findByText('花名册', { selector: 'span' });

  fireEvent.click(screen.getByRole('button', { name: '生成月度工资' }));
  await screen.findByRole('region', { name: '2026-10 工资已生成' }, { timeout: 30000 });
  fireEvent.click(await screen.findByRole('button', { name: '定稿（锁定本月）' }, { timeout: 60_000 }));
  fireEvent.change(screen.getByLabelText('定稿人姓名'), { target: { value: '王会计' } });
  fireEvent.click(dialogButton('定稿'));
  await screen.findByText(/已定稿：王会计/, {}, { timeout: 60_000 });
  expect(port.sheets.get('审计 2026-10')!.some((r) => r[0] === '定稿' && r[2] === '王会计')).toBe(true);

  const before = JSON.stringify([...port.sheets]);
  fireEvent.click(screen.getByRole('button', { name: '生成月度工资' }));
  expect(await screen.findByText(/已由 王会计 于 .* 定稿（锁定），不能重新生成/, {}, { timeout: 60_000 })).toBeTruthy();
  expect(JSON.stringify([...port.sheets])).toBe(before);

  fireEvent.click(screen.getByRole('button', { name: '解锁…' }));
  // The name last typed on this computer is offered again (Excel gives add-ins no user name without SSO).
  expect(screen.getByLabelText('解锁人姓名')).toHaveProperty('value', '王会计');
  fireEvent.change(screen.getByLabelText('解锁人姓名'), { target: { value: '店长' } });
  fireEvent.change(screen.getByLabelText('解锁原因（记入审计表）'), { target: { value: '补录奖惩' } });
  fireEvent.click(dialogButton('解锁'));
  await screen.findByRole('button', { name: '定稿（锁定本月）' }, { timeout: 60_000 });
  expect(
    port.sheets
      .get('审计 2026-10')!
      .find((r) => r[1] === '已解锁 (UTC)') // jest runs in UTC; the time is a date serial
      ?.slice(2),
  ).toEqual(['店长', expect.any(Number), '补录奖惩']);
  expect(port.settings.size).toBe(0); // the workbook's claim was let go

  // A 200-yuan reward for KF02 after the first run.
  port.sheets.set('奖惩', [
    ['工号', '日期', '类型', '金额', '原因'],
    ['KF02', '2026-10-20', '奖励', 200, '好评返图'],
  ]);
  fireEvent.click(screen.getByRole('button', { name: '生成月度工资' }));
  const dialog = await screen.findByRole(
    'dialog',
    { name: '重新生成 2026-10：以下内容将改变', hidden: true },
    { timeout: 30000 },
  );
  const agents = within(dialog).getByRole('list', { name: '1 人工资变动', hidden: true });
  expect(agents.textContent).toMatch(/KF02 李丽：应发工资 ¥[\d,.]+ → ¥[\d,.]+/);
  expect(agents.textContent).toContain('奖励 ¥0.00 → ¥200.00');
  // The explanation before (no award: 无, read back from the earlier statements) → after.
  expect(agents.textContent).toContain('（无 → 奖励：好评返图 200.00 = 200.00）');
  expect(within(dialog).getByText('奖惩：新增')).toBeTruthy();
  fireEvent.click(within(dialog).getByRole('button', { name: '确认替换', hidden: true }));
  await waitFor(
    () => expect(port.sheets.get('审计 2026-10')!.some((r) => r[0] === '变更' && r[1] === 'KF02 李丽')).toBe(true),
    { timeout: 30000 },
  );
  // The lock history was carried into the new Audit sheet.
  expect(port.sheets.get('审计 2026-10')!.filter((r) => r[0] === '定稿').length).toBe(2);
});
