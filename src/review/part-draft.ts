import type {HardWord, PartAnswer, Scale} from './review-api.js';

/** A word of a part's text, with its character offsets in it. */
export interface TextWord {
  readonly word: string;
  readonly start: number;
  readonly end: number;
}

/**
 * The volunteer's answer for one part while it is being given: every question may still
 * be open. It becomes a {@link PartAnswer} (and is saved) once "Do you understand this?"
 * has an answer.
 */
export interface PartDraft {
  readonly understood?: Scale;
  readonly hardWords: readonly HardWord[];
  readonly pictureHelps?: Scale;
  readonly comment: string;
}

/** A draft with nothing answered. */
export const emptyDraft: PartDraft = {hardWords: [], comment: ''};

const wordPattern = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

/** The words of `text` (letters and digits, with inner apostrophes and hyphens), in order. */
export function wordsOf(text: string): TextWord[] {
  return [...text.matchAll(wordPattern)].map((match) => ({word: match[0], start: match.index, end: match.index + match[0].length}));
}

/** The draft for an answer the server already has (or an empty one). */
export function draftFrom(answer: PartAnswer | null): PartDraft {
  if (answer === null) return emptyDraft;
  return {
    understood: answer.understood,
    hardWords: answer.hardWords ?? [],
    ...(answer.pictureHelps ? {pictureHelps: answer.pictureHelps} : {}),
    comment: answer.comment ?? '',
  };
}

/** The answer to save, or `undefined` while "Do you understand this?" is still open. Empty parts are left out. */
export function answerFrom(draft: PartDraft): PartAnswer | undefined {
  if (draft.understood === undefined) return undefined;
  const hardWords = draft.hardWords.map((hard) =>
    hard.meaning?.trim() ? {...hard, meaning: hard.meaning.trim()} : {word: hard.word, start: hard.start, end: hard.end}
  );
  return {
    understood: draft.understood,
    ...(hardWords.length ? {hardWords} : {}),
    ...(draft.pictureHelps ? {pictureHelps: draft.pictureHelps} : {}),
    ...(draft.comment.trim() ? {comment: draft.comment.trim()} : {}),
  };
}

/** Whether the word at `start` is marked as hard in the draft. */
export function isMarked(draft: PartDraft, start: number): boolean {
  return draft.hardWords.some((hard) => hard.start === start);
}

/** The draft with `word` marked as hard, or unmarked when it was marked. Marks stay in text order. */
export function toggleWord(draft: PartDraft, word: TextWord): PartDraft {
  const hardWords = isMarked(draft, word.start)
    ? draft.hardWords.filter((hard) => hard.start !== word.start)
    : [...draft.hardWords, {word: word.word, start: word.start, end: word.end}].sort((a, b) => a.start - b.start);
  return {...draft, hardWords};
}

/** The draft with what the volunteer thinks the marked word at `start` means. */
export function withMeaning(draft: PartDraft, start: number, meaning: string): PartDraft {
  return {...draft, hardWords: draft.hardWords.map((hard) => (hard.start === start ? {...hard, meaning} : hard))};
}
