import assert from 'node:assert/strict';
import {existsSync, readFileSync} from 'node:fs';
import {createServer, type IncomingMessage, type Server, type ServerResponse} from 'node:http';
import {extname, join, normalize} from 'node:path';
import {after, before, describe, it} from 'node:test';
import {fileURLToPath} from 'node:url';
import type {Browser, Page} from 'playwright-core';
import {freePort, launchBrowser, pageErrors, waitForText} from './support.js';

/**
 * The embed bundle on someone else's page: a page server (its own origin, a strict CSP,
 * no inline script or style) and a widget server that serves only `dist/`, as the team
 * server does (CORS-readable scripts). Build first: `npx vite build`.
 */
const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');
const types: Record<string, string> = {'.js': 'text/javascript', '.css': 'text/css', '.html': 'text/html'};

const hostileCss = '* { font: 30px serif !important; box-sizing: content-box } button { all: unset } div { display: inline }';

function listen(handler: (req: IncomingMessage, res: ServerResponse) => void): Promise<{server: Server; origin: string}> {
  return freePort().then(
    (port) =>
      new Promise((resolve) => {
        const server = createServer(handler);
        server.listen(port, '127.0.0.1', () => resolve({server, origin: `http://127.0.0.1:${port}`}));
      })
  );
}

/** A page loading `bundles` from the widget server (`WIDGET` stands for its origin until served). */
function page(title: string, body: string, extra: {css?: string[]; scripts?: string[]; bundles?: string[]} = {}): string {
  const bundles = (extra.bundles ?? ['/easy-read.js']).map((src) => `<script type="module" src="WIDGET${src}"></script>`).join('');
  const links = (extra.css ?? []).map((href) => `<link rel="stylesheet" href="${href}">`).join('');
  const scripts = (extra.scripts ?? []).map((src) => `<script defer src="${src}"></script>`).join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title><link rel="stylesheet" href="/page.css">${links}
<script type="module" src="/record.js"></script>${scripts}${bundles}</head><body>${body}</body></html>`;
}

const twoEditors = `<main><h1>Leaflets</h1>
<er-editor id="a" name="a" label="First leaflet"></er-editor><er-checks-panel for="a" id="panel-a"></er-checks-panel>
<er-editor id="b" name="b" label="Second leaflet"></er-editor><er-checks-panel for="b" id="panel-b"></er-checks-panel></main>`;

/** Records the bundle's events and errors where the test can read them (no inline scripts under the CSP). */
const recordJs = `window.erEvents = [];
for (const type of ['er-checks', 'er-saved', 'er-error']) document.addEventListener(type, (event) => {
  window.erEvents.push({type, target: event.composedPath()[0].id, findings: event.findings ? event.findings.length : 0});
});`;

const reactApp = `const h = React.createElement;
function Leaflet() {
  const ref = React.useRef(null);
  const [count, setCount] = React.useState(-1);
  React.useEffect(() => {
    const editor = ref.current;
    const listener = (event) => setCount(event.findings.length);
    editor.addEventListener('er-checks', listener);
    return () => editor.removeEventListener('er-checks', listener);
  }, []);
  return h('main', null, h('h1', null, 'React page'), h('er-editor', {ref, id: 'r', name: 'react', label: 'React leaflet'}),
    h('p', {id: 'count'}, count < 0 ? 'Not checked yet' : 'Problems: ' + count));
}
ReactDOM.createRoot(document.getElementById('root')).render(h(Leaflet));`;

describe('the embed bundle on another site', {timeout: 120_000}, () => {
  let widget: {server: Server; origin: string};
  let site: {server: Server; origin: string};
  let browser: Browser;

  before(async () => {
    assert.ok(existsSync(join(dist, 'easy-read.js')), 'dist/easy-read.js is missing: run "npx vite build" first');
    widget = await listen((req: IncomingMessage, res: ServerResponse) => {
      const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
      const file = join(dist, path.endsWith('/') ? `${path}index.html` : path);
      if (!file.startsWith(dist) || !existsSync(file) || !extname(file)) return void res.writeHead(404).end();
      res.writeHead(200, {'content-type': types[extname(file)] ?? 'application/octet-stream', 'access-control-allow-origin': '*'}).end(readFileSync(file));
    });
    const files: Record<string, string> = {
      '/page.css': 'body { margin: 0; } er-editor, er-checks-panel { display: block; width: 640px; }',
      '/hostile.css': hostileCss,
      '/record.js': recordJs,
      '/react-app.js': reactApp,
      '/react.js': readFileSync(join(root, 'node_modules/react/umd/react.production.min.js'), 'utf8'),
      '/react-dom.js': readFileSync(join(root, 'node_modules/react-dom/umd/react-dom.production.min.js'), 'utf8'),
      '/plain.html': page('Plain', twoEditors),
      '/hostile.html': page('Hostile', twoEditors, {css: ['/hostile.css']}),
      '/twice.html': page('Twice', twoEditors, {bundles: ['/easy-read-document.js', '/easy-read.js', '/easy-read.js?again']}),
      '/react.html': page('React', '<div id="root"></div>', {scripts: ['/react.js', '/react-dom.js', '/react-app.js']}),
    };
    site = await listen((req: IncomingMessage, res: ServerResponse) => {
      const path = new URL(req.url ?? '/', 'http://x').pathname;
      const body = files[path];
      if (path === '/favicon.ico') return void res.writeHead(204).end();
      if (body === undefined) return void res.writeHead(404).end();
      res.writeHead(200, {
        'content-type': types[extname(path)]!,
        'content-security-policy': `default-src 'self'; script-src 'self' ${widget.origin}; style-src 'self'; img-src 'self' ${widget.origin} data:; connect-src 'self' ${widget.origin}`,
      }).end(path.endsWith('.html') ? body.replaceAll('WIDGET', widget.origin) : body);
    });
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    widget?.server.close();
    site?.server.close();
  });

  /** Opens `path` of the page server in a fresh browser context, collecting page errors and CSP reports. */
  async function open(path: string): Promise<{page: Page; errors: string[]}> {
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors = pageErrors(page);
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.goto(`${site.origin}${path}`);
    await page.locator('er-editor .ProseMirror').first().waitFor({timeout: 15_000}).catch((error: unknown) => {
      throw new Error(`The embedded editor did not appear. The page said: ${JSON.stringify(errors)}`, {cause: error});
    });
    return {page, errors};
  }

  it('types into the embedded editor under a strict CSP, shows a finding and fires er-checks; two editors stay apart', async () => {
    const {page, errors} = await open('/plain.html');
    await page.locator('#a .ProseMirror').click();
    await page.keyboard.type('The medication was administered by the consultant.');
    await waitForText(page.locator('#panel-a .item__message').first(), /./u);
    await page.waitForFunction(() => (window as unknown as {erEvents: {type: string; target: string; findings: number}[]}).erEvents.some((e) => e.type === 'er-checks' && e.target === 'a' && e.findings > 0));
    assert.equal(await page.locator('#b .ProseMirror').innerText().then((text) => text.includes('medication')), false, 'the second editor did not get the text');
    assert.equal(await page.locator('#panel-b .item__message').count(), 0, 'the second panel lists none of the first editor’s problems');
    assert.deepEqual(errors, [], 'no page errors and no CSP violations');

    // Standalone: the draft stays in this browser, under the element's name.
    await page.waitForFunction(() => (window as unknown as {erEvents: {type: string; target: string}[]}).erEvents.some((e) => e.type === 'er-saved' && e.target === 'a'));
    await page.reload();
    await waitForText(page.locator('#a .ProseMirror'), /administered by the consultant/u);
    assert.doesNotMatch(await page.locator('#b .ProseMirror').innerText(), /administered/u);
  });

  it('looks the same inside under a hostile page stylesheet', async () => {
    const measure = async (page: Page) => {
      await page.locator('#a .ProseMirror').click();
      await page.keyboard.type('One short line.');
      await page.locator('#a .er-row').first().waitFor();
      return page.evaluate(() => {
        const editor = document.querySelector('#a')!.shadowRoot!;
        const text = editor.querySelector('.ProseMirror')!;
        const toolbar = editor.querySelector('er-toolbar')!.shadowRoot!;
        const button = toolbar.querySelector('button')!.getBoundingClientRect();
        const row = editor.querySelector('.er-row')!.getBoundingClientRect();
        const style = getComputedStyle(text);
        return {
          font: `${style.fontFamily} ${style.fontSize} ${style.lineHeight}`,
          button: [Math.round(button.width), Math.round(button.height)],
          row: [Math.round(row.width), Math.round(row.height), getComputedStyle(editor.querySelector('.er-row')!).display],
        };
      });
    };
    const plain = await open('/plain.html');
    const hostile = await open('/hostile.html');
    assert.notEqual(await hostile.page.evaluate(() => getComputedStyle(document.body).fontSize), '16px', 'the hostile stylesheet did apply to the page');
    assert.deepEqual(await measure(hostile.page), await measure(plain.page));
    assert.deepEqual(hostile.errors, []);
  });

  it('loads twice, and with the viewer bundle, without "already defined"', async () => {
    const {page, errors} = await open('/twice.html');
    await page.locator('#a .ProseMirror').click();
    await page.keyboard.type('Hello.');
    await waitForText(page.locator('#a .ProseMirror'), /Hello\./u);
    assert.equal(await page.evaluate(() => ['er-editor', 'er-checks-panel', 'er-score', 'er-review', 'er-document'].every((tag) => customElements.get(tag))), true);
    assert.deepEqual(errors, []);
  });

  it('shows the docs page with live elements that check as you type', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors = pageErrors(page);
    await page.goto(`${widget.origin}/docs/`);
    await page.locator('#demo-editor .ProseMirror').click();
    await page.keyboard.type('The medication was administered by the consultant.');
    await waitForText(page.locator('#element-er-checks-panel ~ .docs__demo .item__message').first(), /./u);
    assert.deepEqual(errors, []);
  });

  it('works inside a React 18 page', async () => {
    const {page, errors} = await open('/react.html');
    await page.locator('#r .ProseMirror').click();
    await page.keyboard.type('We will utilise the consultant.');
    await waitForText(page.locator('#count'), /^Problems: [1-9]/u);
    assert.deepEqual(errors, []);
  });
});
