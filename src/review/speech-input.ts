/**
 * Speech to text for comment boxes, where the browser has it (`SpeechRecognition`, or
 * `webkitSpeechRecognition` in Chromium and Safari). Screens show a microphone button only
 * when {@link browserSpeechInput} gives a factory.
 *
 * @module
 */

/** One listening session: `stop()` ends it; `onText` gets each final piece of text heard. */
export interface Listening {
  stop(): void;
}

/** Starts listening. `onEnd` is called once, however listening ends. */
export type SpeechInput = (onText: (text: string) => void, onEnd: () => void) => Listening;

/** The part of the Web Speech API's recognition object used here. */
interface Recognition extends EventTarget {
  lang: string;
  continuous: boolean;
  interimResults: boolean;
  start(): void;
  stop(): void;
}

interface RecognitionResultEvent extends Event {
  readonly resultIndex: number;
  readonly results: ArrayLike<{readonly isFinal: boolean; readonly 0: {readonly transcript: string}}>;
}

type RecognitionConstructor = new () => Recognition;

/** The browser's speech input, or `null` where it has none. */
export function browserSpeechInput(scope: object = globalThis): SpeechInput | null {
  const Constructor = recognitionIn(scope);
  if (Constructor === null) return null;
  return (onText, onEnd) => {
    const recognition = new Constructor();
    recognition.lang = typeof document === 'undefined' ? 'en-GB' : document.documentElement.lang || 'en-GB';
    recognition.continuous = true;
    recognition.interimResults = false;
    recognition.addEventListener('result', (event) => {
      const {results, resultIndex} = event as RecognitionResultEvent;
      for (let i = resultIndex; i < results.length; i++) {
        const result = results[i]!;
        if (result.isFinal) onText(result[0].transcript.trim());
      }
    });
    recognition.addEventListener('end', () => onEnd(), {once: true});
    recognition.start();
    return {stop: () => recognition.stop()};
  };
}

function recognitionIn(scope: object): RecognitionConstructor | null {
  for (const name of ['SpeechRecognition', 'webkitSpeechRecognition']) {
    const value: unknown = Reflect.get(scope, name);
    if (typeof value === 'function') return value as RecognitionConstructor;
  }
  return null;
}
