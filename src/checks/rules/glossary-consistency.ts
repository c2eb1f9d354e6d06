import {finding as blockFinding, type DocumentRule} from '../rule.js';
import type {CheckBlock, Finding} from '../types.js';
import {normaliseWord, TermIndex} from '../words/term-index.js';
import {isExplainedAt, isProse, severityOf, why, wordTokens} from './word-rule-support.js';

/** The most words a bold run can have and still be a "hard word" (longer runs are emphasis). */
const maxBoldWords = 3;

interface Entry {
  readonly block: number;
  readonly term: string;
  readonly meaning: string;
}

function boldRuns(block: CheckBlock): Array<{readonly from: number; readonly to: number}> {
  return block.runs.filter((run) => run.format === 'bold');
}

/**
 * Checks the hard-word boxes against the text, in both directions. Runs only when the
 * document has at least one box.
 * - A box whose term is never used in the text (any form: "biopsies" for "biopsy").
 * - A box with no meaning written.
 * - A word in bold in the text (a run of up to 3 words) that no box explains and that is
 *   not explained where it stands ("bold plus explanation box", Easy Read Online).
 */
export const glossaryConsistency: DocumentRule = {
  id: 'glossary-consistency',
  description: 'Every hard-word box is used, and every bold hard word is explained.',
  scope: 'document',
  defaults: {
    'easy-read': {enabled: true, severity: 'warning'},
    plain: {enabled: true, severity: 'warning'},
  },
  check({facts, settings}) {
    const severity = severityOf(settings, 'severity', 'warning');
    const entries: Entry[] = [];
    facts.forEach(({block}, index) => {
      if (block.kind !== 'hard-word-term') return;
      const next = facts[index + 1]?.block;
      entries.push({block: index, term: block.text.trim(), meaning: next?.kind === 'hard-word-meaning' ? next.text.trim() : ''});
    });
    if (entries.length === 0) return [];
    const index = new TermIndex(entries.filter((entry) => entry.term).map((entry) => [entry.term, entry] as const));
    const used = new Set<string>();
    const findings: Finding[] = [];
    const add = (block: number, from: number, to: number, message: string) =>
      findings.push({...blockFinding('glossary-consistency', severity, from, to, message, why.glossary), block});

    facts.forEach(({block, sentences}, blockIndex) => {
      if (!isProse(block.kind) || block.kind === 'hard-word-term' || block.kind === 'hard-word-meaning') return;
      const words = sentences.flatMap(wordTokens);
      for (const hit of index.find(words, block.text)) used.add(hit.key);
      for (const run of boldRuns(block)) {
        const inRun = words.filter((word) => word.from >= run.from && word.to <= run.to);
        if (inRun.length === 0 || inRun.length > maxBoldWords) continue;
        const boxed = index.find(inRun, block.text).length > 0;
        if (boxed || isExplainedAt(block.text, run.from, run.to)) continue;
        const text = block.text.slice(run.from, run.to).trim();
        add(blockIndex, run.from, run.to, `Explain “${text}” in a hard word box.`);
      }
    });
    for (const entry of entries) {
      const from = 0;
      const to = facts[entry.block]?.block.text.length ?? 0;
      if (!entry.meaning) add(entry.block, from, to, `Write what “${entry.term}” means.`);
      if (entry.term && !used.has(normaliseWord(entry.term))) add(entry.block, from, to, `“${entry.term}” is not used in the text.`);
    }
    return findings.sort((a, b) => a.block - b.block || a.from - b.from);
  },
};
