import type {PartAnswer} from './review-api.js';

/** Where one part's answer is: being sent, kept by the server, or waiting to be sent again. */
export type SaveState = 'saving' | 'saved' | 'failed';

/** Options for {@link AnswerSaver}. */
export interface AnswerSaverOptions {
  /** Sends one part's answer; rejects when it was not kept. */
  readonly save: (partId: string, answer: PartAnswer) => Promise<void>;
  /** Called whenever a part's save state changes, with the error when it failed. */
  readonly onState: (partId: string, state: SaveState, error?: unknown) => void;
  /** How long typing must pause before the answer is sent, in ms (default 800). */
  readonly typingDelay?: number;
  /** How long to wait before sending a failed answer again, in ms (default 10000). */
  readonly retryDelay?: number;
}

/**
 * Saves answers as soon as they are given: at once for a tap, after a pause for typing.
 * Only the newest answer of a part is sent, one request per part at a time. A failed
 * answer is kept and sent again after `retryDelay`, on the next {@link flush}, or with the
 * part's next change; nothing is dropped until the server has it.
 */
export class AnswerSaver {
  private readonly options: AnswerSaverOptions;
  private readonly waiting = new Map<string, PartAnswer>();
  private readonly sending = new Map<string, Promise<boolean>>();
  private typingTimer: ReturnType<typeof setTimeout> | undefined;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(options: AnswerSaverOptions) {
    this.options = options;
  }

  /** Whether some answer is not kept by the server yet. */
  get hasUnsaved(): boolean {
    return this.waiting.size > 0 || this.sending.size > 0;
  }

  /** Takes a part's new answer; `typing` waits for a pause before sending it. */
  set(partId: string, answer: PartAnswer, {typing = false}: {readonly typing?: boolean} = {}): void {
    this.waiting.set(partId, answer);
    clearTimeout(this.typingTimer);
    if (typing) {
      this.typingTimer = setTimeout(() => void this.flush(), this.options.typingDelay ?? 800);
    } else {
      void this.flush();
    }
  }

  /** Sends every answer that is waiting, and resolves when they have all been tried. */
  async flush(): Promise<void> {
    clearTimeout(this.typingTimer);
    clearTimeout(this.retryTimer);
    const partIds = [...new Set([...this.waiting.keys(), ...this.sending.keys()])];
    await Promise.all(partIds.map((partId) => this.send(partId)));
  }

  /** Stops the timers; answers still waiting stay unsent. */
  dispose(): void {
    clearTimeout(this.typingTimer);
    clearTimeout(this.retryTimer);
  }

  private async send(partId: string): Promise<void> {
    const inFlight = this.sending.get(partId);
    if (inFlight) {
      const kept = await inFlight;
      if (kept && this.waiting.has(partId) && !this.sending.has(partId)) await this.send(partId);
      return;
    }
    const answer = this.waiting.get(partId);
    if (answer === undefined) return;
    this.waiting.delete(partId);
    const request = this.sendOne(partId, answer);
    this.sending.set(partId, request);
    const kept = await request;
    this.sending.delete(partId);
    // A newer answer given while this one was on its way; a failed one waits for the retry.
    if (kept && this.waiting.has(partId)) await this.send(partId);
  }

  /** Sends one answer; resolves whether the server kept it. Never rejects. */
  private async sendOne(partId: string, answer: PartAnswer): Promise<boolean> {
    this.options.onState(partId, 'saving');
    try {
      await this.options.save(partId, answer);
    } catch (error) {
      // A newer answer given meanwhile replaces this one; otherwise keep this one to send again.
      if (!this.waiting.has(partId)) this.waiting.set(partId, answer);
      this.options.onState(partId, 'failed', error);
      clearTimeout(this.retryTimer);
      this.retryTimer = setTimeout(() => void this.flush(), this.options.retryDelay ?? 10_000);
      return false;
    }
    if (!this.waiting.has(partId)) this.options.onState(partId, 'saved');
    return true;
  }
}
