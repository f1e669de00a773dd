import { Button, makeStyles } from '@fluentui/react-components';
import { PlayRegular } from '@fluentui/react-icons';
import { useLang } from '../lang-context';

const useStyles = makeStyles({
  button: { width: '100%' },
});

interface Props {
  disabled: boolean;
  running: boolean;
  onClick: () => void;
}

/** 生成月度工资: the one click the pane exists for. */
export function GenerateButton({ disabled, running, onClick }: Props) {
  const { t } = useLang();
  const styles = useStyles();
  return (
    <Button
      className={styles.button}
      appearance="primary"
      size="large"
      icon={<PlayRegular />}
      disabled={disabled}
      onClick={onClick}
    >
      {running ? t.generating : t.generate}
    </Button>
  );
}
