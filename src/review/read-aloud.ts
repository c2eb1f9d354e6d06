import type {ReactiveController, ReactiveControllerHost} from 'lit';

/**
 * The parts of the browser's `speechSynthesis` that {@link ReadAloud} uses. Tests give a
 * stub; `voiceschanged` is listened to through `addEventListener`.
 */
export interface SpeechSynthesisLike extends EventTarget {
  speak(utterance: SpeechSynthesisUtterance): void;
  cancel(): void;
  getVoices(): readonly unknown[];
}

/** Whether the device can read out loud: not known yet, yes, or no voice at all. */
export type VoiceState = 'unknown' | 'ready' | 'none';

/** The speaking rates "Slower" and "Faster" step through; 1 is the device's normal rate. */
export const rateSteps: readonly number[] = [0.5, 0.65, 0.8, 1, 1.2, 1.4];

/** Options for {@link ReadAloud}. */
export interface ReadAloudOptions {
  /** The synthesis to use (default: the browser's `speechSynthesis`, or none where it is missing). */
  readonly synthesis?: SpeechSynthesisLike | null;
  /** Makes an utterance for a text (default: `new SpeechSynthesisUtterance(text)`). */
  readonly createUtterance?: (text: string) => SpeechSynthesisUtterance;
  /** Where the chosen rate is remembered (default: `localStorage`; `null` for nowhere). */
  readonly storage?: Pick<Storage, 'getItem' | 'setItem'> | null;
  /** The storage key for the rate (default `er-read-aloud-rate`). */
  readonly rateKey?: string;
}

/** What {@link ReadAloud.read} reports while it speaks. */
export interface ReadOptions {
  /** Called as each word is spoken, with its character offsets in the text. */
  readonly onWord?: (start: number, end: number) => void;
}

const wordAt = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/uy;

/**
 * Reads text out loud with the browser's speech synthesis and says which word is being
 * spoken (from the utterance's `boundary` events), so a screen can highlight it. The rate
 * steps slower and faster and is remembered on this device.
 *
 * As a Lit controller it asks its host to update when the voice state, the rate or
 * speaking changes; it stops speaking when the host is disconnected. Where the browser
 * has no `speechSynthesis`, or no voices once `voiceschanged` has fired (or when asked to
 * read), {@link voice} is `'none'` and {@link read} resolves `false` at once.
 *
 * @example
 * const speech = new ReadAloud(this);
 * await speech.read(part.text, {onWord: (start, end) => (this.spokenWord = {start, end})});
 */
export class ReadAloud implements ReactiveController {
  private readonly host: ReactiveControllerHost | null;
  private readonly synthesis: SpeechSynthesisLike | null;
  private readonly createUtterance: (text: string) => SpeechSynthesisUtterance;
  private readonly storage: Pick<Storage, 'getItem' | 'setItem'> | null;
  private readonly rateKey: string;
  private voiceState: VoiceState;
  private rateIndex: number;
  private current: {readonly utterance: SpeechSynthesisUtterance; readonly done: (finished: boolean) => void} | null = null;

  constructor(host: ReactiveControllerHost | null, options: ReadAloudOptions = {}) {
    this.host = host;
    this.synthesis =
      options.synthesis !== undefined ? options.synthesis : typeof speechSynthesis === 'undefined' ? null : speechSynthesis;
    this.createUtterance = options.createUtterance ?? ((text) => new SpeechSynthesisUtterance(text));
    this.storage = options.storage !== undefined ? options.storage : typeof localStorage === 'undefined' ? null : localStorage;
    this.rateKey = options.rateKey ?? 'er-read-aloud-rate';
    const stored = rateSteps.indexOf(Number(this.storage?.getItem(this.rateKey)));
    this.rateIndex = stored >= 0 ? stored : rateSteps.indexOf(1);
    this.voiceState = this.synthesis === null ? 'none' : this.synthesis.getVoices().length > 0 ? 'ready' : 'unknown';
    host?.addController(this);
  }

  /** Whether the device can read out loud. */
  get voice(): VoiceState {
    return this.voiceState;
  }

  /** The speaking rate, one of {@link rateSteps}. */
  get rate(): number {
    return rateSteps[this.rateIndex]!;
  }

  /** Whether it is reading now. */
  get speaking(): boolean {
    return this.current !== null;
  }

  get canGoSlower(): boolean {
    return this.rateIndex > 0;
  }

  get canGoFaster(): boolean {
    return this.rateIndex < rateSteps.length - 1;
  }

  hostConnected(): void {
    this.synthesis?.addEventListener('voiceschanged', this.handleVoicesChanged);
  }

  hostDisconnected(): void {
    this.synthesis?.removeEventListener('voiceschanged', this.handleVoicesChanged);
    this.stop();
  }

  /** One step slower; the next text read uses it. */
  slower(): void {
    this.setRateIndex(this.rateIndex - 1);
  }

  /** One step faster; the next text read uses it. */
  faster(): void {
    this.setRateIndex(this.rateIndex + 1);
  }

  /**
   * Reads `text` out loud, stopping whatever was being read. Resolves `true` when it was
   * read to the end, `false` when it was stopped or the device cannot read out loud.
   */
  read(text: string, options: ReadOptions = {}): Promise<boolean> {
    this.stop();
    const synthesis = this.synthesis;
    if (synthesis === null || synthesis.getVoices().length === 0) {
      this.setVoice('none');
      return Promise.resolve(false);
    }
    this.setVoice('ready');
    return new Promise<boolean>((resolve) => {
      const utterance = this.createUtterance(text);
      utterance.rate = this.rate;
      const done = (finished: boolean) => {
        if (this.current?.utterance !== utterance) return;
        this.current = null;
        this.host?.requestUpdate();
        resolve(finished);
      };
      utterance.addEventListener('boundary', (event) => {
        if (event.name && event.name !== 'word') return;
        const [start, end] = wordRange(text, event.charIndex, event.charLength);
        if (end > start) options.onWord?.(start, end);
      });
      utterance.addEventListener('end', () => done(true));
      utterance.addEventListener('error', () => done(false));
      this.current = {utterance, done};
      this.host?.requestUpdate();
      synthesis.speak(utterance);
    });
  }

  /** Stops reading; the `read` in progress resolves `false`. */
  stop(): void {
    const current = this.current;
    if (current === null) return;
    current.done(false);
    this.synthesis?.cancel();
  }

  private readonly handleVoicesChanged = () => {
    this.setVoice(this.synthesis !== null && this.synthesis.getVoices().length > 0 ? 'ready' : 'none');
  };

  private setVoice(state: VoiceState): void {
    if (state === this.voiceState) return;
    this.voiceState = state;
    this.host?.requestUpdate();
  }

  private setRateIndex(index: number): void {
    this.rateIndex = Math.min(Math.max(index, 0), rateSteps.length - 1);
    this.storage?.setItem(this.rateKey, String(this.rate));
    this.host?.requestUpdate();
  }
}

/**
 * The word a boundary event points at. Some browsers give no `charLength`, so the word's
 * end is found in the text itself.
 */
function wordRange(text: string, charIndex: number, charLength: number | undefined): [number, number] {
  if (charLength) return [charIndex, Math.min(charIndex + charLength, text.length)];
  wordAt.lastIndex = charIndex;
  const match = wordAt.exec(text);
  return [charIndex, match ? charIndex + match[0].length : charIndex];
}
