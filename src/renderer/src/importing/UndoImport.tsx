import { Alert, Button, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RecentImport } from '../../../shared/imports';
import { useFormat } from '../i18n/format';
import { useIssueText } from '../issues/useIssueText';
import type { UndoRun } from './queries';

/**
 * Undo for one import, offered only when the core would allow it now; otherwise the
 * core's reason. What the last undo did, or why it failed, is said beside it.
 */
export function UndoImport({
  entry,
  undo,
  onUndo,
}: {
  entry: RecentImport;
  undo: UndoRun;
  onUndo: (id: string) => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const issueText = useIssueText();
  const mine = undo.state !== 'idle' && undo.id === entry.id;
  if (mine && undo.state === 'done')
    return (
      <Alert color="green" role="status" p="xs">
        {t('importScreen.undone', {
          archived: format.number(undo.result.archived),
          restored: format.number(undo.result.restored),
        })}
      </Alert>
    );
  return (
    <>
      {entry.undoRefusal === null ? (
        <Button
          variant="default"
          size="xs"
          loading={mine && undo.state === 'running'}
          onClick={() => onUndo(entry.id)}
          aria-label={t('importScreen.undoNamed', { name: entry.fileName })}
        >
          {t('importScreen.undo')}
        </Button>
      ) : (
        <Text size="sm" c="dimmed">
          {entry.undoRefusal}
        </Text>
      )}
      {mine && undo.state === 'failed' && (
        <Alert color="red" role="alert" p="xs">
          {issueText(undo.error.message)}
        </Alert>
      )}
    </>
  );
}
