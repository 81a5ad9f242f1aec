import { useSyncExternalStore } from 'react';
import type { PublicOrganisation } from '../../../../api/src/branding/schemas.ts';
import { requestJson } from './public-api.ts';

/**
 * The charity that runs the service (GET /api/v1/organisation), for the
 * public pages' header and title: asked once per page load and held in
 * memory only (nothing more is kept on a shop's or a child's phone).
 * Undefined until it arrives, or offline: the pages then show the product's name.
 */
let organisation: PublicOrganisation | undefined;
let asked = false;
const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (!asked) {
    asked = true;
    requestJson<PublicOrganisation>('/api/v1/organisation')
      .then(({ body }) => {
        organisation = body;
        for (const notify of listeners) notify();
      })
      .catch(() => {
        // Offline or refused: asked again on the next page load.
      });
  }
  return () => listeners.delete(listener);
}

export function useOrganisation(): PublicOrganisation | undefined {
  return useSyncExternalStore(subscribe, () => organisation);
}
