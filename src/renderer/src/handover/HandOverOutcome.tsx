import { Alert, Button, Group, Progress, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useIssueText } from '../issues/useIssueText';
import { useFormat } from '../i18n/format';
import type { HandOverRun } from './useHandOverRun';

/** The running hand-over with Cancel, then what it did with Undo, or why it failed. */
export function HandOverOutcome({
  run,
  onCancel,
  onUndo,
}: {
  run: HandOverRun;
  onCancel: () => void;
  onUndo: (id: string) => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const issueText = useIssueText();
  switch (run.state) {
    case 'idle':
      return null;
    case 'running': {
      const percent = run.total > 0 ? Math.round((run.done / run.total) * 100) : 0;
      return (
        <Group>
          <Progress value={percent} w={300} aria-label={t('handover.progress')} />
          <Text size="sm">
            {format.number(run.done)} / {format.number(run.total)}
          </Text>
          <Button variant="default" onClick={onCancel} disabled={!run.jobId}>
            {t('handover.cancel')}
          </Button>
        </Group>
      );
    }
    case 'done':
      return (
        <Alert color="green" role="status" title={t('handover.done')}>
          <Group justify="space-between">
            <Text>
              {t('handover.doneText', {
                accounts: format.number(run.result.accounts),
                opportunities: format.number(run.result.opportunities),
                followUps: format.number(run.result.followUps),
              })}
            </Text>
            <Button variant="default" onClick={() => onUndo(run.result.id)}>
              {t('handover.undo')}
            </Button>
          </Group>
        </Alert>
      );
    case 'undone':
      return (
        <Alert color="blue" role="status" title={t('handover.undone')}>
          {t('handover.undoneText', { accounts: format.number(run.result.accounts) })}
        </Alert>
      );
    case 'cancelled':
      return (
        <Alert color="yellow" role="status">
          {t('handover.cancelled')}
        </Alert>
      );
    case 'failed':
      return (
        <Alert color="red" role="alert">
          {issueText(run.error.message)}
        </Alert>
      );
  }
}
