import type { AppDeps } from '../deps.ts';
import { importJobViewNow } from './import-view.ts';
import type { ImportJobView } from './schemas.ts';

/** GET /api/imports/:id: where the import is; the page polls this while it runs (read on the read connection, see importJobViewNow). */
export async function getImport(deps: Pick<AppDeps, 'db' | 'reads'>, options: { importId: string }): Promise<ImportJobView> {
  return importJobViewNow(deps, options.importId);
}
