import { useState } from 'react';
import { Button, Popover, Stack, Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AgendaItem } from '../../../shared/domain/week';
import { notify } from '../sync/notify';
import { useCompleteAgendaItem } from './queries';
import { useIssueText } from '../issues/useIssueText';

/**
 * "Done": asks for an optional outcome, then records the follow-up or greeting as an
 * interaction at the account; the item then leaves the agenda.
 */
export function DoneButton({ item, what }: { item: AgendaItem; what: string }) {
  const { t } = useTranslation();
  const issueText = useIssueText();
  const [opened, setOpened] = useState(false);
  const [outcome, setOutcome] = useState('');
  const complete = useCompleteAgendaItem();
  const greeting = item.ref.kind === 'greeting';

  const record = () =>
    complete.mutate(
      { item: item.ref, outcome },
      {
        onSuccess: () => {
          setOpened(false);
          notify(t('week.recorded', { account: item.account.name }));
        },
        onError: (failure) => notify(issueText(failure.message), 'red'),
      },
    );

  return (
    <Popover opened={opened} onChange={setOpened} trapFocus returnFocus withArrow shadow="md">
      <Popover.Target>
        <Button
          variant="light"
          size="xs"
          onClick={() => setOpened((o) => !o)}
          aria-label={t('week.doneFor', { what })}
        >
          {t('week.done')}
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <Stack gap="xs" w={280}>
          <Text size="sm" fw={600}>
            {t(greeting ? 'week.recordGreeting' : 'week.recordFollowUp')}
          </Text>
          <Textarea
            label={t('week.outcome')}
            autosize
            minRows={2}
            maxLength={2000}
            value={outcome}
            onChange={(e) => setOutcome(e.currentTarget.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) record();
            }}
          />
          <Button size="xs" onClick={record} loading={complete.isPending} title="Ctrl+Enter">
            {t('week.record')}
          </Button>
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
