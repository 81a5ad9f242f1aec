import { QueryClientProvider } from '@tanstack/react-query';
import { useEffect, useState, type ReactNode } from 'react';
import { createQueryClient } from '../lib/react-query.ts';
import { getSessionState, subscribeToSession } from '../lib/session.ts';

export function AppProvider({ children }: { children: ReactNode }) {
  const [queryClient] = useState(createQueryClient);

  // Nothing one person loaded may be shown to the next person who signs in on this browser.
  useEffect(
    () =>
      subscribeToSession(() => {
        if (getSessionState().status === 'signed-out') queryClient.clear();
      }),
    [queryClient],
  );

  return <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>;
}
