/**
 * The check engine's data contract. Everything here is plain data, so the same engine
 * runs in the editor, a Web Worker, Node and the command line.
 *
 * The editor (or the CLI) turns a document into `CheckBlock`s; the engine returns
 * `Finding`s whose `from`/`to` are offsets into `CheckBlock.text`, plus `Scores`.
 */

/** How serious a finding is. `error` blocks "ready for review" in the easy-read profile. */
export type Severity = 'error' | 'warning' | 'info';

/** The two built-in profiles. */
export type ProfileName = 'easy-read' | 'plain';

/** What kind of block a piece of text comes from. */
export type BlockKind =
  | 'title'
  | 'heading'
  | 'paragraph'
  | 'list-item'
  | 'row-text'
  | 'hard-word-term'
  | 'hard-word-meaning'
  | 'contact';

/** A formatting run inside a block: `[from, to)` offsets into the block's text. */
export interface FormatRun {
  readonly from: number;
  readonly to: number;
  readonly format: 'bold' | 'italic' | 'underline' | 'link';
}

/** The picture of an easy-read row, as the checks see it. */
export interface RowPicture {
  readonly src: string;
  readonly alt: string;
  /** The picture library's name for it ("pill"), when it came from the library and the caller knows the name. */
  readonly symbolName?: string;
}

/**
 * One textblock of a document. Inline non-text leaves (a line break) are one
 * character each (`\n` for a break), so `offset` in `text` maps one-to-one onto
 * document positions for the editor.
 *
 * A block is read-only once checked: a checker remembers its work per block object, so
 * passing the same object for an unchanged block on the next check (as `documentBlocks`
 * does) makes a re-check cheap. Change a block by making a new one.
 */
export interface CheckBlock {
  readonly kind: BlockKind;
  readonly text: string;
  /** Formatting runs, in order; may be empty. */
  readonly runs: readonly FormatRun[];
  /** Index of the section the block is in: each heading starts a new section; 0 before the first. */
  readonly section: number;
  /** For `row-text` blocks: index into `CheckInput.rows`. */
  readonly row?: number;
  /** For `heading` blocks: 2 or 3. */
  readonly level?: number;
  /** For `list-item` blocks: whether the list is numbered, the item's index and the list's size. */
  readonly list?: {readonly ordered: boolean; readonly index: number; readonly size: number};
  /** For `contact` blocks: which field (`phone`, `email`, `address`, `hours`, `name`, `website`). */
  readonly field?: string;
  /** For files read by the CLI: the 1-based line the block starts on. */
  readonly line?: number;
}

/** An easy-read row: its picture (or `null` when it has none yet). */
export interface RowInfo {
  readonly picture: RowPicture | null;
}

/**
 * The document's details, as stored with it. Dates are ISO `YYYY-MM-DD` or empty.
 *
 * `undefined` and `''` mean different things. A field that is `undefined` is unknown: the
 * input format cannot hold it (a `.txt` file has no dates and no title), so the rules that
 * need it skip it: dates-on-document does not ask for a missing date, and headings does not
 * say "no title" for a document without a title block. An empty string is known to be empty
 * (the editor and the `.json` document format always hold every field), so those rules fire.
 */
export interface DocumentDetails {
  readonly title?: string;
  readonly audience?: string;
  readonly owner?: string;
  readonly written?: string;
  readonly reviewBy?: string;
}

/** Why a finding was ignored. */
export type IgnoreReason = 'false-positive' | 'clinical-term' | 'checked-with-readers';

/**
 * A finding someone chose to ignore. It is tied to the sentence's text, so it comes back
 * when that sentence changes.
 */
export interface IgnoredFinding {
  readonly rule: string;
  /** The sentence (or block text) the finding was in, exactly. */
  readonly sentence: string;
  /** The text the finding covered. */
  readonly text: string;
  readonly reason: IgnoreReason;
  readonly by: string;
  /** ISO date-time. */
  readonly at: string;
}

/** Everything the engine needs to check a document. */
export interface CheckInput {
  readonly blocks: readonly CheckBlock[];
  readonly rows: readonly RowInfo[];
  readonly details: DocumentDetails;
  /**
   * True when the input format cannot hold row pictures (Markdown, HTML, Word as the command
   * line reads them): every row's `picture` is then `null` for want of a place, and the
   * picture checks skip rather than ask for pictures the writer cannot add there.
   */
  readonly picturesUnknown?: boolean;
  readonly ignores?: readonly IgnoredFinding[];
  /** "Today", ISO `YYYY-MM-DD`, for the review-by check. Defaults to the real date. */
  readonly today?: string;
}

/** A one-click fix. Applying it replaces the finding's `[from, to)` text with `replacement`. */
export interface Suggestion {
  readonly label: string;
  readonly replacement: string;
}

/** One problem found in the text. */
export interface Finding {
  /** Stable kebab-case rule id, as in shared/easy-read-rules.md (`sentence-length`). */
  readonly rule: string;
  readonly severity: Severity;
  /** What is wrong, in plain words, under 15 words. */
  readonly message: string;
  /** Why it matters, naming the guideline. */
  readonly why: string;
  /** Index into `CheckInput.blocks`; -1 for a finding about the whole document. */
  readonly block: number;
  /** Offsets into the block's text. */
  readonly from: number;
  readonly to: number;
  readonly suggestions: readonly Suggestion[];
}

/** Readability figures for a span of text (document, section or row). */
export interface Scores {
  readonly words: number;
  readonly sentences: number;
  readonly syllables: number;
  /** Words of 3 or more syllables. */
  readonly polysyllables: number;
  readonly fleschReadingEase: number;
  readonly fleschKincaidGrade: number;
  readonly smog: number;
  /** UK reading age: US grade + 5. */
  readonly readingAge: number;
  readonly averageSentenceLength: number;
  /** Share of hard (3+ syllable, not on the allow list) words, 0 to 1. */
  readonly hardWordShare: number;
  /** Whether the reading age meets the profile's target. */
  readonly meetsTarget: boolean;
  /** A plain verdict: "Easy to read" or "Hard to read" (or "Not enough text yet"). */
  readonly verdict: string;
}

/** What a check run returns. */
export interface CheckResult {
  readonly findings: readonly Finding[];
  /** Findings matched by an ignore, kept so they can be listed and reopened. */
  readonly ignored: readonly {readonly finding: Finding; readonly ignore: IgnoredFinding}[];
  readonly scores: {
    readonly document: Scores;
    readonly sections: readonly Scores[];
    readonly rows: readonly Scores[];
  };
}
