import { Anchor, Button, Paper, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GapKind, GapRow } from '../../../shared/domain/gaps';
import { paths } from '../app/router';
import { useFormat } from '../i18n/format';
import { GapDetail } from './GapDetail';
import { GapFixButton } from './GapFixButton';

/** Rows shown before "Show all": enough to act on, and the next kind still in sight. */
const FIRST_ROWS = 10;

/** Where the summary at the top of the report brings the page for each kind. */
export const sectionId = (kind: GapKind) => `gaps-${kind}`;

/** The gaps of one kind: each account, what is wrong, and the way to fix it. */
export function GapSection({
  kind,
  count,
  rows,
  days,
}: {
  kind: GapKind;
  count: number;
  rows: GapRow[];
  days: number;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const [all, setAll] = useState(false);
  const title = t(`gaps.kind.${kind}`, { count: days, days: format.number(days) });
  const shown = all ? rows : rows.slice(0, FIRST_ROWS);
  return (
    <Paper
      component="section"
      withBorder
      p="md"
      aria-label={title}
      id={sectionId(kind)}
      tabIndex={-1}
    >
      <Title order={3} size="h4" mb="xs">
        {title}{' '}
        <Text span c="dimmed">
          ({format.number(count)})
        </Text>
      </Title>
      {rows.length < count && (
        <Text size="sm" c="dimmed" mb="xs">
          {t('gaps.shown', { shown: format.number(rows.length), count: format.number(count) })}
        </Text>
      )}
      <Table aria-label={title} striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('gaps.account')}</Table.Th>
            <Table.Th>{t('gaps.what')}</Table.Th>
            <Table.Th>{t('gaps.fixColumn')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {shown.map((row) => (
            <Table.Tr
              key={`${row.accountId}-${'contactId' in row.detail ? row.detail.contactId : ''}`}
            >
              <Table.Td>
                <Anchor href={paths.account(row.accountId)}>
                  <bdi>{row.accountName}</bdi>
                </Anchor>
              </Table.Td>
              <Table.Td>
                <GapDetail gap={row} />
              </Table.Td>
              <Table.Td>
                <GapFixButton gap={row} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {shown.length < rows.length && (
        <Button variant="subtle" size="sm" mt="xs" onClick={() => setAll(true)}>
          {t('gaps.showAll', { count: rows.length, n: format.number(rows.length) })}
        </Button>
      )}
    </Paper>
  );
}
