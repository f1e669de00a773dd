import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { DatabaseRegular, DocumentAddRegular } from '@fluentui/react-icons';
import { useLang } from '../lang-context';

const useStyles = makeStyles({
  row: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

interface Props {
  disabled: boolean;
  /** False while the empty-workbook prompt already offers demo data. */
  showDemo: boolean;
  onInsertDemo: () => void;
  onInsertPlan: () => void;
}

/** Try the add-in on an empty workbook, or start a Plan sheet from the defaults. */
export function SampleButtons({ disabled, showDemo, onInsertDemo, onInsertPlan }: Props) {
  const { t } = useLang();
  const styles = useStyles();
  return (
    <div className={styles.row}>
      {showDemo && (
        <Button size="small" icon={<DatabaseRegular />} disabled={disabled} onClick={onInsertDemo}>
          {t.insertDemo}
        </Button>
      )}
      <Button size="small" icon={<DocumentAddRegular />} disabled={disabled} onClick={onInsertPlan}>
        {t.insertPlan}
      </Button>
    </div>
  );
}
