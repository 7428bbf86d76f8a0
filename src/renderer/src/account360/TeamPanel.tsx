import { Badge, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CoverageRow } from '../../../shared/domain/assignment';
import { useEnumLabel } from '../app/enumOptions';
import { useFormat } from '../i18n/format';
import { Panel } from './Panel';

/** Who covers the account now, in which role and for what share of the credit. */
export function TeamPanel({ team }: { team: CoverageRow[] }) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const format = useFormat();
  return (
    <Panel title={t('account.coverage')}>
      {team.length === 0 ? (
        <Text c="dimmed">{t('account.noCoverage')}</Text>
      ) : (
        <Table aria-label={t('account.coverage')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('coverage.member')}</Table.Th>
              <Table.Th>{t('coverage.role')}</Table.Th>
              <Table.Th>{t('coverage.creditShare')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {team.map((row) => (
              <Table.Tr key={row.id}>
                <Table.Td>
                  <bdi>{row.memberName}</bdi>
                  {row.isOwner && (
                    <Badge size="xs" variant="light" ms={6}>
                      {t('account360.team.owner')}
                    </Badge>
                  )}
                  <Text size="xs" c="dimmed">
                    {label('memberFunction', row.memberFunction)} ·{' '}
                    {t('account360.team.since', { date: format.date(row.validFrom) })}
                  </Text>
                </Table.Td>
                <Table.Td>{label('coverageRole', row.role)}</Table.Td>
                <Table.Td>{format.percent(row.creditShare)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Panel>
  );
}
