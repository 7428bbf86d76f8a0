import { NativeSelect, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { IMPORT_FIELDS, type ImportField, type ImportKind } from '../../../shared/imports';
import type { ImportPreview, PreviewColumn } from '../../../shared/importWindow';

const LEAVE_OUT = '';
const SAMPLES = 3;

/**
 * One row per column of the file: its header, a few of its values, and the field it
 * fills (recognised from the header, or chosen here), or "Leave out".
 */
export function MappingTable({
  kind,
  columns,
  rows,
  onChange,
  disabled,
}: {
  kind: ImportKind;
  columns: PreviewColumn[];
  rows: ImportPreview['rows'];
  onChange: (header: string, field: ImportField | null) => void;
  disabled: boolean;
}) {
  const { t } = useTranslation();
  const options = [
    { value: LEAVE_OUT, label: t('importScreen.leaveOut') },
    ...IMPORT_FIELDS[kind].map((field) => ({ value: field, label: t(`import.fields.${field}`) })),
  ];
  return (
    <Table aria-label={t('importScreen.mapping')} striped>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('importScreen.column')}</Table.Th>
          <Table.Th>{t('importScreen.samples')}</Table.Th>
          <Table.Th>{t('importScreen.fills')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {columns.map((column, index) => (
          <Table.Tr key={column.header}>
            <Table.Td>
              <Text fw={500} size="sm">
                {column.header}
              </Text>
            </Table.Td>
            <Table.Td>
              <Text size="sm" c="dimmed" lineClamp={2}>
                {rows
                  .map((row) => row.cells[index] ?? '')
                  .filter(Boolean)
                  .slice(0, SAMPLES)
                  .join(' · ')}
              </Text>
            </Table.Td>
            <Table.Td>
              <NativeSelect
                aria-label={t('importScreen.fillsOf', { column: column.header })}
                data={options}
                value={column.field ?? LEAVE_OUT}
                disabled={disabled}
                onChange={(event) => {
                  const value = event.currentTarget.value;
                  onChange(column.header, value === LEAVE_OUT ? null : (value as ImportField));
                }}
              />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
