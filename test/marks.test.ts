import {expect} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import {emptyDocument, toDocumentFile} from '../src/document/document-file.js';
import {findings, openWorkspace} from './workspace-fixture.js';

/** The marks in the text as an author sees them: the worst problem shows, examples are never marked. */

const open = (title = '') => openWorkspace(toDocumentFile(emptyDocument(title)));

describe('marks in the text', () => {
  it('marks nothing and lists nothing on a new, empty document', async () => {
    const {workspace, editor} = await open();
    expect(findings(editor)).to.deep.equal([]);
    expect(editor.shadowRoot!.querySelectorAll('.er-issue')).to.have.length(0);
    await expect(workspace).to.be.accessible();
  });

  it('starts checking as soon as the author writes', async () => {
    const {editor, settle} = await open();
    editor.selectRange(1);
    await sendKeys({type: 'We will utilise the ward.'});
    await settle();
    expect(findings(editor).map((finding) => finding.rule)).to.include('difficult-words');
  });

  it('draws the must-fix line where a must-fix sentence holds should-fix words', async () => {
    const {workspace, editor, settle} = await open('Your visit');
    editor.selectRange(14); // inside the first row's text
    await sendKeys({
      type:
        'When you come to the hospital for your appointment you should utilise the car park at the front, ' +
        'because it is near to the ward and the staff there will be able to help you find your way around.',
    });
    await settle();
    const all = findings(editor);
    const mustFix = all.find((finding) => finding.severity === 'error' && finding.to > finding.from);
    expect(mustFix, `a must-fix finding among ${all.map((f) => `${f.rule}:${f.severity}`).join(', ')}`).to.exist;
    const inside = all.find(
      (finding) => finding.severity === 'warning' && finding.from >= mustFix!.from && finding.to <= mustFix!.to
    );
    expect(inside, 'a should-fix finding inside it').to.exist;
    // ProseMirror nests the marks (or joins their classes on one span where they cover the same words).
    const word = [...editor.shadowRoot!.querySelectorAll<HTMLElement>('.er-issue--warning')].find((el) =>
      el.closest('.er-issue--error')
    );
    expect(word, 'a should-fix mark inside the must-fix mark').to.exist;
    const outer = word!.classList.contains('er-issue--error') ? word! : word!.parentElement!.closest<HTMLElement>('.er-issue--error')!;
    expect(getComputedStyle(outer).textDecorationStyle).to.equal('solid');
    expect(getComputedStyle(outer).textDecorationThickness).to.equal('3px');
    if (outer === word) return;
    // The should-fix line is drawn below the must-fix one, not over it.
    const offset = (el: Element) => parseFloat(getComputedStyle(el).textUnderlineOffset);
    expect(offset(word!)).to.be.at.least(offset(outer) + 3);
    await expect(workspace).to.be.accessible();
  });
});
