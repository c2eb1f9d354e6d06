import {expect, fixture, html} from '@open-wc/testing';
import type {DocumentFile} from '../document/document-file.js';
import {rowsFile} from '../document/rows-file.js';
import {checksKey, type PositionedFinding} from './plugins/checks-state.js';
import type {Editor} from './editor.js';
import './editor.js';

/** A document whose one row shows the library's "pill" with the description `alt`. */
function fileWith(alt: string): DocumentFile {
  const picture = {src: '/openmoji/1F48A.svg', alt, credit: 'OpenMoji', licence: 'CC BY-SA 4.0', symbol: '1F48A'};
  return rowsFile('Your tablets', [{text: 'Take one tablet a day.', picture}], {written: '2026-12-01', reviewBy: '2027-12-01'});
}

/** Resolves with the editor's picture-description findings once a check has looked up the picture names. */
function describedPictures(el: Editor, expected: number): Promise<readonly PositionedFinding[]> {
  const current = () => {
    const checks = checksKey.getState(el.state);
    const findings = checks?.checkedDoc === el.state.doc ? checks.findings.filter((f) => f.rule === 'image-alt-text') : [];
    return findings.length === expected ? findings : undefined;
  };
  return new Promise((resolve) => {
    const now = current();
    if (now) return resolve(now);
    const listener = () => {
      const found = current();
      if (!found) return;
      el.removeEventListener('er-change', listener);
      resolve(found);
    };
    el.addEventListener('er-change', listener);
  });
}

describe('er-editor and picture descriptions', () => {
  it("finds a description that only repeats the library picture's name, once the names have loaded", async () => {
    const el = await fixture<Editor>(html`<er-editor .value=${fileWith('Pill')}></er-editor>`);
    const [finding] = await describedPictures(el, 1);
    expect(finding!.message).to.equal("The picture description is only the picture's name. Say what it shows here.");
    expect(finding!.severity).to.equal('warning');
    await expect(el).to.be.accessible();
  });

  it('finds it when a good description is changed to the name', async () => {
    const el = await fixture<Editor>(html`<er-editor .value=${fileWith('A white tablet in a hand')}></er-editor>`);
    expect((await el.check()).filter((f) => f.rule === 'image-alt-text')).to.deep.equal([]);
    const pos = el.state.doc.child(0).nodeSize;
    const picture = el.state.doc.child(1).attrs['picture'] as Record<string, string>;
    const found = describedPictures(el, 1);
    el.execute((state, dispatch) => {
      dispatch?.(state.tr.setNodeAttribute(pos, 'picture', {...picture, alt: 'pill'}));
      return true;
    });
    expect((await found)[0]!.rule).to.equal('image-alt-text');
    await expect(el).to.be.accessible();
  });
});
