import { useState } from 'react';
import type { KeyboardEvent } from 'react';
import { Badge, Combobox, Group, Text, TextInput, useCombobox } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { SearchHit } from '../../../shared/domain/search';
import { navigate, paths } from '../app/router';
import { searchQuery, useSearch } from './useSearch';

const optionValue = (hit: SearchHit) => `${hit.type}:${hit.id}`;

/** The header's global search: accounts and contacts; choosing one opens the account. */
export function SearchBox() {
  const { t } = useTranslation();
  const combobox = useCombobox({ onDropdownClose: () => combobox.resetSelectedOption() });
  const [text, setText] = useState('');
  const queryClient = useQueryClient();
  const data = useSearch(text);
  const hits = data?.hits ?? [];

  const choose = (hit: SearchHit) => {
    setText('');
    combobox.closeDropdown();
    navigate(paths.account(hit.accountId));
  };

  /** Enter opens the highlighted hit, else the first hit, waiting for the answer if needed. */
  const onKeyDown = async (event: KeyboardEvent<HTMLInputElement>) => {
    const wanted = text.trim();
    if (event.key !== 'Enter' || !wanted) return;
    if (combobox.dropdownOpened && combobox.getSelectedOptionIndex() !== -1) return;
    event.preventDefault();
    const answer = await queryClient.fetchQuery(searchQuery(wanted));
    const first = answer.hits[0];
    if (first) choose(first);
  };

  const byValue = new Map(hits.map((hit) => [optionValue(hit), hit]));
  return (
    <Combobox
      store={combobox}
      onOptionSubmit={(value) => {
        const hit = byValue.get(value);
        if (hit) choose(hit);
      }}
    >
      <Combobox.Target withExpandedAttribute>
        <TextInput
          type="search"
          aria-label={t('search.label')}
          placeholder={t('search.placeholder')}
          value={text}
          onChange={(event) => {
            setText(event.currentTarget.value);
            combobox.openDropdown();
          }}
          onFocus={() => combobox.openDropdown()}
          onBlur={() => combobox.closeDropdown()}
          onKeyDown={(event) => void onKeyDown(event)}
          flex={1}
          maw={480}
        />
      </Combobox.Target>
      <Combobox.Dropdown hidden={!text.trim() || !data}>
        <Combobox.Options
          aria-label={t('search.results')}
          // Busy while the hits shown are still those of an earlier text.
          aria-busy={data?.text !== text.trim()}
          mah={400}
          style={{ overflowY: 'auto' }}
        >
          {hits.length === 0 && <Combobox.Empty>{t('search.noResults')}</Combobox.Empty>}
          {hits.map((hit) => (
            <Combobox.Option value={optionValue(hit)} key={optionValue(hit)}>
              <Group gap="xs" wrap="nowrap">
                <Badge size="xs" variant="light" color={hit.type === 'account' ? 'blue' : 'grape'}>
                  {t(`search.${hit.type}`)}
                </Badge>
                <div>
                  <Text size="sm">{hit.name}</Text>
                  {hit.detail && (
                    <Text size="xs" c="dimmed">
                      {hit.detail}
                    </Text>
                  )}
                </div>
                {hit.approximate && (
                  <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                    {t('search.approximate')}
                  </Text>
                )}
              </Group>
            </Combobox.Option>
          ))}
        </Combobox.Options>
      </Combobox.Dropdown>
    </Combobox>
  );
}
