import {finding, type BlockFinding, type BlockRule} from '../rule.js';
import type {FormatRun} from '../types.js';

/**
 * Flags underlined text that is not a link. Only the parts of an underline run outside every
 * link run are reported, so an underlined link is fine. There is no text fix: the problem is
 * the formatting (the editor removes the mark).
 */
export const noUnderline: BlockRule = {
  id: 'no-underline',
  description: 'Do not underline text, except links.',
  scope: 'block',
  defaults: {
    'easy-read': {enabled: true},
    plain: {enabled: true},
  },
  check({block}) {
    const links = block.runs.filter((run) => run.format === 'link');
    const findings: BlockFinding[] = [];
    for (const run of block.runs) {
      if (run.format !== 'underline') continue;
      for (const part of outside(run, links)) {
        if (!block.text.slice(part.from, part.to).trim()) continue;
        findings.push(
          finding(
            'no-underline',
            'error',
            part.from,
            part.to,
            'Do not underline words. People may think it is a link.',
            'NHS and easy read guidance: only underline links.'
          )
        );
      }
    }
    return findings;
  },
};

/** The parts of `run` not covered by any of `links` (which are in document order). */
function outside(run: FormatRun, links: readonly FormatRun[]): {from: number; to: number}[] {
  const parts: {from: number; to: number}[] = [];
  let at = run.from;
  for (const link of links) {
    if (link.to <= at || link.from >= run.to) continue;
    if (link.from > at) parts.push({from: at, to: link.from});
    at = Math.max(at, link.to);
  }
  if (at < run.to) parts.push({from: at, to: run.to});
  return parts;
}
