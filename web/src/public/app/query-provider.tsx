import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { ApiUnreachable } from '../lib/public-api.ts';

/** One client for the pages that use queries, so their cache outlives a change of page. */
const queryClient = new QueryClient({
  defaultOptions: {
    // One more try when the network failed; a refusal (4xx) is an answer.
    queries: { retry: (failures, error) => error instanceof ApiUnreachable && failures < 1, staleTime: 60_000 },
    mutations: { retry: false },
  },
});

/**
 * Wraps the pages that fetch with TanStack Query (the directory, a young
 * carer's own card): they load it with them, and the verify page, which does
 * not use it, never downloads it.
 */
export function WithQueries({ children }: { children: ReactNode }) {
  return <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>;
}
