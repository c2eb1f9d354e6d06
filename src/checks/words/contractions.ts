/**
 * Contractions and what they are short for, for the contractions check. Written for this
 * project. NHS style: "We use 'cannot' instead of 'can't'" and "'do not' instead of
 * 'don't'" (A to Z); negative contractions are misread, positive ones ("you'll") are fine
 * on the web, but easy read avoids them all.
 *
 * Keys are lower case with a straight apostrophe; the check also reads curly ones (’).
 * "Possessive" forms ("doctor's") are not listed, so they are never flagged.
 */
export interface Contraction {
  /** The full forms, best first ("I'd" is "I would" or "I had"). */
  readonly expansions: readonly string[];
  /** A negative contraction ("can't"): an error in plain English. */
  readonly negative?: boolean;
  /** "should've", "could've", "would've": a warning in plain English. */
  readonly perfect?: boolean;
}

const negative = (expansion: string): Contraction => ({expansions: [expansion], negative: true});
const perfect = (expansion: string): Contraction => ({expansions: [expansion], perfect: true});
const positive = (...expansions: string[]): Contraction => ({expansions});

/** Contraction → its full forms. */
export const contractions: ReadonlyMap<string, Contraction> = new Map([
  ["can't", negative('cannot')],
  ["won't", negative('will not')],
  ["don't", negative('do not')],
  ["doesn't", negative('does not')],
  ["didn't", negative('did not')],
  ["isn't", negative('is not')],
  ["aren't", negative('are not')],
  ["wasn't", negative('was not')],
  ["weren't", negative('were not')],
  ["haven't", negative('have not')],
  ["hasn't", negative('has not')],
  ["hadn't", negative('had not')],
  ["shouldn't", negative('should not')],
  ["wouldn't", negative('would not')],
  ["couldn't", negative('could not')],
  ["mustn't", negative('must not')],
  ["needn't", negative('need not')],
  ["mightn't", negative('might not')],
  ["shan't", negative('shall not')],
  ["ain't", negative('is not')],
  ["should've", perfect('should have')],
  ["could've", perfect('could have')],
  ["would've", perfect('would have')],
  ["might've", perfect('might have')],
  ["must've", perfect('must have')],
  ["i'm", positive('I am')],
  ["you're", positive('you are')],
  ["we're", positive('we are')],
  ["they're", positive('they are')],
  ["i've", positive('I have')],
  ["you've", positive('you have')],
  ["we've", positive('we have')],
  ["they've", positive('they have')],
  ["i'll", positive('I will')],
  ["you'll", positive('you will')],
  ["he'll", positive('he will')],
  ["she'll", positive('she will')],
  ["it'll", positive('it will')],
  ["we'll", positive('we will')],
  ["they'll", positive('they will')],
  ["that'll", positive('that will')],
  ["there'll", positive('there will')],
  ["i'd", positive('I would', 'I had')],
  ["you'd", positive('you would', 'you had')],
  ["he'd", positive('he would', 'he had')],
  ["she'd", positive('she would', 'she had')],
  ["we'd", positive('we would', 'we had')],
  ["they'd", positive('they would', 'they had')],
  ["it's", positive('it is', 'it has')],
  ["he's", positive('he is', 'he has')],
  ["she's", positive('she is', 'she has')],
  ["that's", positive('that is')],
  ["there's", positive('there is')],
  ["here's", positive('here is')],
  ["what's", positive('what is')],
  ["who's", positive('who is')],
  ["where's", positive('where is')],
  ["how's", positive('how is')],
  ["when's", positive('when is')],
  ["let's", positive('let us')],
]);
