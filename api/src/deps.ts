import { hostname } from 'node:os';
import { releaseJobLeases } from './db/job-lease.ts';
import { mfaRequirementCache, type MfaRequirementCache } from './auth/mfa-requirement.ts';
import type { FastifyBaseLogger } from 'fastify';
import nodemailer from 'nodemailer';
import { loadAuditSigner, type AuditSigner } from './audit/audit-key.ts';
import { auditCheckpointJob } from './audit/checkpoint-job.ts';
import { signUnsignedHead } from './audit/sign-unsigned-head.ts';
import { brandingCache, type BrandingCache } from './branding/branding-cache.ts';
import { cardFonts } from './card-pdf/fonts.ts';
import type { Config } from './config.ts';
import type { Database, Db } from './db/database.ts';
import { Keyring } from './keys/keyring.ts';
import { ensureSigningKey } from './keys/ensure-signing-key.ts';
import { ensureCardIssuer } from './keys/ensure-card-issuer.ts';
import { backgroundJob, type BackgroundJob } from './lib/background-job.ts';
import type { Clock } from './lib/clock.ts';
import { outboxSender, type MailTransport } from './outbox/send-outbox.ts';
import { benefitCache, type BenefitCache } from './partners/benefit-cache.ts';
import { ScanCounter } from './partners/scan-counter.ts';
import { reminderJob } from './renewals/reminder-job.ts';
import { erasureJob } from './retention/erasure-job.ts';
import { importRunner } from './imports/import-runner.ts';
import { loadTemplates, type TemplateSet } from './templates/load-templates.ts';
import { openReadConnection, type ReadConnection } from './db/read-connection.ts';
import { openCardLookup, type CardLookup } from './verify/card-lookup.ts';
import { statusListCache, type StatusListCache } from './verify/status-list-cache.ts';

/** Scan counts and partner keys' last use are written this often (and at shutdown). */
const SCAN_FLUSH_MS = 5_000;

/**
 * Everything a use-case may need, built once per app by `buildDeps`. A
 * use-case names what it takes with `Pick<AppDeps, ...>`, so a test can hand
 * it just those pieces.
 */
export type AppDeps = {
  /** The app's config, with `cards.issuer` the one the database holds (app.config may have another). */
  config: Config;
  database: Database;
  /** The Prisma client (SQLite or PostgreSQL). */
  db: Db;
  clock: Clock;
  log: FastifyBaseLogger;
  /** This API process as the holder of job leases: host name and port, so a restarted process takes its own leases back at once. */
  processId: string;
  /** Card and sheet layouts from templates/, checked at start. */
  templates: TemplateSet;
  /** Card-signing keys: private ones in memory, public ones loaded on first sight. */
  keyring: Keyring;
  /** Signs the audit chain's head and checkpoints; its key is in DATA_DIR, never in the database. */
  auditSigner: AuditSigner;
  /** Verify's own prepared statements: card status and partner keys, read fresh on every call. */
  cardLookup: CardLookup;
  /** Prepared reads for the per-request session checks (staff and young carers' phones), fresh on every call. */
  reads: ReadConnection;
  branding: BrandingCache;
  benefits: BenefitCache;
  statusList: StatusListCache;
  scanCounter: ScanCounter;
  /** "Require two-step sign-in for everyone", as each staff request checks it. */
  mfaRequirement: MfaRequirementCache;
  /** Set when SMTP_URL is; otherwise messages wait in the outbox for staff. */
  mail: MailTransport | undefined;
  jobs: {
    /** Sends the outbox's due emails (a no-op without SMTP). */
    outbox: BackgroundJob;
    renewalReminders: BackgroundJob;
    /** Erases the records past their retention period (daily by default). */
    retention: BackgroundJob;
    scanCounts: BackgroundJob;
    /** Signs an audit checkpoint every 1,000 events or every hour. */
    auditCheckpoints: BackgroundJob;
    /** Carries running CSV imports forward (and picks up one a stopped process left). */
    imports: BackgroundJob;
  };
};

/**
 * The composition root: the only place that assembles dependencies. The app
 * builds it once from config, database, one clock and the logger; routes
 * hand `app.deps` (or a `Pick` of it) to use-cases.
 */
export async function buildDeps(options: { config: Config; database: Database; clock: Clock; log: FastifyBaseLogger }): Promise<AppDeps & { close(): Promise<void> }> {
  const { database, clock, log } = options;
  const db = database.prisma;
  // Cards, the status list and verify read the issuer from here: the database's one.
  const issuer = await ensureCardIssuer({ db, log }, { configured: options.config.cards.issuer, explicit: options.config.cards.issuerExplicit });
  const config: Config = { ...options.config, cards: { ...options.config.cards, issuer } };
  const templates = loadTemplates(config.templatesDir);
  cardFonts();
  const keyring = new Keyring(config.dataDir, config.cards.signingKeys);
  const { kid, generated } = await ensureSigningKey({ db, keyring, clock }, { fromEnv: config.cards.signingKeys });
  if (generated) log.info({ kid }, 'generated a card-signing key');
  const auditSigner = loadAuditSigner(config.dataDir);
  if (auditSigner.generated) {
    log.info({ keyId: auditSigner.keyId }, 'generated the audit signing key');
    const adopted = await signUnsignedHead({ db, auditSigner });
    if (adopted !== null) log.info({ position: adopted }, 'signed the audit chain as it stands (first start with an audit key)');
  }
  const cardLookup = openCardLookup(config.database, {
    onIdleError: (err) => log.warn({ err }, 'verify lost an idle database connection; it reconnects on the next call'),
  });
  const reads = openReadConnection(config.database, {
    onIdleError: (err) => log.warn({ err }, 'the session reads lost an idle database connection; they reconnect on the next call'),
  });
  const transporter = config.mail.smtpUrl ? nodemailer.createTransport(config.mail.smtpUrl) : undefined;

  const base = { config, database, db, clock, log, processId: `${hostname()}:${config.port}`, templates, keyring, auditSigner, cardLookup, reads, mail: transporter };
  const branding = brandingCache(base);
  const benefits = benefitCache(base);
  const statusList = statusListCache(base);
  const scanCounter = new ScanCounter(db);
  const mfaRequirement = mfaRequirementCache(base);
  const withCaches = { ...base, branding, benefits, statusList, scanCounter, mfaRequirement };
  const outbox = outboxSender(withCaches);
  const renewalReminders = reminderJob({ ...withCaches, jobs: { outbox } });
  const retention = erasureJob(withCaches);
  const scanCounts = backgroundJob({ name: 'scan-counts', intervalMs: SCAN_FLUSH_MS, log, run: () => scanCounter.flush() });
  const auditCheckpoints = auditCheckpointJob(withCaches);
  const imports = importRunner(withCaches);
  const deps: AppDeps = { ...withCaches, jobs: { outbox, renewalReminders, retention, scanCounts, auditCheckpoints, imports } };

  return {
    ...deps,
    async close() {
      await Promise.all([outbox.stop(), renewalReminders.stop(), retention.stop(), scanCounts.stop(), auditCheckpoints.stop(), imports.stop()]);
      // Another process may take the scheduled jobs over at once.
      await releaseJobLeases(deps).catch((err: unknown) => log.warn({ err }, 'could not hand over job leases'));
      // What was counted since the last flush is kept.
      await scanCounter.flush().catch((err: unknown) => log.error({ err }, 'could not save scan counts'));
      transporter?.close();
      await cardLookup.close();
      await reads.close();
    },
  };
}
