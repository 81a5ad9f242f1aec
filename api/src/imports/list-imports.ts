import type { ImportDeps } from './deps.ts';
import { toImportJobView } from './import-view.ts';
import type { ImportJobView } from './schemas.ts';

/** GET /api/imports: the latest imports, newest first. */
export async function listImports(deps: Pick<ImportDeps, 'db'>): Promise<ImportJobView[]> {
  const jobs = await deps.db.importJob.findMany({ orderBy: { createdAt: 'desc' }, take: 20 });
  return Promise.all(jobs.map((job) => toImportJobView(deps.db, job)));
}
