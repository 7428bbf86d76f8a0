import { useDebouncedValue } from '@mantine/hooks';
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

/** Search as the user types, debounced by 100 ms. */
export function useSearch(input: string) {
  const [debounced] = useDebouncedValue(input.trim(), 100);
  const query = useQuery({
    ...searchQuery(debounced),
    enabled: debounced.length > 0,
    placeholderData: keepPreviousData,
  });
  return debounced ? query.data : undefined;
}
