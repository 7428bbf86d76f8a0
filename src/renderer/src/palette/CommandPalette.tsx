import { useEffect, useId, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { Input, Loader } from '@mantine/core';
import { Spotlight } from '@mantine/spotlight';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { SearchHit } from '../../../shared/domain/search';
import { navigate, paths } from '../app/router';
import { searchQuery } from '../search/useSearch';
import { HitAction } from './HitAction';
import { palette, paletteStore, SEARCH_BOX, typeAhead } from './paletteStore';
import { usePaletteItems, type PaletteItem } from './usePaletteItems';
import './palette.css';

const openHit = (hit: SearchHit) => navigate(paths.account(hit.accountId));

function run(item: PaletteItem): void {
  palette.close();
  if (item.kind === 'command') item.command.run(item.accountId);
  else openHit(item.hit);
}

/** One function for every hit, so a hit whose row did not change is not drawn again. */
const runHit = (hit: SearchHit) => run({ kind: 'hit', hit });

/**
 * Ctrl/Cmd+K from anywhere, inputs included: the commands that match what is typed, then
 * the accounts and contacts search finds, in its order (a contact opens its account).
 * Arrows move, Enter runs the highlighted item; typed faster than the answer, Enter waits
 * for it and opens the first hit. Letters typed before the box has the focus are kept.
 */
export function CommandPalette() {
  const { t } = useTranslation();
  const listId = useId();
  const queryClient = useQueryClient();
  const [query, setQuery] = useState('');
  const { items, shownHits, stale, wanted } = usePaletteItems(query);
  const commandCount = items.filter((item) => item.kind === 'command').length;
  // The highlight belongs to one list of items: new items highlight the first again.
  const itemsKey = `${wanted}|${stale}|${items.length}`;
  const [selection, setSelection] = useState({ itemsKey, index: 0 });
  const selected = selection.itemsKey === itemsKey ? selection.index : 0;
  useEffect(() => {
    document.getElementById(listId)?.querySelector('[data-selected]')?.scrollIntoView({
      block: 'nearest',
    });
  }, [listId, selected]);

  const onKeyDown = async (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.nativeEvent.isComposing) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      const index = (selected + step + items.length) % Math.max(items.length, 1);
      setSelection({ itemsKey, index });
    }
    if (event.key !== 'Enter') return;
    event.preventDefault();
    const item = items[selected];
    if (item) return run(item);
    if (!stale) return;
    const first = (await queryClient.fetchQuery(searchQuery(wanted))).hits[0];
    if (first) run({ kind: 'hit', hit: first });
  };

  const isSelected = (index: number) => (index === selected ? true : undefined);
  return (
    <Spotlight.Root
      store={paletteStore}
      query={query}
      onQueryChange={setQuery}
      tagsToIgnore={[]}
      scrollable
      maxHeight={480}
      // Dimmed, not blurred: without a GPU, blurring the page under the palette is
      // redone at every keystroke's frame (issue 13: keystroke to paint ≤ 100 ms).
      overlayProps={{ backgroundOpacity: 0.35, blur: 0 }}
      title={t('palette.title')}
    >
      <Input
        size="lg"
        variant="unstyled"
        classNames={{ input: SEARCH_BOX }}
        value={query}
        onChange={(event) => setQuery(event.currentTarget.value)}
        onFocus={() => {
          const ahead = typeAhead.take();
          if (ahead) setQuery((typed) => typed + ahead);
        }}
        onKeyDown={(event) => void onKeyDown(event)}
        placeholder={t('palette.placeholder')}
        aria-label={t('palette.placeholder')}
        rightSection={stale ? <Loader size="xs" aria-label={t('palette.searching')} /> : null}
        data-autofocus
      />
      <Spotlight.ActionsList id={listId} aria-label={t('palette.results')} aria-busy={stale}>
        {commandCount > 0 && (
          <Spotlight.ActionsGroup label={t('palette.commandsGroup')}>
            {items
              .slice(0, commandCount)
              .map((item, index) =>
                item.kind === 'command' ? (
                  <Spotlight.Action
                    key={item.command.id}
                    label={t(`palette.commands.${item.command.id}`)}
                    onClick={() => run(item)}
                    data-selected={isSelected(index)}
                  />
                ) : null,
              )}
          </Spotlight.ActionsGroup>
        )}
        {shownHits.length > 0 && (
          <Spotlight.ActionsGroup label={t('palette.hitsGroup')}>
            {shownHits.map((hit, index) => (
              <HitAction
                key={`${hit.type}:${hit.id}`}
                hit={hit}
                pending={stale}
                selected={isSelected(commandCount + index)}
                onOpen={runHit}
              />
            ))}
          </Spotlight.ActionsGroup>
        )}
        {wanted && !stale && items.length === 0 && (
          <Spotlight.Empty>{t('palette.nothingFound')}</Spotlight.Empty>
        )}
      </Spotlight.ActionsList>
    </Spotlight.Root>
  );
}
