import { Alert, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useIssueText } from '../issues/useIssueText';
import { Counts } from './Counts';
import { JobProgress } from './JobProgress';
import { RefusedRows } from './RefusedRows';
import type { JobRun } from './useImportFlow';

/** The dry run over the whole file: what the import would do, and the rows it would refuse. */
export function CheckPanel({ check }: { check: JobRun }) {
  const { t } = useTranslation();
  const issueText = useIssueText();
  return (
    <Stack gap="sm" component="section" aria-labelledby="import-check">
      <Title order={3} size="h4" id="import-check">
        {t('importScreen.check')}
      </Title>
      {check.state === 'running' && (
        <JobProgress label={t('importScreen.checking')} done={check.done} total={check.total} />
      )}
      {check.state === 'failed' && (
        <Alert color="red" role="alert">
          {issueText(check.error.issues?.[0]?.message ?? check.error.message)}
        </Alert>
      )}
      {check.state === 'done' && (
        <>
          <Text size="sm">{t('importScreen.wouldDo')}</Text>
          <Counts result={check.result} />
          <RefusedRows result={check.result} />
        </>
      )}
    </Stack>
  );
}
