/**
 * The fixture every end-to-end file starts from: the real app (`npm start`) and Debian's
 * Chromium for one `describe`, and pages on the app in their own browser contexts,
 * signed in and on a document when a test needs that.
 *
 * @module
 */
import {after, before} from 'node:test';
import type {Browser, BrowserContext, Page} from 'playwright-core';
import {editorText, launchBrowser, pageErrors, signInThroughForm, startApp, waitForText, type Account, type RunningApp} from './support.js';

/** A page on the app in a browser context of its own (its own cookies and storage). */
export interface AppPage {
  readonly context: BrowserContext;
  readonly page: Page;
  /** The page's uncaught errors so far, to assert there were none. */
  readonly errors: string[];
}

/** The size of a new page; the default is 1100 × 800. */
export interface Viewport {
  readonly width: number;
  readonly height: number;
}

/** What {@link useApp} gives a `describe`. */
export interface AppFixture {
  /** The running app. Read it in hooks and tests, once `before` has run. */
  readonly app: RunningApp;
  /** The browser. Read it in hooks and tests, once `before` has run. */
  readonly browser: Browser;
  /** A new context with a page on the app at `path` (default: the front page), nobody signed in. */
  newPage(path?: string, viewport?: Viewport): Promise<AppPage>;
  /** A new context with a page signed in as `account` through the form, showing the team's documents. */
  signIn(account: Account, viewport?: Viewport): Promise<AppPage>;
  /** A page signed in as `account` (as `signIn`) that has opened document `id` and shows `text` in the editor. */
  openDocument(account: Account, id: string, text: string | RegExp): Promise<AppPage>;
}

/**
 * Registers `before` and `after` hooks in the calling `describe`: `before` starts the
 * app on a free port with its own data and launches Chromium; `after` closes the
 * browser (and every context still open) and stops the app, deleting its data. Call
 * it first in the `describe`, so that the file's own `before` hooks run after it.
 */
export function useApp(): AppFixture {
  let running: RunningApp | undefined;
  let chromium: Browser | undefined;
  before(async () => {
    running = await startApp();
    chromium = await launchBrowser();
  });
  after(async () => {
    await chromium?.close();
    await running?.stop();
  });

  const fixture: AppFixture = {
    get app() {
      if (!running) throw new Error('The app is not running yet: read `app` in a hook or a test, not in `describe`.');
      return running;
    },
    get browser() {
      if (!chromium) throw new Error('The browser is not launched yet: read `browser` in a hook or a test, not in `describe`.');
      return chromium;
    },
    async newPage(path = '/', viewport = {width: 1100, height: 800}) {
      const context = await fixture.browser.newContext({viewport});
      const page = await context.newPage();
      const errors = pageErrors(page);
      await page.goto(`${fixture.app.url}${path}`);
      return {context, page, errors};
    },
    async signIn(account, viewport) {
      const opened = await fixture.newPage('/', viewport);
      await signInThroughForm(opened.page, account);
      return opened;
    },
    async openDocument(account, id, text) {
      const opened = await fixture.signIn(account);
      await opened.page.goto(`${fixture.app.url}/#/documents/${encodeURIComponent(id)}`);
      await waitForText(editorText(opened.page), text);
      return opened;
    },
  };
  return fixture;
}
