import path from 'node:path';
import { specialDaysOfYear } from '@bemanna/calendar';
import { validateCronExpression } from 'cron';
import { z } from 'zod';

/** The repository root, so the default data folder does not depend on the working directory. */
const REPO_ROOT = path.resolve(__dirname, '../../../..');

/** Everything the API reads from its environment, validated once at start. */
export interface AppConfig {
  port: number;
  /** A PostgreSQL server to use; without it the API runs an embedded one (PGlite). */
  databaseUrl?: string;
  /** Where the embedded PostgreSQL keeps its files. */
  dataDir: string;
  /** IANA time zone that defines local days and opening hours. */
  timezone: string;
  /** ISO 3166 country of the public-holiday calendar, or `none`. */
  country: string;
  /** Load the demo contact centre into an empty database on start. */
  seedDemo: boolean;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** Built web app served at `/` when the folder exists. */
  webDir: string;
  /** When the nightly forecast refresh runs (cron, local time), or null when off. */
  nightlyForecast: string | null;
}

function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

function isCountry(code: string): boolean {
  try {
    specialDaysOfYear(2025, code);
    return true;
  } catch {
    return false;
  }
}

const schema = z.object({
  PORT: z.coerce
    .number({ error: 'must be a number' })
    .int('must be a whole number')
    .min(0, 'must be 0..65535')
    .max(65535, 'must be 0..65535')
    .default(3000),
  DATABASE_URL: z
    .string()
    .regex(
      /^postgres(ql)?:\/\/\S+$/,
      'must be a postgres:// URL, e.g. postgres://user@host:5432/db',
    )
    .optional(),
  BEMANNA_DATA_DIR: z.string().min(1).default(path.join(REPO_ROOT, '.data/pglite')),
  TZ_NAME: z
    .string()
    .refine(isTimeZone, 'must be an IANA time zone such as Europe/Stockholm')
    .default('Europe/Stockholm'),
  COUNTRY: z
    .string()
    .refine(isCountry, 'must be an ISO 3166 country code such as SE, or "none"')
    .default('SE'),
  BEMANNA_SEED_DEMO: z.enum(['true', 'false'], { error: 'must be true or false' }).default('true'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  BEMANNA_WEB_DIR: z.string().min(1).default(path.join(REPO_ROOT, 'apps/web/dist')),
  BEMANNA_NIGHTLY_FORECAST: z
    .string()
    .refine(
      (value) => value === 'off' || validateCronExpression(value).valid,
      'must be a cron expression such as "0 2 * * *" (02:00 every day), or "off"',
    )
    .default('0 2 * * *'),
});

/** A bad environment variable, with every problem on its own line. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/** Reads and validates the configuration; empty variables count as unset. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const present = Object.fromEntries(
    Object.entries(env).filter(([, value]) => value !== undefined && value !== ''),
  );
  const parsed = schema.safeParse(present);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => {
      const name = issue.path.join('.');
      return `  ${name}=${JSON.stringify(present[name] ?? '')}: ${issue.message}`;
    });
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const values = parsed.data;
  return {
    port: values.PORT,
    databaseUrl: values.DATABASE_URL,
    dataDir: path.resolve(values.BEMANNA_DATA_DIR),
    timezone: values.TZ_NAME,
    country: values.COUNTRY,
    seedDemo: values.BEMANNA_SEED_DEMO === 'true',
    logLevel: values.LOG_LEVEL,
    webDir: path.resolve(values.BEMANNA_WEB_DIR),
    nightlyForecast:
      values.BEMANNA_NIGHTLY_FORECAST === 'off' ? null : values.BEMANNA_NIGHTLY_FORECAST,
  };
}

/** Injection token for the validated configuration. */
export const APP_CONFIG = Symbol('APP_CONFIG');
