import { ScrollArea, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RepMoves } from '../../../shared/domain/suggestions';
import { useFormat } from '../i18n/format';

/** Per rep, how many accounts the run gives them, takes from them, and offers them in a tie. */
export function RepMovesTable({ reps }: { reps: RepMoves[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <ScrollArea.Autosize mah={320} type="auto">
      <Table aria-label={t('territories.reps')} data-testid="rep-moves">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('territories.rep')}</Table.Th>
            <Table.Th>{t('territories.gains')}</Table.Th>
            <Table.Th>{t('territories.losses')}</Table.Th>
            <Table.Th>{t('territories.ties')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {reps.map((rep) => (
            <Table.Tr key={rep.memberId}>
              <Table.Td>
                <bdi>{rep.name}</bdi>
              </Table.Td>
              <Table.Td>{format.number(rep.gains)}</Table.Td>
              <Table.Td>{format.number(rep.losses)}</Table.Td>
              <Table.Td>{format.number(rep.ties)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollArea.Autosize>
  );
}
