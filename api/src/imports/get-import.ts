import type { ImportDeps } from './deps.ts';
import { findImportJob, toImportJobView } from './import-view.ts';
import type { ImportJobView } from './schemas.ts';

/** GET /api/imports/:id: where the import is; the page polls this while it runs. */
export async function getImport(deps: Pick<ImportDeps, 'db'>, options: { importId: string }): Promise<ImportJobView> {
  return toImportJobView(deps.db, await findImportJob(deps.db, options.importId));
}
