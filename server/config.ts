/**
 * The server's settings, read once from the environment by `loadConfig`. Everything
 * here is plain data, so tests build a config object directly.
 *
 * @module
 */
import {resolve} from 'node:path';
import type {LoginLimit} from './model/login-limit.js';

/** Settings for `createApp`. Every field has a default in `loadConfig`. */
export interface ServerConfig {
  /** The built app to serve (`DIST_DIR`, default `./dist`). */
  readonly distDir: string;
  /**
   * Who may show the app in a frame, as a CSP `frame-ancestors` source list
   * (`FRAME_ANCESTORS`, default `'self'`). An intranet that embeds the app adds its origin here.
   */
  readonly frameAncestors: string;
  /**
   * Other sites' pages that may call the API from the browser, with the signed-in
   * person's cookie (`ALLOWED_ORIGINS`: comma-separated exact origins such as
   * `https://intranet.example.nhs.uk`; default none). Only these get CORS answers
   * and pass the CSRF guard's same-site check; see `http/cors.ts` and `http/session.ts`.
   */
  readonly allowedOrigins: readonly string[];
  /**
   * Whether a reverse proxy in front sets `X-Forwarded-Proto` and `X-Forwarded-For`
   * truthfully (`TRUST_PROXY=1`, default off). Off means those headers are ignored,
   * because anyone can send them.
   */
  readonly trustProxy: boolean;
  /** The largest request body accepted, in bytes (`MAX_BODY_BYTES`, default 5 MiB: documents may hold pictures). */
  readonly maxBodyBytes: number;
  /** How long a sign-in lasts, in hours (`SESSION_HOURS`, default 12: one working day). */
  readonly sessionHours: number;
  /** How long a review link lasts when the author does not say, in days (default 14). */
  readonly inviteDays: number;
  /**
   * Password guessing limits (default: 5 wrong passwords per email at one address, and
   * per person for their current password; 20 wrong sign-ins per address; in 15 minutes).
   */
  readonly loginLimit: LoginLimit;
  /**
   * The scrypt cost as a power of two (default 15, that is N = 32768, r = 8, p = 1).
   * The cost is stored with each hash, so raising it later keeps old passwords working.
   * Tests lower it to stay fast.
   */
  readonly passwordCost: number;
}

/** The defaults, for tests that override only a field or two. */
export const defaultConfig: ServerConfig = {
  distDir: resolve('dist'),
  frameAncestors: "'self'",
  allowedOrigins: [],
  trustProxy: false,
  maxBodyBytes: 5 * 1024 * 1024,
  sessionHours: 12,
  inviteDays: 14,
  loginLimit: {maxFailures: 5, maxFailuresPerAddress: 20, windowMinutes: 15},
  passwordCost: 15,
};

/**
 * Reads the settings from environment variables (see each field of `ServerConfig`).
 * Throws `RangeError` naming the variable when a number is not a positive whole number,
 * or an allowed origin is not an origin.
 */
export function loadConfig(env: Readonly<Record<string, string | undefined>>): ServerConfig {
  return {
    distDir: resolve(env['DIST_DIR'] || 'dist'),
    frameAncestors: env['FRAME_ANCESTORS']?.trim() || defaultConfig.frameAncestors,
    allowedOrigins: origins(env['ALLOWED_ORIGINS'] ?? ''),
    trustProxy: env['TRUST_PROXY'] === '1' || env['TRUST_PROXY'] === 'true',
    maxBodyBytes: positive(env, 'MAX_BODY_BYTES', defaultConfig.maxBodyBytes),
    sessionHours: positive(env, 'SESSION_HOURS', defaultConfig.sessionHours),
    inviteDays: defaultConfig.inviteDays,
    loginLimit: defaultConfig.loginLimit,
    passwordCost: defaultConfig.passwordCost,
  };
}

/**
 * Reads a comma-separated list of origins (`https://host[:port]`, nothing after it but
 * an optional `/`), each in the form browsers send in `Origin`.
 */
function origins(raw: string): string[] {
  const list = raw.split(',').map((entry) => entry.trim()).filter((entry) => entry !== '');
  return list.map((entry) => {
    const url = URL.canParse(entry) ? new URL(entry) : null;
    const bare = url && /^[a-z][a-z0-9+.-]*:\/\/[^/?#@]+\/?$/i.test(entry);
    if (!url || !bare || url.origin === 'null') {
      throw new RangeError(`ALLOWED_ORIGINS must list origins such as https://intranet.example.nhs.uk, separated by commas, not "${entry}".`);
    }
    return url.origin;
  });
}

function positive(env: Readonly<Record<string, string | undefined>>, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0) {
    throw new RangeError(`${name} must be a positive whole number, not "${raw}".`);
  }
  return value;
}
