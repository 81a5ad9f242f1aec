import { createHash } from 'node:crypto';
import path from 'node:path';
import { Type, type Static } from 'typebox';
import { Compile } from 'typebox/compile';
import { fileURLToPath } from 'node:url';
import { isIP } from 'node:net';
import type { JWK } from 'jose';

/** templates/ in the project. */
const DEFAULT_TEMPLATES_DIR = fileURLToPath(new URL('../../templates', import.meta.url));

/**
 * Every environment variable the API reads, validated once at boot.
 * .env.example documents the same list; keep the two in step.
 */
const EnvSchema = Type.Object({
  NODE_ENV: Type.Union([Type.Literal('production'), Type.Literal('development'), Type.Literal('test')], {
    default: 'production',
  }),
  HOST: Type.String({ default: '127.0.0.1' }),
  PORT: Type.Integer({ minimum: 0, maximum: 65535, default: 3000 }),
  PUBLIC_URL: Type.Optional(Type.String({ pattern: '^https?://[^\\s]+$' })),
  DATA_DIR: Type.String({ default: './data' }),
  DATABASE_URL: Type.Optional(Type.String({ pattern: '^(file:|postgres://|postgresql://)' })),
  // No TypeBox default: unset means the database layer's defaults (api/src/db/pg-pool.ts), and config.database stays { engine, url }.
  DATABASE_CONNECT_TIMEOUT_MS: Type.Optional(Type.Integer({ minimum: 100, maximum: 120_000, description: 'PostgreSQL: connecting, or waiting for a free pooled connection (default 5000)' })),
  DATABASE_QUERY_TIMEOUT_MS: Type.Optional(Type.Integer({ minimum: 100, maximum: 600_000, description: 'PostgreSQL: one statement (statement_timeout; default 10000)' })),
  LOG_LEVEL: Type.Enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], { default: 'info' }),
  ADMIN_EMAIL: Type.Optional(Type.String({ format: 'email' })),
  ADMIN_PASSWORD: Type.Optional(Type.String({ minLength: 12 })),
  ADMIN_NAME: Type.String({ default: 'Administrator' }),
  SESSION_SECRET: Type.Optional(Type.String({ minLength: 32 })),
  ACCESS_TOKEN_TTL_SECONDS: Type.Integer({ minimum: 60, maximum: 3600, default: 900 }),
  SESSION_TTL_HOURS: Type.Integer({ minimum: 1, maximum: 720, default: 12 }),
  PASSWORD_LINK_TTL_HOURS: Type.Integer({ minimum: 1, maximum: 720, default: 72 }),
  RATE_LIMIT_PER_MINUTE: Type.Integer({ minimum: 1, maximum: 1_000_000, default: 300 }),
  REDIS_URL: Type.Optional(Type.String({ pattern: '^rediss?://[^\\s]+$', description: 'redis://host:6379: rate limits shared by every API process' })),
  LOGIN_MAX_FAILURES_PER_ACCOUNT: Type.Integer({ minimum: 1, maximum: 1000, default: 5 }),
  LOGIN_MAX_FAILURES_PER_CLIENT: Type.Integer({ minimum: 1, maximum: 100_000, default: 20 }),
  LOGIN_LOCK_MINUTES: Type.Integer({ minimum: 1, maximum: 10_080, default: 15 }),
  CORS_ORIGINS: Type.String({ default: '', description: 'Comma-separated origins; empty means none' }),
  TRUST_PROXY: Type.String({
    default: 'false',
    maxLength: 500,
    description: 'false; the proxy addresses (comma-separated IPs or CIDRs, e.g. 127.0.0.1,::1); or true (any peer)',
  }),
  METRICS_TOKEN: Type.Optional(Type.String({ minLength: 16, maxLength: 200, description: 'Bearer token for GET /metrics; unset: /metrics answers only connections from this machine' })),
  ORGANISATION_NAME: Type.String({ minLength: 1, maxLength: 100, default: 'Young Carers Service' }),
  ORGANISATION_HELPLINE: Type.String({ maxLength: 40, default: '' }),
  CARD_ISSUER: Type.Optional(Type.String({ minLength: 1, maxLength: 40, pattern: '^[\\x21-\\x7e]+$' })),
  CARD_VALIDITY_MONTHS: Type.Integer({ minimum: 1, maximum: 60, default: 12 }),
  CARD_MAX_AGE: Type.Integer({ minimum: 1, maximum: 30, default: 18 }),
  CARD_SIGNING_KEYS: Type.Optional(Type.String({ description: 'JSON array of Ed25519 private JWKs with kid' })),
  VERIFY_RATE_LIMIT_PER_MINUTE: Type.Integer({ minimum: 1, maximum: 1_000_000, default: 120 }),
  PARTNER_RATE_LIMIT_PER_MINUTE: Type.Integer({ minimum: 1, maximum: 1_000_000, default: 1200 }),
  TEMPLATES_DIR: Type.Optional(Type.String({ minLength: 1, description: 'Folder of card and sheet layouts (default: templates/ in the project)' })),
  SMTP_URL: Type.Optional(Type.String({ pattern: '^smtps?://[^\\s]+$', description: 'smtp://user:pass@host:587 or smtps://...:465; unset: messages wait in the outbox for staff' })),
  MAIL_FROM: Type.Optional(Type.String({ minLength: 3, maxLength: 200 })),
  INVITATION_TTL_DAYS: Type.Integer({ minimum: 1, maximum: 90, default: 14 }),
  INVITATION_MAX_ATTEMPTS: Type.Integer({ minimum: 1, maximum: 20, default: 5 }),
  DEVICE_SESSION_DAYS: Type.Integer({ minimum: 1, maximum: 400, default: 365 }),
  OUTBOX_MAX_ATTEMPTS: Type.Integer({ minimum: 1, maximum: 50, default: 6 }),
  OUTBOX_POLL_MS: Type.Integer({ minimum: 50, maximum: 600_000, default: 5000 }),
  REMINDER_JOB_INTERVAL_MINUTES: Type.Integer({ minimum: 1, maximum: 1440, default: 60 }),
  RETENTION_JOB_INTERVAL_HOURS: Type.Integer({ minimum: 1, maximum: 168, default: 24 }),
  REFERRAL_DAILY_CAP: Type.Integer({ minimum: 1, maximum: 100_000, default: 50, description: 'Referrals the public /refer form takes per UTC day, from everyone together' }),
  REFERRAL_RATE_LIMIT_PER_HOUR: Type.Integer({ minimum: 1, maximum: 100_000, default: 5, description: 'Referrals per hour from one address' }),
});
type Env = Static<typeof EnvSchema>;

/** How long the API waits on PostgreSQL; unset values take the defaults of api/src/db/pg-pool.ts. */
export type PostgresTimeouts = { connectMs?: number; queryMs?: number };

export type DatabaseTarget =
  | { engine: 'sqlite'; file: string }
  | { engine: 'postgresql'; url: string; timeouts?: PostgresTimeouts };

export type Config = {
  env: Env['NODE_ENV'];
  host: string;
  port: number;
  publicUrl: string;
  dataDir: string;
  database: DatabaseTarget;
  logLevel: Env['LOG_LEVEL'];
  firstAdmin: { email: string; password: string; name: string } | undefined;
  sessionSecret: string | undefined;
  accessTokenTtlSeconds: number;
  sessionTtlHours: number;
  passwordLinkTtlHours: number;
  rateLimitPerMinute: number;
  /** REDIS_URL: where every API process counts rate limits together; null: each process counts its own. */
  redisUrl: string | null;
  login: { maxFailuresPerAccount: number; maxFailuresPerClient: number; lockMinutes: number };
  corsOrigins: string[];
  /**
   * Which peers' X-Forwarded-For is believed (Fastify's trustProxy): false, the
   * proxies' addresses, or true for any peer (then a client
   * that reaches the port directly can claim any address).
   */
  trustProxy: boolean | string[];
  /** METRICS_TOKEN: a scraper sends it as a bearer token; null: /metrics answers loopback connections only. */
  metricsToken: string | null;
  organisation: { name: string; helpline: string };
  cards: {
    /**
     * `iss` of card tokens; short, because it is in every QR code. loadConfig
     * gives CARD_ISSUER, or one derived from PUBLIC_URL's host; the one in use
     * is the one stored in the database on its first start, which buildDeps
     * puts here (`deps.config`, keys/ensure-card-issuer.ts).
     */
    issuer: string;
    /** CARD_ISSUER was set: it must equal the stored issuer, or the start stops. */
    issuerExplicit: boolean;
    validityMonths: number;
    maxAge: number;
    /** Private keys from CARD_SIGNING_KEYS (JWKs), added to those in DATA_DIR/keys */
    signingKeys: JWK[];
  };
  verifyRateLimitPerMinute: number;
  /** Verify calls per minute for each partner API key. */
  partnerRateLimitPerMinute: number;
  /** Card and sheet layouts (JSON). */
  templatesDir: string;
  /** Where the built web app is served from; absent in API-only test runs. */
  webDist: string | undefined;
  mail: {
    /** null: no email; messages wait in the outbox for staff to pass on. */
    smtpUrl: string | null;
    /** MAIL_FROM; null: the organisation's name at no-reply@ the PUBLIC_URL's host. */
    from: string | null;
    maxAttempts: number;
    pollMs: number;
  };
  invitations: { ttlDays: number; maxAttempts: number; deviceSessionDays: number };
  reminderJobIntervalMinutes: number;
  retentionJobIntervalHours: number;
  /** The public referral form: referrals a day from everyone, and an hour from one address. */
  referrals: { dailyCap: number; perAddressPerHour: number };
};

export class ConfigError extends Error {
  override name = 'ConfigError';
}

const checkEnv = Compile(EnvSchema);

/** Every variable the API reads (.env.example must document each). */
export const CONFIG_VARIABLES = Object.keys(EnvSchema.properties);

/** Reads and validates the configuration. Throws ConfigError naming each bad variable. */
export function loadConfig(source: NodeJS.ProcessEnv = process.env, overrides: Partial<Config> = {}): Config {
  const raw: Record<string, unknown> = {};
  for (const key of Object.keys(EnvSchema.properties)) {
    const value = source[key];
    if (value !== undefined && value !== '') raw[key] = value;
  }
  const converted = checkEnv.Default(checkEnv.Convert(raw));
  if (!checkEnv.Check(converted)) {
    const problems = [...checkEnv.Errors(converted)].map(
      (e) => `${e.instancePath.replace(/^\//, '') || '(root)'} ${e.message}`,
    );
    throw new ConfigError(`Invalid configuration: ${problems.join('; ')}`);
  }
  const env = converted;
  if (Boolean(env.ADMIN_EMAIL) !== Boolean(env.ADMIN_PASSWORD)) {
    throw new ConfigError('Invalid configuration: set both ADMIN_EMAIL and ADMIN_PASSWORD, or neither');
  }
  const dataDir = path.resolve(env.DATA_DIR);
  const databaseUrl = env.DATABASE_URL;
  const database: DatabaseTarget =
    databaseUrl && /^postgres(ql)?:\/\//.test(databaseUrl)
      ? {
          engine: 'postgresql',
          url: databaseUrl,
          ...(env.DATABASE_CONNECT_TIMEOUT_MS !== undefined || env.DATABASE_QUERY_TIMEOUT_MS !== undefined
            ? { timeouts: { connectMs: env.DATABASE_CONNECT_TIMEOUT_MS, queryMs: env.DATABASE_QUERY_TIMEOUT_MS } }
            : {}),
        }
      : { engine: 'sqlite', file: databaseUrl ? path.resolve(databaseUrl.slice('file:'.length)) : path.join(dataDir, 'ycards.db') };
  const port = env.PORT;
  return {
    env: env.NODE_ENV,
    host: env.HOST,
    port,
    publicUrl: (env.PUBLIC_URL ?? `http://localhost:${port}`).replace(/\/+$/, ''),
    dataDir,
    database,
    logLevel: env.LOG_LEVEL,
    firstAdmin:
      env.ADMIN_EMAIL && env.ADMIN_PASSWORD
        ? { email: env.ADMIN_EMAIL, password: env.ADMIN_PASSWORD, name: env.ADMIN_NAME }
        : undefined,
    sessionSecret: env.SESSION_SECRET,
    accessTokenTtlSeconds: env.ACCESS_TOKEN_TTL_SECONDS,
    sessionTtlHours: env.SESSION_TTL_HOURS,
    passwordLinkTtlHours: env.PASSWORD_LINK_TTL_HOURS,
    rateLimitPerMinute: env.RATE_LIMIT_PER_MINUTE,
    redisUrl: env.REDIS_URL ?? null,
    login: {
      maxFailuresPerAccount: env.LOGIN_MAX_FAILURES_PER_ACCOUNT,
      maxFailuresPerClient: env.LOGIN_MAX_FAILURES_PER_CLIENT,
      lockMinutes: env.LOGIN_LOCK_MINUTES,
    },
    corsOrigins: env.CORS_ORIGINS.split(',').map((o) => o.trim()).filter(Boolean),
    trustProxy: parseTrustProxy(env.TRUST_PROXY),
    metricsToken: env.METRICS_TOKEN ?? null,
    organisation: { name: env.ORGANISATION_NAME, helpline: env.ORGANISATION_HELPLINE },
    cards: {
      issuer: env.CARD_ISSUER ?? defaultIssuer(env.PUBLIC_URL ?? `http://localhost:${port}`),
      issuerExplicit: env.CARD_ISSUER !== undefined,
      validityMonths: env.CARD_VALIDITY_MONTHS,
      maxAge: env.CARD_MAX_AGE,
      signingKeys: parseSigningKeys(env.CARD_SIGNING_KEYS),
    },
    verifyRateLimitPerMinute: env.VERIFY_RATE_LIMIT_PER_MINUTE,
    partnerRateLimitPerMinute: env.PARTNER_RATE_LIMIT_PER_MINUTE,
    templatesDir: env.TEMPLATES_DIR ? path.resolve(env.TEMPLATES_DIR) : DEFAULT_TEMPLATES_DIR,
    webDist: path.resolve('web/dist'),
    mail: {
      smtpUrl: env.SMTP_URL ?? null,
      from: env.MAIL_FROM ?? null,
      maxAttempts: env.OUTBOX_MAX_ATTEMPTS,
      pollMs: env.OUTBOX_POLL_MS,
    },
    invitations: { ttlDays: env.INVITATION_TTL_DAYS, maxAttempts: env.INVITATION_MAX_ATTEMPTS, deviceSessionDays: env.DEVICE_SESSION_DAYS },
    reminderJobIntervalMinutes: env.REMINDER_JOB_INTERVAL_MINUTES,
    retentionJobIntervalHours: env.RETENTION_JOB_INTERVAL_HOURS,
    referrals: { dailyCap: env.REFERRAL_DAILY_CAP, perAddressPerHour: env.REFERRAL_RATE_LIMIT_PER_HOUR },
    ...overrides,
  };
}

/**
 * Short (it is in every QR code): "yc-" and 6 hex of the address's hash. Only
 * a first start uses it; the database keeps it for every later start and process.
 */
function defaultIssuer(publicUrl: string): string {
  return `yc-${createHash('sha256').update(new URL(publicUrl).host).digest('hex').slice(0, 6)}`;
}

function parseSigningKeys(text: string | undefined): JWK[] {
  if (!text) return [];
  try {
    const keys = JSON.parse(text) as unknown;
    if (Array.isArray(keys) && keys.every((k) => typeof k === 'object' && k !== null && typeof (k as JWK).kid === 'string')) {
      return keys as JWK[];
    }
  } catch {
    // reported below
  }
  throw new ConfigError('Invalid configuration: CARD_SIGNING_KEYS must be a JSON array of private JWKs, each with a kid');
}

function parseTrustProxy(value: string): boolean | string[] {
  const text = value.trim();
  if (text === 'false' || text === '') return false;
  if (text === 'true') return true;
  const addresses = text.split(',').map((a) => a.trim()).filter(Boolean);
  const valid = (entry: string) => {
    const [address = '', bits, ...rest] = entry.split('/');
    const family = isIP(address);
    if (family === 0 || rest.length > 0) return false;
    return bits === undefined || (/^\d{1,3}$/.test(bits) && Number(bits) <= (family === 4 ? 32 : 128));
  };
  if (addresses.length === 0 || !addresses.every(valid)) {
    throw new ConfigError('Invalid configuration: TRUST_PROXY must be false, true, or the proxies\' addresses (IPs or CIDRs, comma-separated)');
  }
  return addresses;
}
