import { Alert, Button, Group, Progress, SegmentedControl, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportFormat, ExportRequest } from '../../../shared/reports';
import { useFormat } from '../i18n/format';
import { isolateFileName } from '../i18n/isolate';
import { useLanguageStore } from '../i18n/languageStore';
import { useIssueText } from '../issues/useIssueText';
import { useExportRun } from './useExportRun';

/**
 * Writes one report to a file: the format, Export, its progress with Cancel, and what
 * was written. The report is in the language the app is in.
 */
export function ExportPanel({
  report,
  list,
  period,
  label,
  accountId,
  formats = ['csv', 'xlsx', 'pdf'],
}: {
  report: ExportRequest['report'];
  /** The one account a report covers (the account plan). */
  accountId?: string;
  /** The formats offered, the first chosen. */
  formats?: ExportFormat[];
  list?: ExportRequest['list'];
  /** The days a report of a period covers (left out: the report's own default). */
  period?: Pick<ExportRequest, 'from' | 'to'>;
  /** Names the report for the button and the progress bar. */
  label: string;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const issueText = useIssueText();
  const language = useLanguageStore((s) => s.language);
  const [kind, setKind] = useState<ExportFormat>(formats[0]!);
  const { run, start, cancel } = useExportRun();
  const running = run.state === 'running';
  return (
    <Stack gap="xs">
      <Group gap="sm" align="flex-end">
        <SegmentedControl
          aria-label={t('reports.format')}
          data={formats.map((f) => ({ value: f, label: t(`reports.${f}`) }))}
          value={kind}
          onChange={(value) => setKind(value as ExportFormat)}
          disabled={running}
        />
        <Button
          onClick={() => void start({ report, format: kind, language, list, accountId, ...period })}
          loading={running}
          aria-label={t('reports.exportNamed', { name: label })}
        >
          {t('reports.export')}
        </Button>
      </Group>
      {run.state === 'running' && (
        <Group>
          <Progress
            value={run.total > 0 ? Math.round((run.done / run.total) * 100) : 0}
            w={260}
            aria-label={t('reports.progress', { name: label })}
          />
          <Text size="sm">
            {format.number(run.done)} / {format.number(run.total)}
          </Text>
          <Button variant="default" size="xs" onClick={cancel} disabled={!run.jobId}>
            {t('reports.cancel')}
          </Button>
        </Group>
      )}
      {run.state === 'done' && (
        <Alert color="green" role="status" title={t('reports.done')}>
          <Text size="sm">
            {t('reports.doneText', {
              count: run.result.rows,
              n: format.number(run.result.rows),
              name: isolateFileName(run.result.name),
            })}
          </Text>
        </Alert>
      )}
      {run.state === 'cancelled' && (
        <Alert color="gray" role="status">
          {t('reports.cancelled')}
        </Alert>
      )}
      {run.state === 'failed' && (
        <Alert color="red" role="alert">
          {issueText(run.error.issues?.[0]?.message ?? run.error.message)}
        </Alert>
      )}
    </Stack>
  );
}
