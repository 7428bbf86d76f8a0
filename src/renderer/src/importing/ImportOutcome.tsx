import { Alert, Button, Group, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { importsClient } from '../api/importsClient';
import { useIssueText } from '../issues/useIssueText';
import { Counts } from './Counts';
import { JobProgress } from './JobProgress';
import { useRecentImports, type UndoRun } from './queries';
import { RefusedRows } from './RefusedRows';
import { UndoImport } from './UndoImport';
import type { ImportFlow } from './useImportFlow';

/** The import running (with Cancel), and then what it did: counts, refused rows, undo. */
export function ImportOutcome({
  flow,
  undo,
  onUndo,
}: {
  flow: ImportFlow;
  undo: UndoRun;
  onUndo: (id: string) => void;
}) {
  const { t } = useTranslation();
  const issueText = useIssueText();
  const recent = useRecentImports();
  const { run } = flow;
  if (run.state === 'running')
    return (
      <JobProgress
        label={t('importScreen.importing')}
        done={run.done}
        total={run.total}
        onCancel={flow.cancel}
      />
    );
  if (run.state === 'cancelled')
    return (
      <Alert color="gray" role="status">
        {t('importScreen.cancelled')}
      </Alert>
    );
  if (run.state === 'failed')
    return (
      <Alert color="red" role="alert">
        {issueText(run.error.issues?.[0]?.message ?? run.error.message)}
      </Alert>
    );
  if (run.state !== 'done') return null;
  const { result, jobId } = run;
  const entry = recent.data?.find((r) => r.id === result.id);
  return (
    <Stack gap="sm" component="section" aria-labelledby="import-done" data-testid="import-done">
      <Title order={3} size="h4" id="import-done">
        {t('importScreen.done')}
      </Title>
      <Counts result={result} />
      <RefusedRows result={result} />
      <Group gap="sm">
        {result.errorsPath !== null && (
          <Button variant="default" onClick={() => void importsClient.saveErrors(jobId)}>
            {t('importScreen.saveRefused')}
          </Button>
        )}
        {entry && <UndoImport entry={entry} undo={undo} onUndo={onUndo} />}
        <Button variant="subtle" onClick={flow.reset}>
          {t('importScreen.another')}
        </Button>
      </Group>
    </Stack>
  );
}
