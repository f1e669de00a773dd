import { Button, Caption1, Field, Select, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import { CalculatorRegular } from '@fluentui/react-icons';
import { useEffect, useState } from 'react';
import { useLang } from '../lang-context';
import type { AgentChoice } from '../whatif-flow';
import { WHATIF_TEXT } from '../whatif-i18n';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

interface Props {
  disabled: boolean;
  /** The agents to pick from (the last generation's, else the roster's); called when the panel opens and again when it changes. */
  loadAgents: () => Promise<AgentChoice[]>;
  onWrite: (agentId: string) => void;
}

/** 工资测算: pick an agent and write their what-if sheet. Nothing is read until the manager opens it. */
export function WhatIfPanel({ disabled, loadAgents, onWrite }: Props) {
  const { lang } = useLang();
  const w = WHATIF_TEXT[lang];
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  const [agents, setAgents] = useState<AgentChoice[] | null>(null);
  const [agentId, setAgentId] = useState('');
  useEffect(() => {
    if (!open) return;
    let live = true;
    void loadAgents().then((list) => {
      if (!live) return;
      setAgents(list);
      // Keep the choice while it is still on the list; else the first agent.
      setAgentId((current) => (list.some((a) => a.agentId === current) ? current : (list[0]?.agentId ?? '')));
    });
    return () => {
      live = false;
    };
  }, [open, loadAgents]);

  return (
    <section className={styles.root} aria-label={w.title}>
      <Subtitle2>{w.title}</Subtitle2>
      <Caption1>{w.hint}</Caption1>
      {!open && (
        <Button icon={<CalculatorRegular />} disabled={disabled} onClick={() => setOpen(true)}>
          {w.choose}
        </Button>
      )}
      {open && (
        <>
          <Field
            label={w.agent}
            validationMessage={agents?.length === 0 ? w.noAgents : undefined}
            validationState="none"
          >
            <Select
              value={agentId}
              disabled={disabled || !agents || agents.length === 0}
              onChange={(_, d) => setAgentId(d.value)}
            >
              {(agents ?? []).map((a) => (
                <option key={a.agentId} value={a.agentId}>
                  {`${a.agentId} ${a.name}`}
                </option>
              ))}
            </Select>
          </Field>
          <Button
            icon={<CalculatorRegular />}
            appearance="primary"
            disabled={disabled || agentId === ''}
            onClick={() => onWrite(agentId)}
          >
            {w.write}
          </Button>
        </>
      )}
    </section>
  );
}
