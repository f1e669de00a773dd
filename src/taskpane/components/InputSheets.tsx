import {
  Badge,
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Subtitle2,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { ArrowClockwiseRegular, DatabaseRegular, DocumentTableRegular } from '@fluentui/react-icons';
import type { InputSheetSummary, LocalText } from '../../engine';
import { useLang } from '../lang-context';
import type { RequiredKind } from '../i18n';
import type { DetectedInput } from '../payroll-flow';
import { bareList } from './layout-styles';

const useStyles = makeStyles({
  header: { display: 'flex', alignItems: 'center', justifyContent: 'space-between' },
  list: bareList(tokens.spacingVerticalXS),
  item: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, minWidth: '0' },
  name: { flexGrow: 1, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  count: { color: tokens.colorNeutralForeground3, whiteSpace: 'nowrap' },
  icon: { color: tokens.colorBrandForeground1, flexShrink: 0 },
});

interface Props {
  /** Input sheets for the period; null until the workbook has been scanned. */
  inputs: DetectedInput[] | null;
  missing: RequiredKind[];
  /** What the sheets that are not inputs look like ("“Sheet2”有订单列，但没有 订单付款时间"), shown beside a missing sheet. */
  others: LocalText[];
  scanning: boolean;
  /** Row counts from the last check or generation, when there was one. */
  summaries: InputSheetSummary[] | undefined;
  disabled: boolean;
  onRefresh: () => void;
  onInsertDemo: () => void;
}

/** The input sheets found by name, what kind each is, how many rows — or what is missing. */
export function InputSheets({
  inputs,
  missing,
  others,
  scanning,
  summaries,
  disabled,
  onRefresh,
  onInsertDemo,
}: Props) {
  const { t } = useLang();
  const styles = useStyles();
  const dataRows = new Map(summaries?.map((s) => [s.sheet, s.dataRows]));
  const hasInputs = (inputs?.length ?? 0) > 0;

  return (
    <section aria-label={t.inputsTitle}>
      <div className={styles.header}>
        <Subtitle2 as="h2">{t.inputsTitle}</Subtitle2>
        <Button
          appearance="subtle"
          size="small"
          icon={<ArrowClockwiseRegular />}
          onClick={onRefresh}
          disabled={disabled || scanning}
        >
          {t.refresh}
        </Button>
      </div>
      {scanning && !inputs && <Spinner size="tiny" label={t.loadingSheets} />}
      {inputs && !hasInputs && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t.noInputsTitle}</MessageBarTitle>
            {t.noInputsBody}
          </MessageBarBody>
          <MessageBarActions>
            <Button
              appearance="primary"
              size="small"
              icon={<DatabaseRegular />}
              onClick={onInsertDemo}
              disabled={disabled}
            >
              {t.insertDemo}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {inputs && hasInputs && (
        <ul className={styles.list}>
          {inputs.map((i) => {
            const rows = dataRows.get(i.name);
            return (
              <li key={i.name} className={styles.item}>
                <DocumentTableRegular className={styles.icon} />
                <Text className={styles.name} title={i.name}>
                  {i.name}
                </Text>
                <Badge appearance="tint" color={i.kind === 'history' ? 'subtle' : 'brand'}>
                  {t.kind[i.kind]}
                </Badge>
                <Text size={200} className={styles.count}>
                  {rows !== undefined ? t.dataRows(rows) : t.usedRows(i.rowCount)}
                </Text>
              </li>
            );
          })}
        </ul>
      )}
      {hasInputs && missing.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t.missingTitle}</MessageBarTitle>
            {missing.map((k) => (
              <div key={k}>{t.missingSheet(t.kind[k], t.sheetAliases[k])}</div>
            ))}
            {others.length > 0 && <div>{t.otherSheets(others)}</div>}
          </MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
