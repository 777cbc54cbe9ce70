import net from 'node:net';
import path from 'node:path';
import { DEMO_DISTRICT_DIR } from './data-files.ts';

/** Everything the server reads from its environment, read once and validated. */
export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  businessTimeZone: string;
  cookieSecure: boolean;
  tileUrl: string;
  demoPassword: string;
  /** How many generated cases the demo history holds (a year of them). */
  demoCases: number;
  /** The district profile folder the demo seeds from (docs/district-profile.md). */
  districtDir: string;
  /** Largest JSON body accepted, in bytes. */
  bodyLimit: number;
  /** Directory of the built web app; served when it exists. */
  webDir: string;
  /**
   * Which proxies to believe about the client's address (X-Forwarded-For): false (default),
   * true (any: only when nothing else can reach the server), a hop count, or addresses/CIDRs.
   */
  trustProxy: boolean | number | string[];
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

function parsePort(raw: string | undefined, name: string, fallback: number): number {
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0 || n > 65535) {
    throw new ConfigError(`${name} must be a port number from 0 to 65535, got "${raw}"`);
  }
  return n;
}

function parseBool(raw: string | undefined, name: string, fallback: boolean): boolean {
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes', 'on'].includes(raw.toLowerCase())) return true;
  if (['0', 'false', 'no', 'off'].includes(raw.toLowerCase())) return false;
  throw new ConfigError(`${name} must be true or false, got "${raw}"`);
}

function parseTimeZone(raw: string): string {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: raw });
    return raw;
  } catch {
    throw new ConfigError(`TZ_BUSINESS must be an IANA time zone such as Asia/Shanghai, got "${raw}"`);
  }
}

function parseDatabaseUrl(raw: string | undefined, dataDir: string): string {
  if (raw === undefined || raw === '') return `sqlite:${path.join(dataDir, 'envgrid.db')}`;
  if (raw.startsWith('sqlite:') && raw.length > 'sqlite:'.length) return raw;
  if (/^postgres(ql)?:\/\//.test(raw)) {
    try {
      new URL(raw);
      return raw;
    } catch {
      /* fall through to the error below */
    }
  }
  throw new ConfigError(`DATABASE_URL must be sqlite:PATH or postgres://user@host:port/db, got "${raw}"`);
}

function parseTrustProxy(raw: string | undefined): Config['trustProxy'] {
  if (raw === undefined || raw.trim() === '') return false;
  const v = raw.trim().toLowerCase();
  if (['0', 'false', 'no', 'off'].includes(v)) return false;
  if (['true', 'yes', 'on'].includes(v)) return true;
  if (/^[1-9]\d?$/.test(v)) return Number(v);
  const list = v.split(',').map((s) => s.trim());
  const ok = list.every((entry) => {
    const [addr, bits, ...rest] = entry.split('/');
    if (rest.length > 0 || !addr || net.isIP(addr) === 0) return false;
    if (bits === undefined) return true;
    const max = net.isIP(addr) === 4 ? 32 : 128;
    return /^\d{1,3}$/.test(bits) && Number(bits) <= max;
  });
  if (!ok)
    throw new ConfigError(
      `ENVGRID_TRUST_PROXY must be false, true, a hop count (1-99) or addresses/CIDRs such as 10.0.0.1,192.168.0.0/16, got "${raw}"`,
    );
  return list;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): Config {
  const dataDir = path.resolve(cwd, env.ENVGRID_DATA_DIR || 'var');
  const logLevel = (env.LOG_LEVEL || 'info').toLowerCase();
  if (!(LOG_LEVELS as readonly string[]).includes(logLevel)) {
    throw new ConfigError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${env.LOG_LEVEL}"`);
  }
  const bodyLimitRaw = env.ENVGRID_BODY_LIMIT;
  const bodyLimit = bodyLimitRaw ? Number(bodyLimitRaw) : 1024 * 1024;
  if (!Number.isInteger(bodyLimit) || bodyLimit < 1024) {
    throw new ConfigError(
      `ENVGRID_BODY_LIMIT must be a whole number of bytes, at least 1024, got "${bodyLimitRaw}"`,
    );
  }
  const demoCasesRaw = env.ENVGRID_DEMO_CASES;
  const demoCases = demoCasesRaw ? Number(demoCasesRaw) : 20_000;
  if (!Number.isInteger(demoCases) || demoCases < 0 || demoCases > 1_000_000)
    throw new ConfigError(
      `ENVGRID_DEMO_CASES must be a whole number from 0 to 1000000, got "${demoCasesRaw}"`,
    );
  const demoPassword = env.ENVGRID_DEMO_PASSWORD || 'envgrid-demo';
  if (demoPassword.length < 8) throw new ConfigError('ENVGRID_DEMO_PASSWORD must be at least 8 characters');
  return {
    port: parsePort(env.PORT, 'PORT', 3000),
    host: env.HOST || '127.0.0.1',
    dataDir,
    databaseUrl: parseDatabaseUrl(env.DATABASE_URL, dataDir),
    logLevel: logLevel as Config['logLevel'],
    businessTimeZone: parseTimeZone(env.TZ_BUSINESS || 'Asia/Shanghai'),
    cookieSecure: parseBool(env.ENVGRID_COOKIE_SECURE, 'ENVGRID_COOKIE_SECURE', false),
    tileUrl: env.ENVGRID_TILE_URL ?? '',
    demoPassword,
    demoCases,
    districtDir: env.ENVGRID_DISTRICT_DIR ? path.resolve(cwd, env.ENVGRID_DISTRICT_DIR) : DEMO_DISTRICT_DIR,
    bodyLimit,
    webDir: path.resolve(cwd, env.ENVGRID_WEB_DIR || path.join(import.meta.dirname, '../../web/dist')),
    trustProxy: parseTrustProxy(env.ENVGRID_TRUST_PROXY),
  };
}
