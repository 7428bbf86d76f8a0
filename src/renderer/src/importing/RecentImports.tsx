import { Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../app/QueryState';
import { useFormat } from '../i18n/format';
import { useRecentImports, type UndoRun } from './queries';
import { UndoImport } from './UndoImport';

/** The book's latest imports, each with Undo where the core would allow it. */
export function RecentImports({ undo, onUndo }: { undo: UndoRun; onUndo: (id: string) => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const recent = useRecentImports();
  return (
    <Stack gap="sm" component="section" aria-labelledby="recent-imports">
      <Title order={3} size="h4" id="recent-imports">
        {t('importScreen.recent')}
      </Title>
      {!recent.data ? (
        <QueryState error={recent.error} />
      ) : recent.data.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('importScreen.noneYet')}
        </Text>
      ) : (
        <Table aria-label={t('importScreen.recent')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('importScreen.file')}</Table.Th>
              <Table.Th>{t('importScreen.when')}</Table.Th>
              <Table.Th>{t('importScreen.what')}</Table.Th>
              <Table.Th>{t('importScreen.undoColumn')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {recent.data.map((entry) => (
              <Table.Tr key={entry.id}>
                <Table.Td>{entry.fileName}</Table.Td>
                <Table.Td>
                  {format.date(new Date(entry.madeAt).toISOString().slice(0, 10))}
                </Table.Td>
                <Table.Td>
                  {t(`importScreen.${entry.kind}`)}:{' '}
                  {t('importScreen.madeCounts', {
                    created: format.number(entry.created),
                    updated: format.number(entry.updated),
                  })}
                </Table.Td>
                <Table.Td>
                  <UndoImport entry={entry} undo={undo} onUndo={onUndo} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
