import {LitElement, html, nothing, type TemplateResult} from 'lit';
import {customElement, property, state} from 'lit/decorators.js';
import {elementsOf, type ApiItem, type ElementApi, type Manifest} from './manifest-model.js';
import {sampleRelease} from './docs-sample.js';
import {styles, themeExample} from './docs-page.styles.js';

/** Each element's live example; the panels show the editor above them. */
const demos: Readonly<Record<string, () => TemplateResult>> = {
  'er-editor': () => html`<er-editor id="demo-editor" name="docs-demo" label="Try the editor"></er-editor>`,
  'er-checks-panel': () => html`<er-checks-panel for="demo-editor"></er-checks-panel>`,
  'er-score': () => html`<er-score for="demo-editor"></er-score>`,
  'er-document': () => html`<er-document .releaseData=${sampleRelease}></er-document>`,
  'er-review': () => html`<p>The review screen needs a review link. Give it <code>token</code> from the link after <code>#</code>.</p>`,
};

/** The markup to copy for each element. */
const snippets: Readonly<Record<string, (origin: string) => string>> = {
  'er-editor': () => '<er-editor name="my-leaflet"></er-editor>',
  'er-checks-panel': () => '<er-checks-panel for="my-editor"></er-checks-panel>',
  'er-score': () => '<er-score for="my-editor"></er-score>',
  'er-document': (origin) => `<er-document release="RELEASE-ID" server="${origin}"></er-document>`,
  'er-review': (origin) => `<er-review token="TOKEN" server="${origin}"></er-review>`,
};

/**
 * The embedding guide at `/docs`: the two-line snippet to copy, a theming example, and
 * for each element a live example and its attributes, methods, events, parts and custom
 * properties, all read from `custom-elements.json` (given as `manifest`), so nothing is
 * written twice.
 *
 * @summary How to embed Easy Read Studio in another page.
 */
@customElement('er-docs-page')
export class DocsPage extends LitElement {
  static override styles = styles;

  /** The parsed `custom-elements.json`. */
  @property({attribute: false}) manifest?: Manifest;

  /** The address the snippets load the bundle from (default: this page's origin). */
  @property() origin = typeof location === 'undefined' ? '' : location.origin;

  /** What the last copy did, said in the live region. */
  @state() private copyStatus = '';

  private snippet(): string {
    return `<script type="module" src="${this.origin}/easy-read.js"></script>\n<er-editor name="my-leaflet"></er-editor>`;
  }

  private async copy(): Promise<void> {
    try {
      await navigator.clipboard.writeText(this.snippet());
      this.copyStatus = 'Copied. Paste it into your page.';
    } catch {
      this.copyStatus = 'We could not copy it. Select the text and copy it yourself.';
    }
  }

  private renderTable(caption: string, items: readonly ApiItem[], withType = false) {
    if (items.length === 0) return nothing;
    return html`<table>
      <caption>${caption}</caption>
      <thead>
        <tr><th scope="col">Name</th>${withType ? html`<th scope="col">Type</th>` : nothing}<th scope="col">What it does</th></tr>
      </thead>
      <tbody>
        ${items.map(
          (item) => html`<tr><td><code>${item.name}</code></td>${withType ? html`<td><code>${item.type}</code></td>` : nothing}<td>${item.description}</td></tr>`
        )}
      </tbody>
    </table>`;
  }

  private renderElement(element: ElementApi) {
    const id = `element-${element.tag}`;
    return html`<section class="docs__section" aria-labelledby=${id}>
      <h2 id=${id}><code>&lt;${element.tag}&gt;</code></h2>
      <p>${element.summary}</p>
      <pre><code>${snippets[element.tag]?.(this.origin) ?? `<${element.tag}></${element.tag}>`}</code></pre>
      <div class="docs__demo">${demos[element.tag]?.() ?? nothing}</div>
      ${this.renderTable('Attributes', element.attributes, true)}
      ${this.renderTable('Methods', element.methods)}
      ${this.renderTable('Events', element.events, true)}
      ${this.renderTable('Parts (style them with ::part)', element.parts)}
      ${this.renderTable('CSS custom properties', element.cssProperties)}
      ${this.renderTable('Slots', element.slots)}
    </section>`;
  }

  override render() {
    const elements = this.manifest ? elementsOf(this.manifest) : [];
    return html`<main id="main" class="docs">
      <h1>Put Easy Read Studio in your page</h1>
      <p>
        Two lines of HTML give any page an easy read editor with live checks, or a released leaflet. It needs no build
        step and works beside any framework. With no <code>server</code>, drafts stay in the reader's browser.
      </p>
      <section class="docs__section" aria-labelledby="snippet-title">
        <h2 id="snippet-title">The two lines</h2>
        <pre><code>${this.snippet()}</code></pre>
        <button type="button" class="docs__copy" @click=${this.copy}>Copy the two lines</button>
        <p role="status">${this.copyStatus}</p>
        <p>
          To save to your team server instead, add <code>server="${this.origin}"</code> to the element. Your site must be in
          the server's <code>ALLOWED_ORIGINS</code>.
        </p>
      </section>
      <section class="docs__section" aria-labelledby="theme-title">
        <h2 id="theme-title">Your brand: NHS blue in three lines</h2>
        <p>Set the custom properties on the elements, or on anything around them:</p>
        <pre><code>${themeExample}</code></pre>
        <div class="docs__demo nhs-blue"><er-score for="demo-editor"></er-score></div>
      </section>
      ${elements.length === 0 ? html`<p role="status">Loading the elements' descriptions.</p>` : elements.map((element) => this.renderElement(element))}
    </main>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'er-docs-page': DocsPage;
  }
}
