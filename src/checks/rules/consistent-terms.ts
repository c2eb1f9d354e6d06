import {finding as blockFinding, type DocumentRule} from '../rule.js';
import {sentenceWords} from '../sentence-words.js';
import type {Finding} from '../types.js';
import {hardWordsByTerm} from '../words/hard-words.js';
import {synonymSets, type SynonymMember} from '../words/synonym-sets.js';
import {normaliseWord, TermIndex, type TermHit} from '../words/term-index.js';
import {matchCase} from '../words/text-case.js';
import {isProse, severityOf, why} from './word-rule-support.js';

interface MemberForm {
  readonly set: number;
  readonly member: number;
  readonly plural: boolean;
}

const index = new TermIndex<MemberForm>(
  synonymSets.flatMap((set, setIndex) =>
    set.members.flatMap((member, memberIndex) => {
      const forms: Array<readonly [string, MemberForm]> = [[member.singular, {set: setIndex, member: memberIndex, plural: false}]];
      if (member.plural) forms.push([member.plural, {set: setIndex, member: memberIndex, plural: true}]);
      return forms;
    })
  ),
  {inflect: false}
);

/** Text before a word that introduces it as another name: "also called", "sometimes called", "(". */
const introduced = /(?:\b(?:called|known as)\s+["“‘']?(?:[\p{L}-]+\s+){0,2}|\bor\s+(?:an?\s+|the\s+)?["“‘']?|\(\s*)$/iu;
/** "GP surgery", "doctor's surgery": a place, not the person. */
const surgery = /^(?:['’]s)?\s+(?:surgery|surgeries|practice|practices)\b/i;
/** Uses that are not the thing the set names: "units of alcohol", "illegal drugs", "by injection", "GP surgery". */
const notTheThing: ReadonlyArray<{readonly word: string; readonly before?: RegExp; readonly after?: RegExp}> = [
  {word: 'gp', after: surgery},
  {word: 'gps', after: surgery},
  {word: 'doctor', after: surgery},
  {word: 'doctors', after: surgery},
  {word: 'unit', before: /\d\s*$/, after: /^\s+of\b/i},
  {word: 'drug', before: /\b(?:illegal|recreational|street|party)\s+$/i},
  {word: 'drugs', before: /\b(?:illegal|recreational|street|party)\s+$/i},
  {word: 'injection', before: /\b(?:as an|by an?|by)\s+$/i},
];

/** "is", "are" or "means" between two words: the sentence says what one of them is. */
const definition = /^[^.;:!?]*\b(?:is|are|means)\b[^.;:!?]*$/iu;

/**
 * Whether `first` and `second` (in this order, in one sentence) are two words of one set
 * joined as a definition ("A GP is a doctor who…", "Tablets are medicines"): the sentence
 * explains how the words relate, which is what consistent use is for.
 */
function defines(text: string, first: TermHit<MemberForm> | undefined, second: TermHit<MemberForm> | undefined): boolean {
  if (!first || !second || first.value.set !== second.value.set || first.value.member === second.value.member) return false;
  return definition.test(text.slice(first.to, second.from));
}

function isOtherMeaning(word: string, before: string, after: string): boolean {
  return notTheThing.some(
    (rule) => rule.word === word && ((rule.before?.test(before) ?? false) || (rule.after?.test(after) ?? false))
  );
}

/** One synonym-set member as one block uses it: how often, and its first use there. */
interface BlockUse {
  readonly set: number;
  readonly member: number;
  count: number;
  readonly from: number;
  readonly to: number;
  readonly text: string;
  readonly plural: boolean;
  /** Introduced as another name at its first use in the block ("sometimes called a jab"). */
  readonly introduced: boolean;
}

/** A member's use across the document: its first use and how often it is used. */
interface Use {
  count: number;
  readonly block: number;
  readonly first: BlockUse;
  readonly order: number;
}

const noUses: readonly BlockUse[] = Object.freeze([]);

function formOf(member: SynonymMember, plural: boolean): string {
  return plural ? (member.plural ?? member.singular) : member.singular;
}

/**
 * Flags a document that uses two or more words for the same thing ("doctor" and "GP",
 * "medicine" and "tablets", "vaccine" and "jab"). The main word is the one used most,
 * everyday words coming before hard-list words such as "medication". Each other word is
 * flagged once, at its first use, with the main word as a fix (same number and capitals).
 * A word introduced as another name ("sometimes called the flu jab", "tummy (abdomen)") is
 * fine, and so are two words joined as a definition ("A GP is a doctor who works near
 * you"). One pass over the document's words.
 */
export const consistentTerms: DocumentRule<readonly BlockUse[]> = {
  id: 'consistent-terms',
  description: 'Use the same word for the same thing.',
  scope: 'document',
  defaults: {
    'easy-read': {enabled: true, severity: 'warning'},
    plain: {enabled: true, severity: 'warning'},
  },
  collect({block, sentences}) {
    if (!isProse(block.kind) || block.kind === 'hard-word-term') return noUses;
    const found: BlockUse[] = [];
    for (const sentence of sentences) {
      const {tokens, lower, hashes} = sentenceWords(sentence);
      const hits = index.find(tokens, block.text, lower, hashes);
      for (let h = 0; h < hits.length; h++) {
        const hit = hits[h]!;
        const text = block.text.slice(hit.from, hit.to);
        const before = block.text.slice(Math.max(0, hit.from - 40), hit.from);
        if (isOtherMeaning(normaliseWord(text), before, block.text.slice(hit.to, hit.to + 20))) continue;
        const existing = found.find((use) => use.set === hit.value.set && use.member === hit.value.member);
        if (existing) existing.count++;
        else {
          found.push({
            set: hit.value.set,
            member: hit.value.member,
            count: 1,
            from: hit.from,
            to: hit.to,
            text,
            plural: hit.value.plural,
            introduced: introduced.test(before) || defines(block.text, hits[h - 1], hit) || defines(block.text, hit, hits[h + 1]),
          });
        }
      }
    }
    return found.length === 0 ? noUses : found;
  },
  combine(collected, {settings}) {
    const severity = severityOf(settings, 'severity', 'warning');
    // uses[set][member]: the member's first use in the document and how often it is used.
    const uses: Array<Array<Use | undefined>> = synonymSets.map((set) => new Array<Use | undefined>(set.members.length).fill(undefined));
    let order = 0;
    for (let blockIndex = 0; blockIndex < collected.length; blockIndex++) {
      const found = collected[blockIndex]!;
      for (let i = 0; i < found.length; i++) {
        const use = found[i]!;
        const members = uses[use.set];
        if (!members) continue;
        const existing = members[use.member];
        if (existing) existing.count += use.count;
        else members[use.member] = {count: use.count, block: blockIndex, first: use, order: order++};
      }
    }
    const findings: Finding[] = [];
    uses.forEach((members, setIndex) => {
      const set = synonymSets[setIndex];
      const used: Array<[number, Use]> = [];
      for (let member = 0; member < members.length; member++) {
        const use = members[member];
        if (use && !use.first.introduced) used.push([member, use]);
      }
      if (!set || used.length < 2) return;
      // The main word is the one used most, preferring everyday words over listed hard
      // words ("medicine" over "medication"), so the fix never suggests a hard word.
      const hard = (member: number) => (hardWordsByTerm.has(set.members[member]?.singular.toLowerCase() ?? '') ? 1 : 0);
      used.sort(([a, useA], [b, useB]) => hard(a) - hard(b) || useB.count - useA.count || useA.order - useB.order);
      const [mainIndex] = used[0] ?? [];
      const main = mainIndex === undefined ? undefined : set.members[mainIndex];
      if (!main) return;
      for (const [, use] of used.slice(1)) {
        const replacement = matchCase(use.first.text, formOf(main, use.first.plural));
        findings.push({
          ...blockFinding(
            'consistent-terms',
            severity,
            use.first.from,
            use.first.to,
            `Use one word for this. You also say “${main.singular}”.`,
            why.consistentTerms,
            [{label: `Write “${replacement}”`, replacement}]
          ),
          block: use.block,
        });
      }
    });
    return findings.sort((a, b) => a.block - b.block || a.from - b.from);
  },
  same: sameUses,
};

/** Whether two blocks' uses say the same (what `combine` reads of them). */
function sameUses(a: readonly BlockUse[], b: readonly BlockUse[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (
      x.set !== y.set ||
      x.member !== y.member ||
      x.count !== y.count ||
      x.from !== y.from ||
      x.to !== y.to ||
      x.text !== y.text ||
      x.plural !== y.plural ||
      x.introduced !== y.introduced
    ) {
      return false;
    }
  }
  return true;
}
