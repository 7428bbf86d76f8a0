import { useState } from 'react';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../api/client';
import { keys } from '../api/keys';

const LIMIT = 20;

/** One search; the answer carries the text it belongs to. */
export const searchQuery = (text: string) =>
  queryOptions({
    queryKey: keys.search(text),
    queryFn: async () => ({ text, hits: await api.search({ text, limit: LIMIT }) }),
  });

/**
 * Search as the user types: a keystroke asks at once when no search is on its way,
 * else the newest text is asked when that one answers. No fixed debounce to wait out
 * (issue 13: a keystroke to results painted ≤ 100 ms), and fast typing still sends one
 * search at a time, never a queue of stale ones.
 */
export function useSearch(input: string) {
  const text = input.trim();
  const [asked, setAsked] = useState(text);
  const query = useQuery({
    ...searchQuery(asked),
    enabled: asked.length > 0,
    placeholderData: keepPreviousData,
  });
  // Adjusted while rendering (React redoes this render at once), not in an effect.
  if (!query.isFetching && asked !== text) setAsked(text);
  return text ? query.data : undefined;
}
