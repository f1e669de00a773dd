/**
 * Bootstrapping only: wait for Office, then render the pane over the real
 * workbook. Outside Excel (or when office.js could not load) say so instead.
 */
import { createRoot } from 'react-dom/client';
import { OfficeWorkbook } from '../excel/office-workbook';
import { App } from './App';
import { workerEngine } from './engine-runner';
import { startEngineWorker } from './start-engine-worker';
import { NotInExcel } from './components/NotInExcel';
import { fluentThemeFor, langFromDisplayLanguage, watchTheme, type OfficeContextLike } from './office-host';

// Read from window at run time: office.js may be missing, or replaced by test fakes.
interface HostGlobals {
  Office?: {
    onReady?: () => Promise<unknown>;
    context?: OfficeContextLike;
    EventType?: { OfficeThemeChanged?: string };
  };
  Excel?: typeof Excel;
}

async function boot(): Promise<void> {
  const el = document.getElementById('root');
  if (!el) return;
  const root = createRoot(el);
  const host = window as unknown as HostGlobals;
  if (typeof host.Office?.onReady !== 'function') {
    root.render(<NotInExcel />);
    return;
  }
  await host.Office.onReady();
  const excel = host.Excel;
  if (typeof excel?.run !== 'function') {
    root.render(<NotInExcel />);
    return;
  }
  const ctx = host.Office.context;
  const diagnostics = {
    version: ctx?.diagnostics?.version ?? 'unknown',
    platform: ctx?.diagnostics?.platform ?? 'unknown',
  };
  const port = new OfficeWorkbook(excel.run.bind(excel), {}, diagnostics);
  const hostLang = langFromDisplayLanguage(ctx?.displayLanguage);
  // Checking and computing run in a Web Worker (Office's webviews have them), so the pane paints and Cancel answers;
  // where no worker starts, the runner falls back to this page by itself.
  const engine = workerEngine(startEngineWorker);
  const render = (theme = ctx?.officeTheme): void =>
    root.render(<App port={port} theme={fluentThemeFor(theme)} hostLang={hostLang} engine={engine} />);
  render();
  watchTheme(ctx, host.Office.EventType?.OfficeThemeChanged, render);
}

void boot();
