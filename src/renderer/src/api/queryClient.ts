import { QueryClient } from '@tanstack/react-query';

/** Local data answers in milliseconds; failures are real errors, not flaky networks. */
export const queryClient = new QueryClient({
  defaultOptions: {
    queries: { retry: false, refetchOnWindowFocus: false, staleTime: 30_000 },
    mutations: { retry: false },
  },
});
