import { Anchor, Checkbox, Group, Pagination, Select, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Candidate, OwnerSuggestion } from '../../../shared/domain/suggestions';
import { paths } from '../app/router';
import { useFormat } from '../i18n/format';

const PAGE = 50;

interface Props {
  suggestions: OwnerSuggestion[];
  /** Null for a reader who may not apply: no checkboxes, no choosing. */
  selection: {
    selected: ReadonlySet<string>;
    toggle: (accountIds: string[], on: boolean) => void;
    choices: ReadonlyMap<string, string>;
    choose: (accountId: string, memberId: string | null) => void;
  } | null;
}

/** The suggestions a page at a time: the account, why, its owner now, and the rep (or a tie to settle). */
export function SuggestionsTable({ suggestions, selection }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const [page, setPage] = useState(1);
  const pages = Math.max(1, Math.ceil(suggestions.length / PAGE));
  const shown = suggestions.slice((page - 1) * PAGE, page * PAGE);
  const ids = shown.map((s) => s.accountId);
  const onPage = ids.filter((id) => selection?.selected.has(id)).length;
  const where = (c: Pick<Candidate, 'name' | 'territoryName'>) =>
    t('territories.inTerritory', { name: c.name, territory: c.territoryName });
  return (
    <>
      <Table.ScrollContainer minWidth={720}>
        <Table aria-label={t('territories.suggestions')} data-testid="suggestions">
          <Table.Thead>
            <Table.Tr>
              {selection && (
                <Table.Th w={40}>
                  <Checkbox
                    aria-label={t('territories.selectPage')}
                    checked={onPage > 0 && onPage === ids.length}
                    indeterminate={onPage > 0 && onPage < ids.length}
                    onChange={(e) => selection.toggle(ids, e.currentTarget.checked)}
                  />
                </Table.Th>
              )}
              <Table.Th>{t('territories.account')}</Table.Th>
              <Table.Th>{t('territories.reason')}</Table.Th>
              <Table.Th>{t('territories.owner')}</Table.Th>
              <Table.Th>{t('territories.suggested')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map((s) => (
              <Table.Tr key={s.accountId}>
                {selection && (
                  <Table.Td>
                    <Checkbox
                      aria-label={t('territories.select', { account: s.name })}
                      checked={selection.selected.has(s.accountId)}
                      onChange={(e) => selection.toggle([s.accountId], e.currentTarget.checked)}
                    />
                  </Table.Td>
                )}
                <Table.Td>
                  <Anchor href={paths.account(s.accountId)}>
                    <bdi>{s.name}</bdi>
                  </Anchor>
                </Table.Td>
                <Table.Td>{t(`territories.${s.reason}`)}</Table.Td>
                <Table.Td>
                  <bdi>
                    {s.owner
                      ? s.owner.territoryName
                        ? where({ name: s.owner.name, territoryName: s.owner.territoryName })
                        : s.owner.name
                      : t('territories.nobody')}
                  </bdi>
                </Table.Td>
                <Table.Td>
                  {s.candidates.length === 1 ? (
                    <bdi>{where(s.candidates[0]!)}</bdi>
                  ) : (
                    <Select
                      size="xs"
                      aria-label={t('territories.choose', { account: s.name })}
                      placeholder={t('territories.tie')}
                      data={s.candidates.map((c) => ({ value: c.memberId, label: where(c) }))}
                      value={selection?.choices.get(s.accountId) ?? null}
                      onChange={(memberId) => selection?.choose(s.accountId, memberId)}
                      disabled={!selection}
                      clearable
                    />
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {pages > 1 && (
        <Group justify="space-between">
          <Text size="sm" c="gray.7">
            {format.number((page - 1) * PAGE + 1)}–{format.number((page - 1) * PAGE + shown.length)}{' '}
            / {format.number(suggestions.length)}
          </Text>
          <Pagination
            total={pages}
            value={page}
            onChange={setPage}
            aria-label={t('territories.pages')}
          />
        </Group>
      )}
    </>
  );
}
