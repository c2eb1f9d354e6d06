/**
 * Every word the volunteer's screen (`<er-review>`) can show or say. They are checked with
 * the project's own easy-read checker (`review-words.node.test.ts`), so the screen itself
 * is easy read. Words with numbers or a word in them are functions below.
 */
export const reviewWords = {
  loading: 'Getting the pages ready.',
  noToken: 'This link is not whole. Ask for a new link.',
  notFound: 'This link does not work. Ask for a new link.',
  ended: 'This check has ended. Thank you.',
  failed: 'We cannot get the pages now. Please try again later.',
  tryAgain: 'Try again',

  practiceHeading: 'This is how it works',
  practiceIntro: 'This page is only for practice. We do not keep your answers on this page.',
  practiceText: 'Take your tablet every morning.',
  practicePictureAlt: 'A tablet',
  start: 'Start',
  skipPractice: 'Skip practice',

  doneBefore: 'You checked this last time.',
  showDoneBefore: 'Show the pages you checked last time',

  readToMe: 'Read to me',
  stopReading: 'Stop reading',
  slower: 'Slower',
  faster: 'Faster',
  noVoice: 'Reading out loud does not work on this device.',

  understand: 'Do you understand this?',
  yes: 'Yes',
  notSure: 'Not sure',
  no: 'No',
  hardWords: 'Tap any hard words.',
  hardWordsHint: 'Tap a word again to take the mark off.',
  markedWord: 'hard word',
  pictureHelps: 'Does the picture help?',
  tellUsMore: 'Tell us more',
  tellUsMoreHint: 'You do not have to write here.',
  speak: 'Speak',
  stopSpeaking: 'Stop',

  saving: 'Saving.',
  saved: 'Saved.',
  notSaved: 'Not saved yet. We will try again.',

  back: 'Back',
  next: 'Next',

  readyHeading: 'Is it ready?',
  readyIntro: 'You have looked at all the pages.',
  readyYes: 'Yes, it is easy to read',
  readyNo: 'No, it needs changes',
  readyComment: 'Tell us why',

  thanksHeading: 'Thank you',
  thanksText: 'Your answers help us make it easy to read.',
  thanksVerdictYes: 'You said it is easy to read.',
  thanksVerdictNo: 'You said it needs changes.',
  lookAgain: 'Look at the pages again',
} as const;

/** Where the volunteer is: "Page 3 of 8". */
export function pageOf(page: number, total: number): string {
  return `Page ${page} of ${total}`;
}

/** How far the volunteer has got: "You have done 2 of 8". */
export function doneOf(done: number, total: number): string {
  return `You have done ${done} of ${total}`;
}

/** The question under a word the volunteer marked as hard. */
export function meaningOf(word: string): string {
  return `What do you think ${word} means?`;
}

/** The words of the group screen (`<er-group-review>`), checked the same way. */
export const groupWords = {
  heading: 'Check it together',
  whoIsHere: 'Who is here today?',
  start: 'Start',
  chooseSomeone: 'Choose who is here first.',
  answered: 'Answered:',
  onOwnTablet: 'Answered on their own tablet:',
  nobodyYet: 'Nobody has answered yet.',
  lookAgain: 'See who has answered',
  hardWords: 'Hard words',
  answerFirst: 'First say if they understand it.',
  loading: 'Getting the list ready.',
  listFailed: 'We cannot get the list now. Please try again.',
  tryAgain: 'Try again',
  noChecks: 'There is nothing to check now.',
  runSession: 'Run a group session',
  round: 'Round',
  finishBy: 'Finish by',
  asked: 'People you help in this check:',
  nobodyToAdd: 'There is nobody you can add.',
  another: 'Choose another check',
  isItReady: 'Is it ready?',
  endSession: 'End the meeting',
  ended: 'The meeting has ended. Thank you.',
  failed: 'Not saved yet. Please try again.',
} as const;
