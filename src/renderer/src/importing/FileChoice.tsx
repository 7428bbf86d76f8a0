import { Button, FileButton, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { importsClient } from '../api/importsClient';
import { isolate } from '../i18n/isolate';
import type { ImportFlow } from './useImportFlow';

const ACCEPT =
  '.csv,.tsv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Which file to import: the page's own file input on the web host (its bytes are
 * uploaded), the system's open dialog in the desktop app. Either way the page gets an
 * upload id, never a path.
 */
export function FileChoice({ flow }: { flow: ImportFlow }) {
  const { t } = useTranslation();
  const disabled = flow.run.state === 'running';
  const button = (props: object) => (
    <Button variant="default" loading={flow.busy} disabled={disabled} {...props}>
      {t('importScreen.chooseFile')}
    </Button>
  );
  return (
    <Group gap="sm">
      {importsClient.choosesInShell ? (
        button({ onClick: () => void flow.choose() })
      ) : (
        <FileButton
          onChange={(file) => file && void flow.pick(file)}
          accept={ACCEPT}
          inputProps={{ 'aria-label': t('importScreen.fileLabel') }}
        >
          {button}
        </FileButton>
      )}
      {flow.upload && (
        <Text size="sm" data-testid="import-file">
          {t('importScreen.chosen', { name: isolate(flow.upload.name) })}
        </Text>
      )}
    </Group>
  );
}
