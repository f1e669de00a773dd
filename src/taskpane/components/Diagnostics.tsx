import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Body1,
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  Spinner,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { CheckmarkCircleRegular, CopyRegular, DismissCircleRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { selfCheckText, type SelfCheckReport } from '../../excel/self-check';
import type { WorkbookPort } from '../../excel/workbook-port';
import { diagnosticsStrings } from '../diagnostics-strings';
import type { EngineRunner } from '../engine-runner';
import { useLang } from '../lang-context';
import { bareList, column } from './layout-styles';

const useStyles = makeStyles({
  panel: column(tokens.spacingVerticalS),
  list: bareList(tokens.spacingVerticalXS),
  item: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  pass: { color: tokens.colorPaletteGreenForeground1 },
  fail: { color: tokens.colorPaletteRedForeground1 },
});

/**
 * 诊断 / Diagnostics: off the main path, runs the in-Excel self-check and shows a copyable report;
 * says when the engine had to run on the page (no Web Worker), the one case the manager notices.
 */
export function Diagnostics({ port, engine }: { port: WorkbookPort; engine?: EngineRunner }) {
  const { lang } = useLang();
  const d = diagnosticsStrings(lang);
  const styles = useStyles();
  const [report, setReport] = useState<SelfCheckReport | null>(null);
  const [running, setRunning] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  if (!port.selfCheck) return null;
  const selfCheck = port.selfCheck.bind(port);
  const text = report ? selfCheckText(report, (id) => `${d.items[id]} (${id})`) : '';
  const failed = report ? report.items.filter((i) => !i.ok).length : 0;

  const run = async () => {
    setRunning(true);
    setError(null);
    setCopied(false);
    try {
      setReport(await selfCheck());
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setRunning(false);
    }
  };
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(true);
    } catch {
      setCopied(false); // the text stays selectable in the box
    }
  };

  return (
    <Accordion collapsible>
      <AccordionItem value="diagnostics">
        <AccordionHeader>{d.title}</AccordionHeader>
        <AccordionPanel>
          <div className={styles.panel}>
            {engine?.place.kind === 'in-thread' && (
              <MessageBar intent="warning" data-testid="engine-on-page">
                <MessageBarBody>{d.engineOnPage}</MessageBarBody>
              </MessageBar>
            )}
            <Body1>{d.intro}</Body1>
            <Button onClick={() => void run()} disabled={running} icon={running ? <Spinner size="tiny" /> : undefined}>
              {running ? d.running : d.run}
            </Button>
            {error && (
              <MessageBar intent="error">
                <MessageBarBody>
                  {d.error}: {error}
                </MessageBarBody>
              </MessageBar>
            )}
            {report && (
              <>
                <MessageBar intent={failed === 0 ? 'success' : 'error'}>
                  <MessageBarBody>
                    {failed === 0 ? d.passed(report.items.length) : d.failed(failed, report.items.length)}
                  </MessageBarBody>
                </MessageBar>
                {report.date1904 && (
                  <MessageBar intent="warning">
                    <MessageBarBody>{d.date1904}</MessageBarBody>
                  </MessageBar>
                )}
                <ul className={styles.list}>
                  {report.items.map((item) => (
                    <li key={item.id} className={styles.item} data-testid={`check-${item.id}`}>
                      {item.ok ? (
                        <CheckmarkCircleRegular className={styles.pass} aria-label="pass" />
                      ) : (
                        <DismissCircleRegular className={styles.fail} aria-label="fail" />
                      )}
                      {d.items[item.id]}
                    </li>
                  ))}
                </ul>
                <Field label={d.reportLabel}>
                  <Textarea readOnly value={text} rows={6} resize="vertical" />
                </Field>
                <Button icon={<CopyRegular />} onClick={() => void copy()}>
                  {copied ? d.copied : d.copy}
                </Button>
              </>
            )}
          </div>
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
