import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import {rowsFile} from '../document/rows-file.js';
import type {DocumentViewer} from './document-viewer.js';
import type {ReleaseView} from './release-source.js';
import type {SpeechSynthesisLike} from '../review/read-aloud.js';
import './document-viewer.js';

const picture = 'data:image/svg+xml,%3Csvg xmlns=%22http://www.w3.org/2000/svg%22 viewBox=%220 0 4 4%22/%3E';

function release(overrides: Partial<ReleaseView> = {}): ReleaseView {
  return {
    id: 'rel1',
    credit: 'Checked by the Can you understand it? group on 12 November 2026: Rita Reviewer and Sam.',
    releasedAt: '2026-11-20T10:00:00.000Z',
    reviewBy: '2099-11-20',
    supersededBy: null,
    pictureCredits: ['OpenMoji – the open-source emoji and icon project. License: CC BY-SA 4.0'],
    content: rowsFile('Your blood test', [
      {text: 'A nurse will take some blood.', picture: {src: picture, alt: 'A nurse', credit: '', licence: ''}},
      {text: [{text: 'Call us: '}, {text: 'bad link', href: 'javascript:alert(1)'}], picture: null},
    ]),
    ...overrides,
  };
}

/** A stand-in for the browser's speech synthesis: it records what it is asked to say and ends at once. */
class RecordingSynthesis extends EventTarget implements SpeechSynthesisLike {
  readonly spoken: string[] = [];
  private readonly voices: number;

  constructor(voices: number) {
    super();
    this.voices = voices;
  }
  speak(utterance: SpeechSynthesisUtterance): void {
    this.spoken.push(utterance.text);
    const boundary = Object.assign(new Event('boundary'), {name: 'word', charIndex: 0, charLength: 1});
    queueMicrotask(() => {
      utterance.dispatchEvent(boundary);
      utterance.dispatchEvent(new Event('end'));
    });
  }
  cancel(): void {}
  getVoices(): readonly unknown[] {
    return Array.from({length: this.voices});
  }
}

const utterance = (text: string) => Object.assign(new EventTarget(), {text, rate: 1}) as unknown as SpeechSynthesisUtterance;

function button(el: DocumentViewer, words: string): HTMLButtonElement {
  const found = [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent?.trim() === words);
  if (!found) throw new Error(`No button "${words}"`);
  return found;
}

describe('er-document', () => {
  beforeEach(() => localStorage.removeItem('er-document-text-size'));

  it('shows the rows with their pictures, the credit, and no unsafe link; it is accessible', async () => {
    const el = await fixture<DocumentViewer>(
      html`<er-document .releaseData=${release()} .speechOptions=${{synthesis: new RecordingSynthesis(1), createUtterance: utterance}}></er-document>`
    );
    const root = el.shadowRoot!;
    expect(root.querySelectorAll('.row').length).to.equal(2);
    expect(root.querySelector('.row img')?.getAttribute('alt')).to.equal('A nurse');
    expect(root.textContent).to.contain('Checked by the Can you understand it? group on 12 November 2026');
    expect(root.querySelector('a[href^="javascript"]')).to.equal(null);
    expect(root.textContent).to.contain('bad link');
    await expect(el).to.be.accessible();
  });

  it('reads every block in order and highlights the spoken word', async () => {
    const synthesis = new RecordingSynthesis(1);
    const el = await fixture<DocumentViewer>(
      html`<er-document .releaseData=${release()} .speechOptions=${{synthesis, createUtterance: utterance}}></er-document>`
    );
    button(el, 'Read to me').click();
    await waitUntil(() => synthesis.spoken.length === 3 && button(el, 'Read to me'), 'did not read all blocks');
    expect(synthesis.spoken).to.deep.equal(['Your blood test', 'A nurse will take some blood.', 'Call us: bad link']);
  });

  it('says plainly when the device cannot read out loud', async () => {
    const el = await fixture<DocumentViewer>(html`<er-document .releaseData=${release()} .speechOptions=${{synthesis: null}}></er-document>`);
    expect(el.shadowRoot!.textContent).to.contain('Reading out loud does not work on this device.');
    expect(button(el, 'Read to me').disabled).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('makes the text bigger and remembers it', async () => {
    const el = await fixture<DocumentViewer>(html`<er-document .releaseData=${release()} .speechOptions=${{synthesis: null}}></er-document>`);
    button(el, 'Bigger text').click();
    await el.updateComplete;
    expect(getComputedStyle(el).fontSize).to.equal('21px');
    const again = await fixture<DocumentViewer>(html`<er-document .releaseData=${release()} .speechOptions=${{synthesis: null}}></er-document>`);
    expect(getComputedStyle(again).fontSize).to.equal('21px');
  });

  it('says when there is a newer version, and when the review date has passed', async () => {
    const el = await fixture<DocumentViewer>(
      html`<er-document .releaseData=${release({supersededBy: 'rel2', reviewBy: '2020-01-01'})} .speechOptions=${{synthesis: null}}></er-document>`
    );
    const text = el.shadowRoot!.textContent!;
    expect(text).to.contain('There is a newer version.');
    expect(el.shadowRoot!.querySelector('a[href="/r/rel2"]')).to.exist;
    expect(text).to.contain('was due for review on 1 January 2020');
    await expect(el).to.be.accessible();
  });

  it('loads a release from the server and says plainly when it cannot', async () => {
    const el = await fixture<DocumentViewer>(html`<er-document release="no-such-release" .speechOptions=${{synthesis: null}}></er-document>`);
    await waitUntil(() => el.shadowRoot!.querySelector('[role=alert]'), 'no error shown');
    expect(el.shadowRoot!.textContent).to.match(/cannot be found|cannot show|cannot reach/);
    await expect(el).to.be.accessible();
  });
});
