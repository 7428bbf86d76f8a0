import { ScrollArea, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ImportPreview, PreviewColumn } from '../../../shared/importWindow';
import { useFormat } from '../i18n/format';

/** The file's first rows as it has them, under its own headers; the line is the file's. */
export function FirstRows({
  columns,
  rows,
}: {
  columns: PreviewColumn[];
  rows: ImportPreview['rows'];
}) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <ScrollArea type="auto" mah={360} tabIndex={0} aria-label={t('importScreen.firstRows')}>
      <Table striped withTableBorder fz="sm" aria-label={t('importScreen.firstRows')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('importScreen.line')}</Table.Th>
            {columns.map((column) => (
              <Table.Th key={column.header}>{column.header}</Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.line}>
              <Table.Td>{format.number(row.line)}</Table.Td>
              {row.cells.map((cell, column) => (
                <Table.Td key={column}>{cell}</Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollArea>
  );
}
