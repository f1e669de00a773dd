import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowImportRegular, DatabaseRegular, DocumentAddRegular } from '@fluentui/react-icons';
import { useRef } from 'react';
import type { PickedFile } from '../import-files';
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
  /** 导入文件: the files picked, several at once. */
  onImportFiles: (files: PickedFile[]) => void;
}

/** Try the add-in on an empty workbook, or start a Plan sheet from the defaults. */
export function SampleButtons({ disabled, showDemo, onInsertDemo, onInsertPlan, onImportFiles }: Props) {
  const { t } = useLang();
  const styles = useStyles();
  const picker = useRef<HTMLInputElement>(null);
  const picked = (list: FileList | null) => {
    const files = Array.from(list ?? []).map((f) => ({
      name: f.name,
      bytes: async () => new Uint8Array(await f.arrayBuffer()),
    }));
    if (picker.current) picker.current.value = ''; // picking the same file again must fire again
    if (files.length > 0) onImportFiles(files);
  };
  return (
    <div className={styles.row}>
      <Button
        size="small"
        appearance="primary"
        icon={<ArrowImportRegular />}
        disabled={disabled}
        onClick={() => picker.current?.click()}
      >
        {t.importFiles}
      </Button>
      <input
        ref={picker}
        type="file"
        multiple
        hidden
        accept=".csv,.txt,.xlsx,.xls,.et,.numbers"
        aria-label={t.importFiles}
        data-testid="import-files-input"
        onChange={(e) => picked(e.target.files)}
      />
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
