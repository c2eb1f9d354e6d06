import {expect, fixture, html} from '@open-wc/testing';
import type {Manifest} from './manifest-model.js';
import './docs-page.js';
import type {DocsPage} from './docs-page.js';

async function setup() {
  const manifest = (await (await fetch('/custom-elements.json')).json()) as Manifest;
  const page = await fixture<DocsPage>(html`<er-docs-page origin="https://easy-read.example.nhs.uk" .manifest=${manifest}></er-docs-page>`);
  await page.updateComplete;
  const root = page.shadowRoot!;
  const texts = (selector: string) => [...root.querySelectorAll(selector)].map((node) => node.textContent!.replace(/\s+/g, ' ').trim());
  return {page, root, texts};
}

describe('er-docs-page', () => {
  it('shows the two-line snippet, each element with its API from the manifest, and the theming example', async () => {
    const {root, texts} = await setup();
    expect(texts('pre code')[0]).to.equal(
      '<script type="module" src="https://easy-read.example.nhs.uk/easy-read.js"></script> <er-editor name="my-leaflet"></er-editor>'
    );
    expect(texts('h2 code')).to.deep.equal(['<er-editor>', '<er-checks-panel>', '<er-score>', '<er-review>', '<er-document>']);
    const editor = root.querySelector('#element-er-editor')!.closest('section')!;
    const cells = [...editor.querySelectorAll('td:first-child code')].map((code) => code.textContent);
    for (const name of ['name', 'server', 'getDocument', 'setDocument', 'check', 'focus', 'er-change', 'er-checks', 'er-saved', 'er-error', 'toolbar', '--er-accent']) {
      expect(cells, name).to.include(name);
    }
    expect(texts('pre code').join('\n')).to.include('--er-accent: #005eb8');
    expect(root.querySelector('er-editor#demo-editor')).to.exist;
  });

  it('says when the snippet is copied', async () => {
    const {root} = await setup();
    root.querySelector<HTMLButtonElement>('.docs__copy')!.click();
    await new Promise<void>((resolve) => {
      const status = root.querySelector('[role="status"]')!;
      const observer = new MutationObserver(() => {
        if (status.textContent) {
          observer.disconnect();
          resolve();
        }
      });
      observer.observe(status, {childList: true, characterData: true, subtree: true});
    });
    expect(root.querySelector('[role="status"]')!.textContent).to.match(/Copied|could not copy/u);
  });

  it('is accessible', async () => {
    const {page} = await setup();
    await expect(page).to.be.accessible();
  });
});
