import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiUnreachable } from '../lib/public-api.ts';
import { PublicRouter } from './router.tsx';

function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      // One more try when the network failed; a refusal (4xx) is an answer.
      queries: { retry: (failures, error) => error instanceof ApiUnreachable && failures < 1, staleTime: 60_000 },
      mutations: { retry: false },
    },
  });
}

export function App() {
  const [queryClient] = useState(createQueryClient);
  return (
    <QueryClientProvider client={queryClient}>
      <PublicRouter />
    </QueryClientProvider>
  );
}
