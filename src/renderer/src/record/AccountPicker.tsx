import { useState } from 'react';
import type { KeyboardEvent } from 'react';
import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useQueryClient } from '@tanstack/react-query';
import { searchQuery, useSearch } from '../search/useSearch';
import { useChosenAccount } from './queries';

interface Props {
  value: string;
  onChange: (accountId: string) => void;
  error: string | undefined;
}

/** Any account of the book, found by search as the rep types; the first match is taken on Enter. */
export function AccountPicker({ value, onChange, error }: Props) {
  const { t } = useTranslation();
  const chosen = useChosenAccount(value).data?.account;
  const [typed, setTyped] = useState<string | null>(null);
  const answer = useSearch(typed ?? '');
  const found = (answer?.hits ?? [])
    .filter((hit) => hit.type === 'account')
    .map((hit) => ({ value: hit.id, label: hit.name }));
  const current = chosen && chosen.id === value ? { value, label: chosen.name } : null;
  const data = current && !found.some((o) => o.value === value) ? [current, ...found] : found;
  const queryClient = useQueryClient();

  /** Enter with no option highlighted takes the first account found, waiting for it if need be. */
  const onKeyDown = async (event: KeyboardEvent<HTMLInputElement>) => {
    const wanted = typed?.trim();
    if (event.key !== 'Enter' || !wanted) return;
    if (event.currentTarget.getAttribute('aria-activedescendant')) return;
    event.preventDefault();
    const { hits } = await queryClient.fetchQuery(searchQuery(wanted));
    const first = hits.find((hit) => hit.type === 'account');
    if (!first) return;
    setTyped(null);
    onChange(first.id);
  };

  return (
    <Select
      label={t('record.account')}
      placeholder={t('record.accountSearch')}
      data={data}
      value={value || null}
      onChange={(next) => {
        setTyped(null);
        onChange(next ?? '');
      }}
      searchable
      searchValue={typed ?? current?.label ?? ''}
      onSearchChange={(text) => setTyped(text === current?.label ? null : text)}
      filter={({ options }) => options}
      selectFirstOptionOnChange
      onKeyDown={(event) => void onKeyDown(event)}
      nothingFoundMessage={typed ? t('record.noAccount') : undefined}
      error={error}
      required
      data-autofocus={value ? undefined : true}
    />
  );
}
