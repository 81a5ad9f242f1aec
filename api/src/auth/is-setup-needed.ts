import type { AuthDeps } from './deps.ts';

/** True while no staff account exists: the setup link can still create the first admin. */
export async function isSetupNeeded({ db }: Pick<AuthDeps, 'db'>): Promise<boolean> {
  return (await db.staff.count()) === 0;
}
