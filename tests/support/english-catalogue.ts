import { vi } from 'vitest';
import { startI18n, type Catalogue } from '../../web/src/i18n/start-i18n.ts';

/**
 * Starts a web app's i18n layer in Node (unit tests render without a
 * browser) on its English catalogue, so code that says `translate(key)`
 * gives the English words users read.
 */
export async function startEnglishCatalogue(english: Catalogue): Promise<void> {
  const storage = new Map<string, string>();
  vi.stubGlobal('window', { location: { search: '' } });
  vi.stubGlobal('document', { documentElement: { lang: 'en', dir: 'ltr' } });
  vi.stubGlobal('navigator', { languages: ['en-GB'] });
  vi.stubGlobal('localStorage', { getItem: (key: string) => storage.get(key) ?? null, setItem: (key: string, value: string) => storage.set(key, value) });
  await startI18n({
    languages: [{ code: 'en', locale: 'en-GB', name: 'English', dir: 'ltr' }],
    english,
    load: () => Promise.reject(new Error('English only')),
    storageKey: 'test.language',
  });
}
