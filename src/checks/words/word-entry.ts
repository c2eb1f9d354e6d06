/**
 * The shape of the hard-word lists: a hard or official word, the everyday words to use
 * instead, and where the pairing comes from.
 */

/**
 * Where a word-list entry comes from. Each source has its own licence, credited in
 * `SOURCES.md` and in the doc comment of its module:
 * - `plainlanguage.gov`: Federal Plain Language Guidelines, public domain and CC0 1.0.
 * - `NHS A to Z`: NHS digital service manual, Open Government Licence v3.0.
 * - `UK health terms`: written for this project.
 */
export type WordSource = 'plainlanguage.gov' | 'NHS A to Z' | 'UK health terms';

/** One hard word (or phrase) and its plain alternatives. */
export interface WordEntry {
  /** The hard word or phrase, lower case unless it is always written with capitals. */
  readonly term: string;
  /** Everyday alternatives, best first. Never empty. */
  readonly plain: readonly string[];
  readonly source: WordSource;
  /** When the swap does not fit every context, or why the word is hard. */
  readonly note?: string;
  /**
   * A medical term that may have to stay (a reader will hear it from their doctor).
   * If it stays, it must be explained at first use (the "explain it" list).
   */
  readonly medical?: boolean;
}
