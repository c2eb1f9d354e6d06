import {finding as blockFinding, type DocumentRule} from '../rule.js';
import type {Finding} from '../types.js';
import {normaliseWord, TermIndex, type WordSpan} from '../words/term-index.js';
import {blockWords, isExplainedAt, isProse, severityOf, why} from './word-rule-support.js';

/** The most words a bold run can have and still be a "hard word" (longer runs are emphasis). */
const maxBoldWords = 3;

interface Entry {
  readonly block: number;
  readonly term: string;
  readonly meaning: string;
}

/** A bold run of 1 to 3 words not explained where it stands: flagged unless a box explains it. */
interface BoldRun {
  readonly from: number;
  readonly to: number;
  readonly words: readonly WordSpan[];
}

/** What one block of running text tells the rule: its words and its unexplained bold runs. */
interface ProseFacts {
  readonly text: string;
  readonly words: readonly WordSpan[];
  readonly runs: readonly BoldRun[];
}

/** What a block of text tells the rule once the document's boxes are known. */
interface ProseHits {
  readonly index: TermIndex<true>;
  /** The box terms the block uses. */
  readonly used: readonly string[];
  /** Its bold runs that no box explains. */
  readonly unboxed: readonly BoldRun[];
}

const hitsCache = new WeakMap<ProseFacts, ProseHits>();
const indexCache = new Map<string, TermIndex<true>>();

/** The index of the boxes' terms, shared while the terms stay the same. */
function termIndex(entries: readonly Entry[]): TermIndex<true> {
  const terms = entries.filter((entry) => entry.term).map((entry) => entry.term);
  const key = JSON.stringify(terms);
  let index = indexCache.get(key);
  if (!index) {
    if (indexCache.size >= 16) indexCache.clear();
    index = new TermIndex(terms.map((term) => [term, true] as const));
    indexCache.set(key, index);
  }
  return index;
}

function hitsOf(facts: ProseFacts, index: TermIndex<true>): ProseHits {
  const cached = hitsCache.get(facts);
  if (cached?.index === index) return cached;
  const used = index.find(facts.words, facts.text).map((hit) => hit.key);
  const unboxed = facts.runs.filter((run) => index.find(run.words, facts.text).length === 0);
  const hits = {index, used, unboxed};
  hitsCache.set(facts, hits);
  return hits;
}

/**
 * Checks the hard-word boxes against the text, in both directions. Runs only when the
 * document has at least one box.
 * - A box whose term is never used in the text (any form: "biopsies" for "biopsy").
 * - A box with no meaning written.
 * - A word in bold in the text (a run of up to 3 words) that no box explains and that is
 *   not explained where it stands ("bold plus explanation box", Easy Read Online).
 * Each block's words are matched against the boxes once per set of box terms.
 */
export const glossaryConsistency: DocumentRule<ProseFacts | undefined> = {
  id: 'glossary-consistency',
  description: 'Every hard-word box is used, and every bold hard word is explained.',
  scope: 'document',
  defaults: {
    'easy-read': {enabled: true, severity: 'warning'},
    plain: {enabled: true, severity: 'warning'},
  },
  collect({block, sentences}) {
    if (!isProse(block.kind) || block.kind === 'hard-word-term' || block.kind === 'hard-word-meaning') return undefined;
    const words = blockWords(sentences);
    const runs: BoldRun[] = [];
    for (const run of block.runs) {
      if (run.format !== 'bold') continue;
      const inRun = words.filter((word) => word.from >= run.from && word.to <= run.to);
      if (inRun.length === 0 || inRun.length > maxBoldWords || isExplainedAt(block.text, run.from, run.to)) continue;
      runs.push({from: run.from, to: run.to, words: inRun});
    }
    return {text: block.text, words, runs};
  },
  combine(collected, {input, settings}) {
    const blocks = input.blocks;
    const entries: Entry[] = [];
    for (let index = 0; index < blocks.length; index++) {
      if (blocks[index]!.kind !== 'hard-word-term') continue;
      const next = blocks[index + 1];
      entries.push({block: index, term: blocks[index]!.text.trim(), meaning: next?.kind === 'hard-word-meaning' ? next.text.trim() : ''});
    }
    if (entries.length === 0) return [];
    const severity = severityOf(settings, 'severity', 'warning');
    const index = termIndex(entries);
    const used = new Set<string>();
    const findings: Finding[] = [];
    const add = (block: number, from: number, to: number, message: string) =>
      findings.push({...blockFinding('glossary-consistency', severity, from, to, message, why.glossary), block});

    for (let blockIndex = 0; blockIndex < collected.length; blockIndex++) {
      const facts = collected[blockIndex];
      if (!facts) continue;
      const hits = hitsOf(facts, index);
      for (const key of hits.used) used.add(key);
      for (const run of hits.unboxed) {
        const text = facts.text.slice(run.from, run.to).trim();
        add(blockIndex, run.from, run.to, `Explain “${text}” in a hard word box.`);
      }
    }
    for (const entry of entries) {
      const from = 0;
      const to = blocks[entry.block]?.text.length ?? 0;
      if (!entry.meaning) add(entry.block, from, to, `Write what “${entry.term}” means.`);
      if (entry.term && !used.has(normaliseWord(entry.term))) add(entry.block, from, to, `“${entry.term}” is not used in the text.`);
    }
    return findings.sort((a, b) => a.block - b.block || a.from - b.from);
  },
};
