import { Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Offering } from '../../../shared/domain/commerce';
import { useOfferings } from '../account360/sellingQueries';
import { QueryState } from '../app/QueryState';
import { useAbilities } from '../staffing/queries';
import { OfferingDialog } from './OfferingDialog';

/**
 * The offerings catalogue (PRODUCT §3): core products and the optional services bundled
 * with them, which a deal's proposal picks from. Kept by whoever the write rule allows.
 */
export function OfferingsPage() {
  const { t } = useTranslation();
  const offerings = useOfferings();
  const keeps = useAbilities([]).data?.catalogue ?? false;
  const [editing, setEditing] = useState<{ offering: Offering | null } | null>(null);
  if (!offerings.data) return <QueryState error={offerings.error} />;
  const kindOf = (o: Offering) =>
    o.service ? t(`offerings.serviceChoice.${o.service}`) : t(`offerings.kindChoice.${o.kind}`);
  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={2}>{t('offerings.title')}</Title>
        {keeps && (
          <Button onClick={() => setEditing({ offering: null })}>{t('offerings.add')}</Button>
        )}
      </Group>
      <Text c="dimmed">{t('offerings.intro')}</Text>
      <Table striped aria-label={t('offerings.title')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('offerings.name')}</Table.Th>
            <Table.Th>{t('offerings.kind')}</Table.Th>
            <Table.Th>{t('offerings.productLine')}</Table.Th>
            <Table.Th>{t('offerings.segment')}</Table.Th>
            {keeps && <Table.Th>{t('offerings.actions')}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {offerings.data.map((o) => (
            <Table.Tr key={o.id}>
              <Table.Td>
                <bdi>{o.name}</bdi>
              </Table.Td>
              <Table.Td>{kindOf(o)}</Table.Td>
              <Table.Td>
                <bdi>{o.productLine ?? ''}</bdi>
              </Table.Td>
              <Table.Td>
                <bdi>{o.segment ?? ''}</bdi>
              </Table.Td>
              {keeps && (
                <Table.Td>
                  <Button
                    size="compact-xs"
                    variant="default"
                    aria-label={t('offerings.editNamed', { name: o.name })}
                    onClick={() => setEditing({ offering: o })}
                  >
                    {t('offerings.edit')}
                  </Button>
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {offerings.data.length === 0 && <Text c="dimmed">{t('offerings.empty')}</Text>}
      {editing && <OfferingDialog offering={editing.offering} onClose={() => setEditing(null)} />}
    </Stack>
  );
}
