import {expect, fixture, html, nextFrame} from '@open-wc/testing';
import {sendKeys, setViewport} from '@web/test-runner-commands';
import {emptyDocument, toDocumentFile} from '../src/document/document-file.js';
import type {Editor} from '../src/editor/editor.js';
import type {DocumentWorkspace} from '../src/app/document-workspace.js';
import '../src/app/document-workspace.js';

/**
 * WCAG 1.4.10 Reflow and 1.4.4 Resize text, measured in Chromium: at 320 CSS pixels
 * wide (400% zoom) the editor, the problems and the score stack in one column with
 * nothing past the right edge; at 200% text size nothing overlaps.
 */

/** Every element under `root`, looking inside open shadow roots. */
function deepElements(root: Element | ShadowRoot): Element[] {
  const found: Element[] = [];
  for (const el of root.querySelectorAll('*')) {
    found.push(el);
    if (el.shadowRoot) found.push(...deepElements(el.shadowRoot));
  }
  return found;
}

/** Elements drawn past `width`, described for the failure message. */
function pastRightEdge(root: Element, width: number): string[] {
  return deepElements(root.shadowRoot ?? root)
    .filter((el) => {
      const box = el.getBoundingClientRect();
      return box.width > 0 && box.height > 0 && box.right > width + 0.5;
    })
    .map((el) => `${el.localName}.${[...el.classList].join('.')} ends at ${Math.round(el.getBoundingClientRect().right)}px`);
}

async function openWithProblems(): Promise<{workspace: DocumentWorkspace; settle: () => Promise<void>}> {
  const file = toDocumentFile(emptyDocument('Your visit to the hospital'));
  const workspace = await fixture<DocumentWorkspace>(html`<er-document-workspace .file=${file}></er-document-workspace>`);
  const editor = workspace.shadowRoot!.querySelector<Editor>('er-editor')!;
  const settle = async () => {
    await nextFrame();
    await nextFrame();
    await editor.updateComplete;
  };
  await settle();
  editor.selectRange(30);
  await sendKeys({type: 'We will utilise the ward in order to assist you with your hospitalisation and rehabilitation.'});
  await settle();
  return {workspace, settle};
}

describe('reflow', () => {
  const {innerWidth: width, innerHeight: height} = window;
  afterEach(async () => {
    document.documentElement.style.fontSize = '';
    await setViewport({width, height});
  });

  it('stacks the editor, the problems and the score in one column at 320 pixels wide, nothing cut off', async () => {
    await setViewport({width: 320, height: 640});
    const {workspace} = await openWithProblems();
    const root = workspace.shadowRoot!;
    const editor = root.querySelector('er-editor')!.getBoundingClientRect();
    const panel = root.querySelector('er-checks-panel')!.getBoundingClientRect();
    const score = root.querySelector('er-score')!.getBoundingClientRect();
    expect(panel.top, 'the problems come below the editor').to.be.at.least(editor.bottom - 1);
    expect(pastRightEdge(workspace, 320)).to.deep.equal([]);
    expect(Math.max(panel.right, score.right, editor.right)).to.be.at.most(320);
    expect(document.documentElement.scrollWidth, 'no sideways scrolling').to.be.at.most(320);
    await expect(workspace).to.be.accessible();
  });

  it('fits the "Read to me" bar at 320 pixels wide', async () => {
    await setViewport({width: 320, height: 640});
    const {workspace, settle} = await openWithProblems();
    const toolbar = workspace.shadowRoot!.querySelector('er-editor')!.shadowRoot!.querySelector('er-toolbar')!;
    toolbar.shadowRoot!.querySelector<HTMLButtonElement>('[data-action="read-aloud"]')!.click();
    await toolbar.updateComplete;
    await settle();
    expect(toolbar.shadowRoot!.querySelector('er-read-aloud-bar'), 'the bar is open').to.not.equal(null);
    expect(pastRightEdge(workspace, 320)).to.deep.equal([]);
    expect(document.documentElement.scrollWidth, 'no sideways scrolling').to.be.at.most(320);
    await expect(workspace).to.be.accessible();
  });

  it('keeps every part apart at 200% text size', async () => {
    await setViewport({width: 1280, height: 800});
    document.documentElement.style.fontSize = '200%';
    const {workspace} = await openWithProblems();
    const root = workspace.shadowRoot!;
    const parts = ['er-editor', 'er-checks-panel', 'er-score'].map((tag) => root.querySelector(tag)!.getBoundingClientRect());
    for (let i = 0; i < parts.length; i++) {
      for (let j = i + 1; j < parts.length; j++) {
        const [a, b] = [parts[i]!, parts[j]!];
        const overlap = a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1;
        expect(overlap, `parts ${i} and ${j} overlap`).to.equal(false);
      }
    }
    expect(pastRightEdge(workspace, 1280)).to.deep.equal([]);
    await expect(workspace).to.be.accessible();
  });
});
