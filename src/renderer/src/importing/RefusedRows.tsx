import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ImportJobResult } from '../../../shared/imports';
import { useFormat } from '../i18n/format';

/** The refused rows the result lists (the first hundred), each with its line and reason. */
export function RefusedRows({ result }: { result: ImportJobResult }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (result.errors === 0) return null;
  const more = result.errors - result.firstErrors.length;
  return (
    <>
      <Table aria-label={t('importScreen.refusedRows')} striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={90}>{t('importScreen.line')}</Table.Th>
            <Table.Th>{t('importScreen.reason')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {result.firstErrors.map((error) => (
            <Table.Tr key={error.line}>
              <Table.Td>{format.number(error.line)}</Table.Td>
              <Table.Td>{error.reason}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {more > 0 && (
        <Text size="sm" c="dimmed">
          {t('importScreen.moreRefused', { n: format.number(more) })}
        </Text>
      )}
    </>
  );
}
