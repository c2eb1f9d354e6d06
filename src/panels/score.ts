import {consume} from '@lit/context';
import {html, LitElement, nothing, type PropertyValues} from 'lit';
import {customElement, state} from 'lit/decorators.js';
import type {Node as PMNode} from 'prosemirror-model';
import type {EditorState} from 'prosemirror-state';
import type {ProfileName, Scores} from '../checks/types.js';
import {editorStateContext} from '../editor/context.js';
import {checksKey, type ChecksState} from '../editor/plugins/checks-plugin.js';
import {styles} from './score.styles.js';

const profileNames: Readonly<Record<ProfileName, string>> = {'easy-read': 'easy read', plain: 'plain English'};

/** The engine's verdict for text too short to score. */
const notEnough = 'Not enough text yet';

/**
 * Shows how easy the document is to read: its reading age with a plain verdict ("Reading
 * age 8. Easy to read."), its words and sentences, and the profile's target. The verdict
 * is announced politely, and only when it changes. "More about the score" opens the
 * figures behind it (Flesch Reading Ease, Flesch–Kincaid grade, SMOG, average sentence
 * length, hard words) and the same for each section.
 *
 * @summary Reading age and readability figures.
 * @csspart base - The score's wrapper.
 */
@customElement('er-score')
export class Score extends LitElement {
  static override styles = styles;

  /** The checks state last rendered, so edits that did not change the scores skip rendering. */
  private renderedChecks?: ChecksState;

  @consume({context: editorStateContext, subscribe: true})
  @state()
  private editorState?: EditorState;

  protected override shouldUpdate(changed: PropertyValues): boolean {
    const checks = this.editorState ? checksKey.getState(this.editorState) : undefined;
    const onlyState = changed.size === 1 && changed.has('editorState');
    // The scores only change when a check result arrives; the caret and typing alone change nothing here.
    return !(onlyState && this.hasUpdated && checks?.scores === this.renderedChecks?.scores && checks?.profile === this.renderedChecks?.profile);
  }

  protected override updated(): void {
    this.renderedChecks = this.editorState ? checksKey.getState(this.editorState) : undefined;
  }

  private sectionNames(doc: PMNode): string[] {
    const names = ['Before the first heading'];
    doc.descendants((node) => {
      if (node.type.name === 'heading') names.push(node.textContent.trim() || 'A heading with no words');
      return !node.isTextblock;
    });
    return names;
  }

  private renderFigures(scores: Scores) {
    return html`<dl class="score__figures">
      <div class="score__figure">
        <dt>Flesch Reading Ease</dt>
        <dd>${Math.round(scores.fleschReadingEase)} out of 100 (higher is easier)</dd>
      </div>
      <div class="score__figure">
        <dt>Flesch–Kincaid grade</dt>
        <dd>${scores.fleschKincaidGrade.toFixed(1)} (a US school year)</dd>
      </div>
      <div class="score__figure">
        <dt>SMOG</dt>
        <dd>${scores.smog.toFixed(1)} (years of school needed)</dd>
      </div>
      <div class="score__figure">
        <dt>Average sentence length</dt>
        <dd>${scores.averageSentenceLength.toFixed(1)} words</dd>
      </div>
      <div class="score__figure">
        <dt>Hard words</dt>
        <dd>${Math.round(scores.hardWordShare * 100)}% (long words that are not on the list of everyday words)</dd>
      </div>
    </dl>`;
  }

  private renderSections(sections: readonly Scores[], names: readonly string[]) {
    const rows = sections.map((scores, index) => ({scores, name: names[index] ?? `Section ${index + 1}`})).filter((row) => row.scores.words > 0);
    if (rows.length < 2) return nothing;
    return html`<table class="score__sections">
      <caption class="score__caption">By section</caption>
      <thead>
        <tr>
          <th scope="col">Section</th>
          <th scope="col">Reading age</th>
          <th scope="col">Words</th>
          <th scope="col">Verdict</th>
        </tr>
      </thead>
      <tbody>
        ${rows.map(
          ({scores, name}) => html`<tr>
            <th scope="row">${name}</th>
            <td>${scores.verdict === notEnough ? '–' : readingAge(scores)}</td>
            <td>${scores.words}</td>
            <td>${scores.verdict}</td>
          </tr>`
        )}
      </tbody>
    </table>`;
  }

  protected override render() {
    const checks = this.editorState ? checksKey.getState(this.editorState) : undefined;
    const scores = checks?.scores;
    const whole = scores?.document;
    const summary = !whole
      ? 'Checking how easy it is to read.'
      : whole.verdict === notEnough
        ? `${notEnough} to give a reading age.`
        : `Reading age ${readingAge(whole)}. ${whole.verdict}.`;
    const verdictClass = !whole || whole.verdict === notEnough ? 'none' : whole.meetsTarget ? 'easy' : 'hard';
    return html`
      <section part="base" class="score">
        <h2 class="score__title">How easy is it to read?</h2>
        <p class="score__summary score__summary--${verdictClass}" aria-live="polite" aria-atomic="true">${summary}</p>
        ${checks
          ? html`<p class="score__target">Target: reading age ${checks.readingAgeTarget} or under (${profileNames[checks.profile]}).</p>`
          : nothing}
        ${whole
          ? html`<p class="score__counts">${plural(whole.words, 'word')} in ${plural(whole.sentences, 'sentence')}.</p>
              <details class="score__details">
                <summary class="score__more">More about the score</summary>
                ${this.renderFigures(whole)}
                ${this.renderSections(scores.sections, this.editorState ? this.sectionNames(this.editorState.doc) : [])}
              </details>`
          : nothing}
      </section>
    `;
  }
}

/**
 * The reading age as a whole number, rounded up: the verdict compares the exact age with
 * a whole-number target, and rounding up keeps the two in agreement (8.2 → 9 is easy
 * against 9, 9.2 → 10 is hard).
 */
function readingAge(scores: Scores): number {
  return Math.max(0, Math.ceil(scores.readingAge - 1e-9));
}

function plural(count: number, word: string): string {
  return `${count} ${count === 1 ? word : `${word}s`}`;
}

declare global {
  interface HTMLElementTagNameMap {
    'er-score': Score;
  }
}
