/**
 * The only door to `text-readability`, kept for cross-checking our own scores in tests.
 *
 * The library has known faults (it rounds before the formulas, drops sentences of two
 * words or fewer, splits at "Dr." and ignores digits), so the app never shows its figures.
 * Loading it also adds `Math.copySign` and `Math.legacyRound` to the global `Math`. This
 * module contains that: it loads the library lazily, puts `Math` back as it was straight
 * after loading, and lends the two helpers to `Math` only for the length of each call.
 */

import type Readability from 'text-readability';

/** The library's figures for a text. */
export interface LibraryScores {
  readonly fleschReadingEase: number;
  readonly fleschKincaidGrade: number;
  readonly smog: number;
  readonly words: number;
  readonly sentences: number;
  readonly syllables: number;
}

/** Scores a text with the library. */
export type LibraryScorer = (text: string) => LibraryScores;

const PATCHED = ['copySign', 'legacyRound'] as const;
type Snapshot = Map<string, PropertyDescriptor | undefined>;

function snapshot(): Snapshot {
  return new Map(PATCHED.map((name) => [name, Object.getOwnPropertyDescriptor(Math, name)]));
}

function restore(saved: Snapshot): void {
  for (const [name, descriptor] of saved) {
    if (descriptor) Object.defineProperty(Math, name, descriptor);
    else Reflect.deleteProperty(Math, name);
  }
}

let loading: Promise<LibraryScorer> | undefined;

async function load(): Promise<LibraryScorer> {
  const before = snapshot();
  let library: typeof Readability;
  let helpers: Snapshot;
  try {
    library = (await import('text-readability')).default;
  } finally {
    helpers = snapshot();
    restore(before);
  }
  return (text) => {
    const outside = snapshot();
    restore(helpers);
    try {
      return {
        fleschReadingEase: library.fleschReadingEase(text),
        fleschKincaidGrade: library.fleschKincaidGrade(text),
        smog: library.smogIndex(text),
        words: library.lexiconCount(text),
        sentences: library.sentenceCount(text),
        syllables: library.syllableCount(text),
      };
    } finally {
      restore(outside);
    }
  };
}

/**
 * Returns a scorer backed by `text-readability`, loading the library on first use.
 * `Math` is unchanged after this resolves and after every call of the scorer.
 */
export function libraryScorer(): Promise<LibraryScorer> {
  loading ??= load();
  return loading;
}
