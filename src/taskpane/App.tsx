import {
  Button,
  Caption1,
  Divider,
  FluentProvider,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Switch,
  Title3,
  makeStyles,
  tokens,
  webLightTheme,
  type Theme,
} from '@fluentui/react-components';
import { DismissRegular, TaskListSquareLtrRegular } from '@fluentui/react-icons';
import { useCallback, useEffect, useState } from 'react';
import { financeCsv, type Lang } from '../engine';
import type { WorkbookPort } from '../excel/workbook-port';
import type { EngineRunner } from './engine-runner';
import { ChangeListDialog } from './components/ChangeListDialog';
import { ConfirmReplaceDialog } from './components/ConfirmReplaceDialog';
import { Diagnostics } from './components/Diagnostics';
import { PayRunPanel } from './components/PayRunPanel';
import { ErrorMessage } from './components/ErrorMessage';
import { GenerateButton } from './components/GenerateButton';
import { InputSheets } from './components/InputSheets';
import { PeriodPicker } from './components/PeriodPicker';
import { ProgressPanel } from './components/ProgressPanel';
import { ResultSummary } from './components/ResultSummary';
import { SampleButtons } from './components/SampleButtons';
import { ValidationReport } from './components/ValidationReport';
import { WhatIfPanel } from './components/WhatIfPanel';
import { WHATIF_TEXT } from './whatif-i18n';
import { downloadBytes, downloadText } from './download';
import { dingtalkXlsx, slipsZip, XLSX_MIME } from './payrun-downloads';
import { usePane, type Notice } from './hooks/usePane';
import type { Strings } from './i18n';
import { LangProvider, useLang } from './lang-context';
import { inputsFor } from './payroll-flow';
import { isValidPeriod, lastMonth } from './period';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    minHeight: '100vh',
    boxSizing: 'border-box',
    backgroundColor: tokens.colorNeutralBackground1,
  },
  header: {
    display: 'flex',
    alignItems: 'flex-start',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalS,
  },
  muted: { color: tokens.colorNeutralForeground3, display: 'block' },
  // Fluent's Divider grows to fill a flex row; in this column it must not take the spare height.
  divider: { flexGrow: 0 },
});

function noticeText(n: Notice, t: Strings, lang: Lang): string {
  switch (n.kind) {
    case 'demoInserted':
      return t.demoInserted(n.period);
    case 'planInserted':
      return t.planInserted(n.sheet);
    case 'filesImported':
      return [t.filesImported(n.sheets), ...n.warnings.map((w) => w[lang])].join(' ');
    case 'whatIfWritten':
      return WHATIF_TEXT[lang].written(n.sheet);
    case 'cancelled':
      return t.cancelled;
  }
}

export interface AppProps {
  port: WorkbookPort;
  /** For tests; otherwise the saved choice, Chinese by default. */
  initialLang?: Lang;
  /** For tests: the day the default period (last month) is counted from. */
  today?: Date;
  /** Follows Office's theme (office-host.ts); light by default. */
  theme?: Theme;
  /** Office's display language: the first language until the manager chooses one. */
  hostLang?: Lang;
  /** Where checking and computing run (index.tsx passes the engine's Web Worker); the page's own thread when absent. */
  engine?: EngineRunner;
}

export function App({ port, initialLang, today, theme, hostLang, engine }: AppProps) {
  return (
    <LangProvider initialLang={initialLang} hostLang={hostLang}>
      <Pane port={port} today={today} theme={theme} engine={engine} />
    </LangProvider>
  );
}

function Pane({ port, today, theme, engine }: Omit<AppProps, 'initialLang' | 'hostLang'>) {
  const { lang, t, setLang } = useLang();
  const [period, setPeriod] = useState(() => lastMonth(today));
  const pane = usePane(port, engine);
  const styles = useStyles();
  const busy = pane.busy !== null;
  const periodOk = isValidPeriod(period);
  const inputs = pane.scan ? inputsFor(pane.scan, period) : null;
  // InputSheets then shows its own prompt with the demo-data button.
  const emptyWorkbook = inputs !== null && inputs.length === 0;

  const { loadMonth } = pane;
  useEffect(() => {
    if (periodOk && pane.scan) void loadMonth(period);
  }, [period, periodOk, pane.scan, loadMonth]);
  const outcomeOfPeriod = pane.outcome?.result.period === period ? pane.outcome.result : null;
  const downloadSlips = () => {
    if (!outcomeOfPeriod) return;
    const z = slipsZip(outcomeOfPeriod, lang);
    downloadBytes(z.bytes, z.fileName, 'application/zip');
  };
  const downloadDingtalk = () => {
    if (!outcomeOfPeriod) return;
    const x = dingtalkXlsx(outcomeOfPeriod, lang);
    downloadBytes(x.bytes, x.fileName, XLSX_MIME);
  };

  const { outcome } = pane;
  // Stable between progress ticks, so the memoised summary does not re-render.
  const downloadCsv = useCallback(() => {
    if (!outcome) return;
    downloadText(financeCsv(outcome.result, lang), t.csvFileName(outcome.result.period), 'text/csv;charset=utf-8');
  }, [outcome, lang, t]);

  return (
    <FluentProvider theme={theme ?? webLightTheme} lang={lang === 'zh' ? 'zh-CN' : 'en'}>
      <main className={styles.root}>
        <header className={styles.header}>
          <div>
            <Title3 as="h1">{t.appTitle}</Title3>
            <Caption1 className={styles.muted}>{t.appSubtitle}</Caption1>
          </div>
          <Switch label={t.english} checked={lang === 'en'} onChange={(_, d) => setLang(d.checked ? 'en' : 'zh')} />
        </header>

        <PeriodPicker value={period} onChange={setPeriod} disabled={busy} />

        <InputSheets
          inputs={inputs}
          missing={pane.scan?.missing ?? []}
          others={pane.scan?.others.map((o) => o.look) ?? []}
          scanning={pane.scanning}
          summaries={pane.issueView?.inputs}
          disabled={busy}
          onRefresh={() => void pane.refresh()}
          onInsertDemo={() => void pane.insertDemo(period)}
        />
        <SampleButtons
          disabled={busy || !periodOk}
          showDemo={!emptyWorkbook}
          onInsertDemo={() => void pane.insertDemo(period)}
          onInsertPlan={() => void pane.insertPlan(lang)}
          onImportFiles={(files) => void pane.importFiles(files)}
        />

        <Divider className={styles.divider} />

        <Button
          icon={<TaskListSquareLtrRegular />}
          disabled={busy || !periodOk}
          onClick={() => void pane.validate(period)}
        >
          {t.validate}
        </Button>
        <GenerateButton
          disabled={busy || !periodOk}
          running={pane.busy?.task === 'generate'}
          onClick={() => void pane.generate(period, lang)}
        />
        {pane.busy && <ProgressPanel busy={pane.busy} onCancel={pane.cancel} />}

        {pane.error && pane.error.kind !== 'cancelled' && (
          <ErrorMessage error={pane.error} onDismiss={pane.dismissError} />
        )}
        {pane.notice && (
          <MessageBar
            intent={
              pane.notice.kind === 'cancelled'
                ? 'info'
                : pane.notice.kind === 'filesImported' && pane.notice.warnings.length > 0
                  ? 'warning'
                  : 'success'
            }
            layout="multiline"
          >
            <MessageBarBody>{noticeText(pane.notice, t, lang)}</MessageBarBody>
            <MessageBarActions
              containerAction={
                <Button
                  appearance="transparent"
                  aria-label={t.dismiss}
                  icon={<DismissRegular />}
                  onClick={pane.dismissNotice}
                />
              }
            />
          </MessageBar>
        )}

        {pane.outcome && (
          <ResultSummary
            result={pane.outcome.result}
            scorecardSheet={pane.outcome.scorecard}
            onOpenSheet={pane.openSheet}
            onDownloadCsv={downloadCsv}
          />
        )}
        {periodOk && (
          <PayRunPanel
            period={period}
            month={pane.month}
            disabled={busy}
            disputes={outcomeOfPeriod?.disputes ?? []}
            canDownload={outcomeOfPeriod !== null}
            onLock={(by) => void pane.setLock(period, 'lock', by, lang)}
            onUnlock={(by, reason) => void pane.setLock(period, 'unlock', by, lang, reason)}
            onDownloadSlips={downloadSlips}
            onDownloadDingtalk={downloadDingtalk}
          />
        )}
        {periodOk && (
          <WhatIfPanel
            disabled={busy}
            loadAgents={pane.loadAgentChoices}
            onWrite={(agentId) => void pane.whatIf(period, agentId, lang)}
          />
        )}
        {pane.issueView && (
          <ValidationReport
            period={pane.issueView.period}
            issues={pane.issueView.issues}
            fatal={pane.issueView.fatal}
            onSelectCell={pane.selectCell}
          />
        )}

        <Diagnostics port={port} engine={engine} />
      </main>
      <ConfirmReplaceDialog
        names={pane.confirm && !pane.confirm.changes ? pane.confirm.names : null}
        onAccept={pane.acceptConfirm}
        onDismiss={pane.dismissConfirm}
      />
      <ChangeListDialog
        period={period}
        changes={pane.confirm?.changes ?? null}
        onAccept={pane.acceptConfirm}
        onDismiss={pane.dismissConfirm}
      />
    </FluentProvider>
  );
}
