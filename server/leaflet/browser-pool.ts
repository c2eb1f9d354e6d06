/**
 * One headless Chromium for the whole server, shared by every export: launched on
 * first use, at most `maxPages` pages at once, and at most `maxQueue` more jobs
 * waiting. Beyond that a job is refused at once with `ExportBusyError`, so ten
 * exports at once never start ten browsers and a flood cannot pile up behind them.
 *
 * Pages have no network: every request that is not `data:` or `about:` is aborted
 * (leaflets are self-contained; this keeps them so).
 *
 * @module
 */
import {existsSync} from 'node:fs';
import type {Browser, Page} from 'playwright-core';

/** What to tell people when the server has no Chromium. */
export const chromiumMissingMessage =
  'PDF and Word files need Chromium on the server. Whoever runs the server can add it with: apt-get install chromium';

/** Thrown when Chromium is not installed or will not start. `message` says how to add it. */
export class ChromiumMissingError extends Error {
  override readonly name = 'ChromiumMissingError';
}

/** Thrown when `maxPages` jobs run and `maxQueue` more wait. */
export class ExportBusyError extends Error {
  override readonly name = 'ExportBusyError';
  constructor() {
    super('Too many exports at once. Please try again in a minute.');
  }
}

/** Options for {@link BrowserPool}. */
export interface BrowserPoolOptions {
  /** Chromium's path (default `CHROME_PATH`, else `/usr/bin/chromium`). */
  readonly executablePath?: string;
  /** Pages open at once (default 2: the server has few cores). */
  readonly maxPages?: number;
  /** Jobs that may wait for a page (default 20). */
  readonly maxQueue?: number;
}

/** The flags headless Chromium needs on a server (and in the tests): no sandbox as root, no GPU, no background traffic. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** A shared browser with a bounded queue. See the module doc. */
export class BrowserPool {
  /** How many times a browser was launched (1 while it keeps running). */
  launches = 0;
  private readonly executablePath: string;
  private readonly maxPages: number;
  private readonly maxQueue: number;
  private browser: Promise<Browser> | null = null;
  private active = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(options: BrowserPoolOptions = {}) {
    this.executablePath = options.executablePath ?? (process.env['CHROME_PATH'] || '/usr/bin/chromium');
    this.maxPages = options.maxPages ?? 2;
    this.maxQueue = options.maxQueue ?? 20;
  }

  /**
   * Runs `job` with a fresh page (A4 width, no network) and closes the page after.
   * Throws `ExportBusyError` at once when the queue is full, `ChromiumMissingError`
   * when there is no browser; otherwise whatever `job` throws.
   */
  async withPage<T>(job: (page: Page) => Promise<T>): Promise<T> {
    await this.acquire();
    try {
      const browser = await this.launch();
      const context = await browser.newContext({viewport: {width: 794, height: 1123}});
      try {
        await context.route('**/*', (route) => route.abort());
        return await job(await context.newPage());
      } finally {
        await context.close();
      }
    } finally {
      this.release();
    }
  }

  /**
   * Why PDF and Word files cannot be made here, in plain words with how to add what is
   * missing, or `null` when Chromium and playwright-core are both there. Launches nothing.
   */
  async missing(): Promise<string | null> {
    if (!existsSync(this.executablePath)) return chromiumMissingMessage;
    const playwright = await import('playwright-core').catch(() => null);
    return playwright ? null : `${chromiumMissingMessage} It also needs the playwright-core package: npm install playwright-core`;
  }

  /** Closes the browser, if one was launched. Jobs after this launch a new one. */
  async close(): Promise<void> {
    const browser = this.browser;
    this.browser = null;
    if (browser) await browser.then((b) => b.close(), () => undefined);
  }

  private acquire(): Promise<void> {
    if (this.active < this.maxPages) {
      this.active++;
      return Promise.resolve();
    }
    if (this.waiting.length >= this.maxQueue) return Promise.reject(new ExportBusyError());
    // The slot passes straight from `release` to the waiter, so `active` stays counted.
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  private release(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.active--;
  }

  private launch(): Promise<Browser> {
    this.browser ??= this.start().catch((error: unknown) => {
      this.browser = null;
      throw error;
    });
    return this.browser;
  }

  private async start(): Promise<Browser> {
    const missing = await this.missing();
    if (missing) throw new ChromiumMissingError(missing);
    // Loaded only when needed, so the server runs (without PDFs) where it is not installed.
    const playwright = await import('playwright-core');
    let browser: Browser;
    try {
      browser = await playwright.chromium.launch({executablePath: this.executablePath, args: chromiumArgs});
    } catch (error) {
      const why = error instanceof Error ? error.message.split('\n')[0] : String(error);
      throw new ChromiumMissingError(`PDF and Word files need Chromium on the server, and it would not start (${why}). Whoever runs the server can reinstall it with: apt-get install chromium`);
    }
    this.launches++;
    browser.on('disconnected', () => {
      if (this.browser) this.browser = null;
    });
    return browser;
  }
}

let shared: BrowserPool | undefined;

/** The server's one pool, made on first use. */
export function sharedBrowserPool(): BrowserPool {
  shared ??= new BrowserPool();
  return shared;
}

/** Closes the server's pool on shutdown (does nothing if it was never used). */
export async function closeSharedBrowserPool(): Promise<void> {
  await shared?.close();
}
