import {LitElement, html, nothing, type PropertyValues, type TemplateResult} from 'lit';
import {customElement, property, state} from 'lit/decorators.js';
import {AnswerSaver, type SaveState} from './answer-saver.js';
import {answerFrom, draftFrom, emptyDraft, toggleWord, withMeaning, type PartDraft} from './part-draft.js';
import {ReadAloud, type ReadAloudOptions} from './read-aloud.js';
import {FetchReviewApi, ReviewApiError, type InviteReview, type ReviewApi, type ReviewPart, type ReviewVerdict} from './review-api.js';
import {ReviewProgress} from './review-progress.js';
import {hardWordButtons, saveStatus, scaleQuestion, spokenText, type SpokenWord} from './review-templates.js';
import {doneOf, meaningOf, pageOf, reviewWords as w} from './review-words.js';
import {reviewStyles} from './review.styles.js';
import {browserSpeechInput, type Listening, type SpeechInput} from './speech-input.js';

type Screen =
  | {readonly kind: 'message'; readonly text: string}
  | {readonly kind: 'practice'}
  | {readonly kind: 'part'; readonly index: number}
  | {readonly kind: 'ready'}
  | {readonly kind: 'thanks'};

const practicePart: ReviewPart = {
  id: 'practice',
  kind: 'row',
  text: w.practiceText,
  picture: {src: '/openmoji/1F48A.svg', alt: w.practicePictureAlt},
  needsAnswer: true,
  answer: null,
};

/**
 * The volunteer's screen, opened by a review link (`/review#<token>`): one part of the
 * document at a time, with its picture, and easy questions about it (do you understand it,
 * which words are hard, does the picture help, tell us more). Answers save as they are
 * given; "Read to me" reads the page out loud, word by word. At the end: is it ready?
 * Parts checked in an earlier round are skipped unless the volunteer asks to see them.
 * The first visit starts with a practice page. Every word it shows is in `review-words.ts`.
 *
 * @summary The volunteer's review screen.
 */
@customElement('er-review')
export class Review extends LitElement {
  static override styles = reviewStyles;

  private speech?: ReadAloud;
  private saver?: AnswerSaver;
  private progress?: ReviewProgress;
  private listening: Listening | null = null;
  private focusHeading = false;
  private work: Promise<unknown> = Promise.resolve();

  @state() private screen: Screen = {kind: 'message', text: w.loading};
  @state() private review?: InviteReview;
  @state() private drafts: ReadonlyMap<string, PartDraft> = new Map();
  @state() private saves: ReadonlyMap<string, SaveState> = new Map();
  @state() private practice: PartDraft = emptyDraft;
  @state() private showDoneBefore = false;
  @state() private spoken: SpokenWord | null = null;
  @state() private verdictComment = '';
  @state() private verdictFailed = false;
  @state() private verdict: ReviewVerdict | null = null;

  /** The review link's API (tests give an in-memory one). */
  @property({attribute: false}) api: ReviewApi = new FetchReviewApi();
  /** The link's token; defaults to the part of the address after `#`. */
  @property() token = typeof location === 'undefined' ? '' : decodeURIComponent(location.hash.slice(1));
  /** How "Read to me" speaks (tests give a stub synthesis). Read once, when connected. */
  @property({attribute: false}) speechOptions: ReadAloudOptions = {};
  /** Speech to text for "Tell us more"; `null` where the browser has none (no microphone button). */
  @property({attribute: false}) speechInput: SpeechInput | null = browserSpeechInput();
  /** Where the page and the practice are remembered (default `localStorage`). */
  @property({attribute: false}) storage: Pick<Storage, 'getItem' | 'setItem'> | null | undefined = undefined;
  /** How long typing pauses before a comment is saved, in ms. */
  @property({attribute: false}) typingDelay = 800;

  override connectedCallback(): void {
    super.connectedCallback();
    this.speech ??= new ReadAloud(this, this.speechOptions);
    window.addEventListener('online', this.handleOnline);
    this.track(this.load());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('online', this.handleOnline);
    this.saver?.dispose();
    this.listening?.stop();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (!this.focusHeading) return;
    this.focusHeading = false;
    this.renderRoot.querySelector<HTMLElement>('h1')?.focus();
  }

  private readonly handleOnline = () => void this.saver?.flush();

  private async load(): Promise<void> {
    if (!this.token) return this.show({kind: 'message', text: w.noToken});
    this.progress = new ReviewProgress(this.token, this.storage);
    this.saver = new AnswerSaver({
      save: (partId, answer) => this.api.saveAnswer(this.token, partId, answer),
      onState: (partId, state, error) => {
        if (error instanceof ReviewApiError && error.ended) this.show({kind: 'message', text: w.ended});
        this.saves = new Map(this.saves).set(partId, state);
      },
      typingDelay: this.typingDelay,
    });
    let review: InviteReview;
    try {
      review = await this.api.open(this.token);
    } catch (error) {
      const text = !(error instanceof ReviewApiError) ? w.failed : error.ended ? w.ended : error.notFound ? w.notFound : w.failed;
      return this.show({kind: 'message', text});
    }
    if (!review.round.open) return this.show({kind: 'message', text: w.ended});
    this.review = review;
    this.verdict = review.verdict;
    this.drafts = new Map(review.parts.map((part) => [part.id, draftFrom(part.answer)]));
    this.show(this.startScreen(review));
  }

  private startScreen(review: InviteReview): Screen {
    if (review.verdict) return {kind: 'thanks'};
    const answered = review.parts.some((part) => part.needsAnswer && part.answer !== null);
    if (!answered && !this.progress!.practiceSeen) return {kind: 'practice'};
    const remembered = this.progress!.page;
    if (remembered === 'ready') return {kind: 'ready'};
    const at = review.parts.findIndex((part) => part.id === remembered);
    if (at >= 0) return {kind: 'part', index: at};
    const open = review.parts.findIndex((part) => part.needsAnswer && part.answer === null);
    return open >= 0 ? {kind: 'part', index: open} : {kind: 'ready'};
  }

  private show(screen: Screen, focus = false): void {
    this.speech?.stop();
    this.spoken = null;
    this.screen = screen;
    this.focusHeading = focus;
    if (screen.kind === 'part') this.progress!.page = this.review!.parts[screen.index]!.id;
    if (screen.kind === 'ready') this.progress!.page = 'ready';
  }

  private go(step: 1 | -1): void {
    const parts = this.review!.parts;
    const from = this.screen.kind === 'part' ? this.screen.index : this.screen.kind === 'ready' ? parts.length : -1;
    void this.saver?.flush();
    for (let i = from + step; i >= 0 && i < parts.length; i += step) {
      if (parts[i]!.needsAnswer || this.showDoneBefore) return this.show({kind: 'part', index: i}, true);
    }
    if (step === 1) this.show({kind: 'ready'}, true);
  }

  private leavePractice(): void {
    this.progress!.seePractice();
    this.go(1);
  }

  private change(part: ReviewPart, update: (draft: PartDraft) => PartDraft, typing = false): void {
    if (part === practicePart) {
      this.practice = update(this.practice);
      return;
    }
    const draft = update(this.drafts.get(part.id) ?? emptyDraft);
    this.drafts = new Map(this.drafts).set(part.id, draft);
    const answer = answerFrom(draft);
    if (answer) this.saver!.set(part.id, answer, {typing});
  }

  private async sendVerdict(verdict: ReviewVerdict): Promise<void> {
    this.verdictFailed = false;
    await this.saver?.flush();
    try {
      await this.api.sendVerdict(this.token, verdict, this.verdictComment.trim() || undefined);
    } catch (error) {
      if (error instanceof ReviewApiError && error.ended) return this.show({kind: 'message', text: w.ended});
      this.verdictFailed = true;
      return;
    }
    this.verdict = verdict;
    this.show({kind: 'thanks'}, true);
  }

  private async readPage(): Promise<void> {
    const speech = this.speech!;
    if (speech.speaking) return speech.stop();
    for (const [key, text] of this.readingOrder()) {
      this.spoken = {key, start: 0, end: 0};
      const finished = await speech.read(text, {onWord: (start, end) => (this.spoken = {key, start, end})});
      if (!finished) break;
    }
    this.spoken = null;
  }

  /** What "Read to me" reads on this screen, in order: `[key, text]`, keys as in the template. */
  private readingOrder(): [string, string][] {
    const part = this.currentPart();
    if (!part) return this.screen.kind === 'ready' ? [['heading', w.readyHeading], ['intro', w.readyIntro], ['yes', w.readyYes], ['no', w.readyNo]] : [];
    const scale = (key: string, question: string): [string, string][] => [
      [key, question],
      [`${key}-yes`, w.yes],
      [`${key}-not-sure`, w.notSure],
      [`${key}-no`, w.no],
    ];
    return [
      ['text', part.text],
      ...scale('understood', w.understand),
      ['hard', w.hardWords],
      ...(part.picture ? scale('picture', w.pictureHelps) : []),
      ['more', w.tellUsMore],
    ];
  }

  private currentPart(): ReviewPart | undefined {
    if (this.screen.kind === 'practice') return practicePart;
    return this.screen.kind === 'part' ? this.review?.parts[this.screen.index] : undefined;
  }

  private toggleListening(part: ReviewPart): void {
    if (this.listening) {
      this.listening.stop();
      return;
    }
    this.listening = this.speechInput!(
      (text) => this.change(part, (draft) => ({...draft, comment: `${draft.comment} ${text}`.trim()}), true),
      () => {
        this.listening = null;
        this.requestUpdate();
      }
    );
    this.requestUpdate();
  }

  private track(promise: Promise<unknown>): void {
    this.work = Promise.all([this.work, promise]);
  }

  private renderReadControls(): TemplateResult {
    const speech = this.speech!;
    if (speech.voice === 'none') return html`<div class="row"><button disabled>${w.noVoice}</button></div>`;
    return html`<div class="row">
      <button aria-pressed=${speech.speaking ? 'true' : 'false'} @click=${() => void this.readPage()}>
        <img src="/openmoji/1F50A.svg" alt="" width="32" height="32" /> ${speech.speaking ? w.stopReading : w.readToMe}
      </button>
      <button ?disabled=${!speech.canGoSlower} @click=${() => speech.slower()}>${w.slower}</button>
      <button ?disabled=${!speech.canGoFaster} @click=${() => speech.faster()}>${w.faster}</button>
    </div>`;
  }

  private renderQuestions(part: ReviewPart, draft: PartDraft): TemplateResult {
    const sp = this.spoken;
    return html`${scaleQuestion('understood', w.understand, draft.understood, sp, (value) =>
        this.change(part, (d) => ({...d, understood: value}))
      )}
      <section aria-labelledby="hard-heading">
        <h2 id="hard-heading">${spokenText('hard', w.hardWords, sp)}</h2>
        <p>${w.hardWordsHint}</p>
        <div class="words" role="group" aria-labelledby="hard-heading">
          ${hardWordButtons(part.text, draft, (word) => this.change(part, (d) => toggleWord(d, word)))}
        </div>
        ${draft.hardWords.map(
          (hard) => html`<label for="meaning-${hard.start}">${meaningOf(hard.word)}</label>
            <textarea id="meaning-${hard.start}" .value=${hard.meaning ?? ''} @input=${(event: InputEvent) =>
              this.change(part, (d) => withMeaning(d, hard.start, (event.target as HTMLTextAreaElement).value), true)}></textarea>`
        )}
      </section>
      ${part.picture
        ? scaleQuestion('picture', w.pictureHelps, draft.pictureHelps, sp, (value) => this.change(part, (d) => ({...d, pictureHelps: value})))
        : nothing}
      <section>
        <label for="more"><h2>${spokenText('more', w.tellUsMore, sp)}</h2></label>
        <p id="more-hint">${w.tellUsMoreHint}</p>
        <textarea id="more" aria-describedby="more-hint" .value=${draft.comment} @input=${(event: InputEvent) =>
          this.change(part, (d) => ({...d, comment: (event.target as HTMLTextAreaElement).value}), true)}></textarea>
        ${this.speechInput
          ? html`<button aria-pressed=${this.listening ? 'true' : 'false'} @click=${() => this.toggleListening(part)}>
              <img src="/openmoji/1F3A4.svg" alt="" width="32" height="32" /> ${this.listening ? w.stopSpeaking : w.speak}
            </button>`
          : nothing}
      </section>`;
  }

  private renderPart(part: ReviewPart, index: number): TemplateResult {
    const parts = this.review!.parts;
    const done = parts.filter((p) => !p.needsAnswer || this.drafts.get(p.id)?.understood !== undefined).length;
    return html`<h1 tabindex="-1">${pageOf(index + 1, parts.length)}</h1>
      <p id="done">${doneOf(done, parts.length)}</p>
      <progress aria-labelledby="done" max=${parts.length} .value=${done}></progress>
      ${this.renderReadControls()}
      <div class="part">
        ${part.picture ? html`<img class="part__picture" src=${part.picture.src} alt=${part.picture.alt} />` : nothing}
        <p class="part__text">${spokenText('text', part.text, this.spoken)}</p>
      </div>
      ${part.needsAnswer ? nothing : html`<p class="message">${w.doneBefore}</p>`}
      ${this.renderQuestions(part, this.drafts.get(part.id) ?? emptyDraft)} ${saveStatus(this.saves.get(part.id))}
      <div class="row">
        <button aria-pressed=${this.showDoneBefore ? 'true' : 'false'} @click=${() => (this.showDoneBefore = !this.showDoneBefore)}>
          ${w.showDoneBefore}
        </button>
      </div>
      <div class="nav">
        <button ?hidden=${index === 0} @click=${() => this.go(-1)}>${w.back}</button>
        <button class="primary" @click=${() => this.go(1)}>${w.next}</button>
      </div>`;
  }

  private renderScreen(): TemplateResult {
    const screen = this.screen;
    switch (screen.kind) {
      case 'message':
        return html`<h1 tabindex="-1">${screen.text}</h1>`;
      case 'practice':
        return html`<h1 tabindex="-1">${w.practiceHeading}</h1>
          <p>${w.practiceIntro}</p>
          ${this.renderReadControls()}
          <div class="part">
            <img class="part__picture" src=${practicePart.picture!.src} alt=${practicePart.picture!.alt} />
            <p class="part__text">${spokenText('text', practicePart.text, this.spoken)}</p>
          </div>
          ${this.renderQuestions(practicePart, this.practice)}
          <div class="nav">
            <button @click=${() => this.leavePractice()}>${w.skipPractice}</button>
            <button class="primary" @click=${() => this.leavePractice()}>${w.start}</button>
          </div>`;
      case 'part':
        return this.renderPart(this.review!.parts[screen.index]!, screen.index);
      case 'ready':
        return html`<h1 tabindex="-1">${spokenText('heading', w.readyHeading, this.spoken)}</h1>
          <p>${spokenText('intro', w.readyIntro, this.spoken)}</p>
          ${this.renderReadControls()}
          <label for="why">${w.tellUsMore}</label>
          <p id="why-hint">${w.tellUsMoreHint}</p>
          <textarea id="why" aria-describedby="why-hint" .value=${this.verdictComment} @input=${(event: InputEvent) =>
            (this.verdictComment = (event.target as HTMLTextAreaElement).value)}></textarea>
          <div class="row">
            <button class="choice" @click=${() => this.track(this.sendVerdict('approve'))}>
              <img src="/openmoji/1F44D.svg" alt="" width="48" height="48" />${spokenText('yes', w.readyYes, this.spoken)}
            </button>
            <button class="choice" @click=${() => this.track(this.sendVerdict('revise'))}>
              <img src="/openmoji/1F44E.svg" alt="" width="48" height="48" />${spokenText('no', w.readyNo, this.spoken)}
            </button>
          </div>
          ${saveStatus(this.verdictFailed ? 'failed' : undefined)}
          <div class="nav"><button @click=${() => this.go(-1)}>${w.back}</button></div>`;
      case 'thanks':
        return html`<h1 tabindex="-1">${w.thanksHeading}</h1>
          <p>${w.thanksText}</p>
          <p>${this.verdict === 'approve' ? w.thanksVerdictYes : w.thanksVerdictNo}</p>
          <button @click=${() => this.go(1)}>${w.lookAgain}</button>`;
    }
  }

  /**
   * Resolves once the link has loaded, the verdict (if given) has been sent, and every
   * answer given so far has been tried; then the screen shows how it went.
   */
  async settled(): Promise<void> {
    await this.work;
    await this.saver?.flush();
    await this.updateComplete;
  }

  override render() {
    return html`<main class="review" lang="en-GB">${this.renderScreen()}</main>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'er-review': Review;
  }
}
