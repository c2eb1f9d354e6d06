import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import {ReleaseApi, type LeafletExports} from './release-api.js';
import {leafletFileName, type ReleasePanel} from './release-panel.js';
import type {Transport} from '../rounds/rounds-api.js';
import './release-panel.js';

/** Answers the release routes as the server's contract says, from one release, recording each request. */
function releaseTransport(exports?: LeafletExports) {
  const sent: string[] = [];
  let isPublic = false;
  const transport: Transport = {
    async send<T>(method: string, path: string): Promise<T> {
      sent.push(`${method} ${path}`);
      if (path === '/api/documents/d1/releases') {
        return {
          releases: [{id: 'rel1', number: 1, versionId: 'v1', releasedAt: '2026-11-20T10:00:00Z', reviewBy: '2027-11-20', public: isPublic, supersededBy: null}],
        } as T;
      }
      if (path === '/api/versions/v1/print-checks') {
        return {findings: [{rule: 'print-row-split', severity: 'error', message: 'Row 4 is split across two pages.'}]} as T;
      }
      if (path === '/api/leaflet-exports' && exports) return exports as T;
      if (path.endsWith('/publish')) {
        isPublic = true;
        return {} as T;
      }
      throw new Error(`No such route: ${method} ${path}`);
    },
  };
  return {transport, sent};
}

/** A fetch for the leaflet files: the PDF fails as a server without Chromium answers. */
const fileFetch: typeof fetch = async (input) => {
  const url = String(input);
  if (url.endsWith('.pdf')) {
    return new Response(JSON.stringify({error: 'PDF needs Chromium on the server. Install it with: apt-get install chromium'}), {status: 503});
  }
  return new Response('<p>leaflet</p>', {status: 200, headers: {'content-type': 'text/html'}});
};

async function panel(exports?: LeafletExports, files: typeof fetch = fileFetch): Promise<{el: ReleasePanel; sent: string[]}> {
  const {transport, sent} = releaseTransport(exports);
  const el = await fixture<ReleasePanel>(html`<er-release-panel
    .api=${new ReleaseApi(transport, files)}
    document-id="d1"
    document-title="Going to hospital"
    version-id="v1"
    can-publish
  ></er-release-panel>`);
  await waitUntil(() => el.shadowRoot!.querySelector('.releases'), 'the releases did not load');
  return {el, sent};
}

function button(el: ReleasePanel, words: string): HTMLButtonElement {
  const found = [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent?.trim() === words);
  if (!found) throw new Error(`No button "${words}"`);
  return found;
}

describe('er-release-panel', () => {
  it('lists releases with their files and is accessible', async () => {
    const {el} = await panel();
    expect(el.shadowRoot!.textContent).to.contain('Release 1');
    expect(button(el, 'Download the PDF')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('shows the print preview with the checks on the printed page', async () => {
    const {el} = await panel();
    button(el, 'Print preview').click();
    await waitUntil(() => el.shadowRoot!.textContent?.includes('Row 4 is split'), 'no print checks shown');
    expect(el.shadowRoot!.querySelector('iframe')?.getAttribute('src')).to.equal('/api/versions/v1/leaflet.html');
    expect(el.shadowRoot!.textContent).to.contain('Must fix:');
    await expect(el).to.be.accessible();
  });

  it('says in plain words why a file could not be made', async () => {
    const {el} = await panel();
    button(el, 'Download the PDF').click();
    await waitUntil(() => el.shadowRoot!.querySelector('.error'), 'no error shown');
    expect(el.shadowRoot!.querySelector('.error')?.textContent).to.contain('apt-get install chromium');
  });

  it('shows that a long export is working until it is done, and the next download still works', async () => {
    const pending: ((response: Response) => void)[] = [];
    const slowFetch: typeof fetch = () => new Promise<Response>((resolve) => pending.push(resolve));
    const {el} = await panel(undefined, slowFetch);
    const root = el.shadowRoot!;
    for (const words of ['Download the Word file', 'Download the web page']) {
      button(el, words).click();
      await waitUntil(() => root.querySelector('progress'), 'no progress shown');
      expect(root.querySelector('[role=status]')?.textContent).to.match(/^Making the (Word file|web page)\./);
      await expect(el).to.be.accessible();
      pending.shift()!(new Response('file', {status: 200}));
      await waitUntil(() => !root.querySelector('progress'), 'the progress did not end');
      expect(root.querySelector('[role=status]')?.textContent).to.match(/is downloaded\.$/);
    }
  });

  it('says on the PDF and Word buttons how to add Chromium when the server has none', async () => {
    const message = 'PDF and Word files need Chromium on the server. Whoever runs the server can add it with: apt-get install chromium';
    const missing = {available: false, message};
    let fetched = 0;
    const countingFetch: typeof fetch = async (...args) => {
      fetched++;
      return fileFetch(...args);
    };
    const {el} = await panel({html: {available: true, message: null}, pdf: missing, docx: missing}, countingFetch);
    await waitUntil(() => el.shadowRoot!.querySelector('.missing'), 'no explanation shown');
    const pdf = button(el, 'Download the PDF');
    expect(pdf.getAttribute('aria-disabled')).to.equal('true');
    const described = el.shadowRoot!.getElementById(pdf.getAttribute('aria-describedby') ?? '');
    expect(described?.textContent).to.equal(message);
    expect(button(el, 'Download the web page').hasAttribute('aria-disabled')).to.equal(false);
    pdf.click();
    await el.updateComplete;
    expect(fetched).to.equal(0);
    await expect(el).to.be.accessible();
  });

  it('makes a release public and shows its address', async () => {
    const {el, sent} = await panel();
    button(el, 'Make public').click();
    await waitUntil(() => el.shadowRoot!.querySelector('.public'), 'no public address shown');
    expect(sent).to.include('POST /api/releases/rel1/publish');
    expect(el.shadowRoot!.querySelector('.public a')?.getAttribute('href')).to.match(/\/r\/rel1$/);
  });

  it('names files from the title', () => {
    expect(leafletFileName('Going to hospital!', 'pdf')).to.equal('going-to-hospital.pdf');
    expect(leafletFileName('   ', 'docx')).to.equal('leaflet.docx');
  });
});
