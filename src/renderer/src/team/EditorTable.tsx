import { Badge, Button, Table, Text, VisuallyHidden } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface Column<R> {
  readonly header: string;
  readonly cell: (row: R) => ReactNode;
}

/** A team editor's list: one row per record, Edit on those the member may change. */
export function EditorTable<R extends { id: string; name: string; archived: boolean }>({
  label,
  rows,
  columns,
  editable,
  onEdit,
}: {
  label: string;
  rows: readonly R[];
  columns: readonly Column<R>[];
  editable: (row: R) => boolean;
  onEdit: (row: R) => void;
}) {
  const { t } = useTranslation();
  if (rows.length === 0) return <Text c="dimmed">{t('team.none')}</Text>;
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table striped highlightOnHover aria-label={label}>
        <Table.Thead>
          <Table.Tr>
            {columns.map((c) => (
              <Table.Th key={c.header}>{c.header}</Table.Th>
            ))}
            <Table.Th>
              <VisuallyHidden>{t('team.actions')}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.id} c={row.archived ? 'dimmed' : undefined}>
              {columns.map((c, i) => (
                <Table.Td key={c.header} dir="auto">
                  {c.cell(row)}
                  {i === 0 && row.archived && (
                    <Badge size="xs" color="gray" ms={6}>
                      {t('team.archivedBadge')}
                    </Badge>
                  )}
                </Table.Td>
              ))}
              <Table.Td>
                {editable(row) && (
                  <Button
                    size="compact-xs"
                    variant="subtle"
                    aria-label={t('team.editOne', { name: row.name })}
                    onClick={() => onEdit(row)}
                  >
                    {t('team.edit')}
                  </Button>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
