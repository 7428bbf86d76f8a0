import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CoverageRow } from '../../../../shared/domain/assignment';
import { useEnumLabel } from '../../app/enumOptions';
import { useFormat } from '../../i18n/format';

export function CoverageTable({ coverage }: { coverage: CoverageRow[] }) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const format = useFormat();
  if (coverage.length === 0) return <Text c="dimmed">{t('account.noCoverage')}</Text>;
  return (
    <Table.ScrollContainer minWidth={700}>
      <Table striped aria-label={t('account.coverage')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('coverage.member')}</Table.Th>
            <Table.Th>{t('coverage.role')}</Table.Th>
            <Table.Th>{t('coverage.creditShare')}</Table.Th>
            <Table.Th>{t('coverage.from')}</Table.Th>
            <Table.Th>{t('coverage.to')}</Table.Th>
            <Table.Th>{t('coverage.reason')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {coverage.map((row) => (
            <Table.Tr key={row.id}>
              <Table.Td>
                {row.memberName}
                <Text size="xs" c="dimmed">
                  {label('memberFunction', row.memberFunction)}
                </Text>
              </Table.Td>
              <Table.Td>{label('coverageRole', row.role)}</Table.Td>
              <Table.Td>{format.percent(row.creditShare)}</Table.Td>
              <Table.Td>{format.date(row.validFrom)}</Table.Td>
              <Table.Td>{format.date(row.validTo)}</Table.Td>
              <Table.Td>{format.text(row.reason)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
