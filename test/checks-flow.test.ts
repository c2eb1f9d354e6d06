import {expect} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import {emptyDocument, toDocumentFile, type DocumentFile} from '../src/document/document-file.js';
import {findings, openWorkspace} from './workspace-fixture.js';

/**
 * The checks as an author meets them: in the editor, the popover-free panel and the
 * score, wired together by the workspace.
 */

const open = (file: DocumentFile = toDocumentFile(emptyDocument('Your visit'))) => openWorkspace(file);
const panelButtons = (panel: Element, selector: string) => [...panel.shadowRoot!.querySelectorAll<HTMLButtonElement>(selector)];

describe('checks in the editing screen', () => {
  it('shows problems while typing, underlined in the text with their rule', async () => {
    const {editor, settle} = await open();
    editor.selectRange(12);
    await sendKeys({type: 'We will utilise the ward in order to assist you.'});
    await settle();
    const rules = findings(editor).map((f) => f.rule);
    expect(rules).to.include.members(['difficult-words', 'wordy-phrases']);
    const marked = [...editor.shadowRoot!.querySelectorAll<HTMLElement>('.er-content [data-rule]')];
    const wordy = marked.find((el) => el.dataset['rule'] === 'wordy-phrases')!;
    expect(wordy.textContent).to.equal('in order to');
    expect(wordy.className).to.match(/er-issue--(warning|info|error)/);
  });

  it('applies a fix from the panel, and undo brings the words back', async () => {
    const {editor, panel, settle} = await open();
    editor.selectRange(12);
    await sendKeys({type: 'Come early in order to park.'});
    await settle();
    const fix = panelButtons(panel, '.item__button--fix').find((b) => /“to”|"to"|\bto\b/.test(b.textContent!))!;
    expect(fix, 'a fix for "in order to"').to.exist;
    fix.click();
    await settle();
    expect(editor.state.doc.child(1).textContent).to.equal('Come early to park.');
    await sendKeys({down: 'Control'});
    await sendKeys({press: 'z'});
    await sendKeys({up: 'Control'});
    await settle();
    expect(editor.state.doc.child(1).textContent).to.equal('Come early in order to park.');
  });

  it('jumps to the text when a problem in the panel is chosen', async () => {
    const {editor, panel, settle} = await open();
    editor.selectRange(12);
    await sendKeys({type: 'Please utilise the car park.'});
    await settle();
    const finding = findings(editor).find((f) => f.rule === 'difficult-words')!;
    panelButtons(panel, '.item__select').find((b) => b.dataset['id'] === finding.id)!.click();
    await settle();
    expect([editor.state.selection.from, editor.state.selection.to]).to.deep.equal([finding.from, finding.to]);
    expect(editor.shadowRoot!.activeElement?.classList.contains('ProseMirror')).to.equal(true, 'focus is in the text');
  });

  it('keeps an ignored problem ignored after the document is saved and opened again', async () => {
    const first = await open();
    first.editor.selectRange(12);
    await sendKeys({type: 'Please utilise the car park.'});
    await first.settle();
    const before = findings(first.editor).filter((f) => f.rule === 'difficult-words').length;
    const target = findings(first.editor).find((f) => f.rule === 'difficult-words')!;
    const item = first.panel.shadowRoot!.querySelector(`.item__select[data-id="${target.id}"]`)!.closest('.item')!;
    item.querySelector<HTMLButtonElement>('.item__ignore-open')!.click();
    await first.panel.updateComplete;
    const reason = item.querySelector<HTMLSelectElement>('.item__reason')!;
    reason.value = 'clinical-term';
    reason.dispatchEvent(new Event('change', {bubbles: true}));
    [...item.querySelectorAll<HTMLButtonElement>('.item__ignore .item__button')].find((b) => /Ignore/.test(b.textContent!))!.click();
    await first.settle();
    expect(findings(first.editor).filter((f) => f.rule === 'difficult-words').length).to.equal(before - 1);
    const saved = first.workspace.value!;
    expect((saved.doc['attrs'] as {ignores: unknown[]}).ignores).to.have.length(1);

    const again = await open(JSON.parse(JSON.stringify(saved)) as DocumentFile);
    await again.settle();
    expect(findings(again.editor).filter((f) => f.rule === 'difficult-words').length).to.equal(before - 1);
    expect(again.panel.shadowRoot!.querySelector('.ignored__summary')!.textContent).to.contain('Ignored: 1');
  });

  it('is accessible with problems showing', async () => {
    const {workspace, editor, settle} = await open();
    editor.selectRange(12);
    await sendKeys({type: 'The patient should utilise the facility.'});
    await settle();
    await expect(workspace).to.be.accessible();
  });
});
