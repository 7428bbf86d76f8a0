import { useTranslation } from 'react-i18next';
import type { SearchHit } from '../../../shared/domain/search';
import { useRoute } from '../app/router';
import { useSearch } from '../search/useSearch';
import { useAbilities } from '../staffing/queries';
import { commandMatches } from './commandMatch';
import { commands, type Command } from './commands';

export type PaletteItem =
  { kind: 'command'; command: Command; accountId: string | null } | { kind: 'hit'; hit: SearchHit };

/**
 * What the palette offers for a query: the matching commands first, then the hits of
 * the search for exactly this text (`stale` while that answer is on its way, and the
 * previous hits are only shown, not offered).
 */
export function usePaletteItems(query: string) {
  const { t } = useTranslation();
  const answer = useSearch(query);
  const wanted = query.trim();
  const stale = wanted.length > 0 && answer?.text !== wanted;
  const shownHits = answer?.hits ?? [];
  const route = useRoute();
  const accountId = route.name === 'account' ? route.id : null;
  const sells =
    useAbilities(accountId ? [accountId] : [], accountId !== null).data?.opportunities.includes(
      accountId ?? '',
    ) ?? false;
  const matching = commands.filter(
    (command) =>
      (!command.sells || sells) &&
      commandMatches(
        `${t(`palette.commands.${command.id}`)} ${t(`palette.keywords.${command.id}`)}`,
        query,
      ),
  );
  const items: PaletteItem[] = [
    ...matching.map((command) => ({ kind: 'command' as const, command, accountId })),
    ...(stale ? [] : shownHits.map((hit) => ({ kind: 'hit' as const, hit }))),
  ];
  return { items, shownHits, stale, wanted };
}
