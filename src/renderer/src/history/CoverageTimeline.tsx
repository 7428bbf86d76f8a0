import { Badge, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CoverageSpell } from '../../../shared/domain/history';
import { useEnumLabel } from '../app/enumOptions';
import { useFormat } from '../i18n/format';

/** Every assignment of the account by start, ended ones with their end and reason. */
export function CoverageTimeline({ coverage }: { coverage: CoverageSpell[] }) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const format = useFormat();
  if (coverage.length === 0) return <Text c="dimmed">{t('history.noCoverage')}</Text>;
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table aria-label={t('history.coverage')} data-testid="history-coverage">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('history.member')}</Table.Th>
            <Table.Th>{t('history.role')}</Table.Th>
            <Table.Th>{t('history.share')}</Table.Th>
            <Table.Th>{t('history.period')}</Table.Th>
            <Table.Th>{t('history.reason')}</Table.Th>
            <Table.Th>{t('history.previousOwner')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {coverage.map((spell) => (
            <Table.Tr key={spell.id}>
              <Table.Td>
                <bdi>{spell.memberName}</bdi>
                {spell.isOwner && (
                  <Badge size="xs" variant="light" ms={6}>
                    {t('history.owner')}
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>{label('coverageRole', spell.role)}</Table.Td>
              <Table.Td>
                {format.percent(spell.creditShare)}
                {spell.overlay && ` (${t('history.overlay')})`}
              </Table.Td>
              <Table.Td>
                {spell.validTo === null
                  ? t('history.since', { from: format.date(spell.validFrom) })
                  : t('history.fromTo', {
                      from: format.date(spell.validFrom),
                      to: format.date(spell.validTo),
                    })}
              </Table.Td>
              <Table.Td>
                <bdi>{format.text(spell.reason)}</bdi>
              </Table.Td>
              <Table.Td>
                <bdi>{format.text(spell.previousOwner)}</bdi>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
