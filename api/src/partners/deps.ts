import type { AppDeps } from '../deps.ts';

/** What the partner and benefit use-cases need; `benefits` is invalidated by every change. */
export type PartnerDeps = Pick<AppDeps, 'db' | 'config' | 'clock' | 'benefits'>;
