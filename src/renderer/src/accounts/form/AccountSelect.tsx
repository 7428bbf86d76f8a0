import { useState } from 'react';
import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearch } from '../../search/useSearch';

export interface Option {
  value: string;
  label: string;
}

interface Props {
  label: string;
  value: string | null;
  onChange: (value: string | null) => void;
  onBlur: () => void;
  initial: Option | null;
  /** The account being edited: it cannot be its own parent nor served via itself. */
  excludeId: string | undefined;
  error: string | undefined;
}

/** Choose an account among 10^5 by searching on the server as the user types. */
export function AccountSelect({
  label,
  value,
  onChange,
  onBlur,
  initial,
  excludeId,
  error,
}: Props) {
  const { t } = useTranslation();
  const [selected, setSelected] = useState<Option | null>(initial);
  const [searchText, setSearchText] = useState(initial?.label ?? '');
  const answer = useSearch(searchText);
  const found = (answer?.hits ?? [])
    .filter((hit) => hit.type === 'account' && hit.id !== excludeId)
    .map((hit) => ({ value: hit.id, label: hit.name }));
  const data =
    selected && !found.some((o) => o.value === selected.value) ? [selected, ...found] : found;

  return (
    <Select
      label={label}
      placeholder={t('form.parentSearch')}
      data={data}
      value={value}
      onChange={(next, option) => {
        setSelected(next ? { value: option.value, label: option.label } : null);
        onChange(next);
      }}
      onBlur={onBlur}
      searchable
      searchValue={searchText}
      onSearchChange={setSearchText}
      filter={({ options }) => options}
      clearable
      error={error}
    />
  );
}
