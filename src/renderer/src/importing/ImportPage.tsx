import { Alert, Button, Group, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ImportKind } from '../../../shared/imports';
import { useIssueText } from '../issues/useIssueText';
import { CheckPanel } from './CheckPanel';
import { FileChoice } from './FileChoice';
import { FirstRows } from './FirstRows';
import { ImportOutcome } from './ImportOutcome';
import { MappingTable } from './MappingTable';
import { useUndoImport } from './queries';
import { RecentImports } from './RecentImports';
import { FileFormat } from './FileFormat';
import { useImportFlow } from './useImportFlow';

/**
 * `#/import` (issue 21): accounts or contacts from a CSV or Excel file. Pick the file,
 * map its columns with a preview and the whole file checked, see the refused rows,
 * confirm; undo it here, or a recent import, later.
 */
export function ImportPage() {
  const { t } = useTranslation();
  const issueText = useIssueText();
  const flow = useImportFlow();
  const { undo, start: startUndo } = useUndoImport();
  const { preview, check, run } = flow;
  const settled = run.state === 'idle' || run.state === 'cancelled';
  const ready = check.state === 'done' && check.result.created + check.result.updated > 0;
  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Title order={2}>{t('importScreen.title')}</Title>
        <Text c="dimmed">{t('importScreen.intro')}</Text>
      </Stack>
      <Group gap="lg" align="center">
        <SegmentedControl
          aria-label={t('importScreen.kind')}
          data={(['accounts', 'contacts'] as const).map((kind) => ({
            value: kind,
            label: t(`importScreen.${kind}`),
          }))}
          value={flow.kind}
          onChange={(value) => flow.setKind(value as ImportKind)}
          disabled={!settled}
        />
        <FileChoice flow={flow} />
      </Group>
      {flow.error && (
        <Alert color="red" role="alert">
          {issueText(flow.error.issues?.[0]?.message ?? flow.error.message)}
        </Alert>
      )}
      {preview && settled && (
        <>
          <FileFormat preview={preview} />
          <MappingTable
            kind={flow.kind}
            columns={preview.columns}
            rows={preview.rows}
            onChange={flow.setField}
            disabled={flow.busy}
          />
          <Stack gap="xs" component="section" aria-labelledby="first-rows">
            <Title order={3} size="h4" id="first-rows">
              {t('importScreen.firstRows')}
            </Title>
            <FirstRows columns={preview.columns} rows={preview.rows} />
          </Stack>
          <CheckPanel check={check} />
          <Group>
            <Button onClick={() => void flow.confirm()} disabled={!ready}>
              {t('importScreen.confirm')}
            </Button>
          </Group>
        </>
      )}
      <ImportOutcome flow={flow} undo={undo} onUndo={(id) => void startUndo(id)} />
      <RecentImports undo={undo} onUndo={(id) => void startUndo(id)} />
    </Stack>
  );
}
