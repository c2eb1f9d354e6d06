/**
 * Helpers for the checks plugin's node tests: small checkers, documents, and states with the
 * plugin, checked as its view would check them.
 *
 * @module
 */
import assert from 'node:assert/strict';
import type {Node as PMNode} from 'prosemirror-model';
import {history} from 'prosemirror-history';
import {EditorState, type Transaction} from 'prosemirror-state';
import type {CheckInput, CheckResult, Finding, Scores, Severity} from '../../checks/types.js';
import {schema} from '../../document/schema.js';
import {checksKey, checksPlugin, runChecks, type ChecksChecker, type ChecksState} from './checks-plugin.js';

const scores: Scores = {
  words: 12, sentences: 2, syllables: 15, polysyllables: 0, fleschReadingEase: 90, fleschKincaidGrade: 2,
  smog: 3.1, readingAge: 7, averageSentenceLength: 6, hardWordShare: 0, meetsTarget: true, verdict: 'Easy to read',
};

/** A checker that flags every `word` in every block, offering `replacement`. */
export function wordChecker(word = 'utilise', replacement = 'use', severity: Severity = 'warning'): ChecksChecker {
  return {
    check(input: CheckInput): CheckResult {
      const findings: Finding[] = [];
      input.blocks.forEach((block, index) => {
        const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        for (const match of block.text.matchAll(new RegExp(`(?<!\\w)${escaped}(?!\\w)`, 'g'))) {
          findings.push({
            rule: 'difficult-words', severity, message: `Say "${replacement}", not "${word}".`, why: 'Plain words.',
            block: index, from: match.index, to: match.index + word.length,
            suggestions: [{label: `Change to "${replacement}"`, replacement}],
          });
        }
      });
      return {findings, ignored: [], scores: {document: scores, sections: [scores], rows: []}};
    },
  };
}

/** A checker that returns exactly `findings`. */
export function fixedChecker(findings: readonly Finding[]): ChecksChecker {
  return {check: () => ({findings, ignored: [], scores: {document: scores, sections: [], rows: []}})};
}

export function doc(...paragraphs: string[]): PMNode {
  return schema.node('doc', null, [
    schema.node('title', null, schema.text('Title')),
    ...paragraphs.map((text) => schema.node('paragraph', null, text ? schema.text(text) : [])),
  ]);
}

export function setup(node: PMNode, checker: ChecksChecker = wordChecker()): EditorState {
  const state = EditorState.create({schema, doc: node, plugins: [history(), checksPlugin({checker})]});
  return state.apply(runChecks(state));
}

export function checks(state: EditorState): ChecksState {
  const value = checksKey.getState(state);
  assert.ok(value, 'the state has a checks plugin');
  return value;
}

export function covered(state: EditorState): string[] {
  return checks(state).findings.map((finding) => state.doc.textBetween(finding.from, finding.to));
}

/** Where finding `id`'s underline is drawn. */
export function drawnRange(state: EditorState, id: string): [number, number] {
  const [drawn] = checks(state).decorations.find(undefined, undefined, (spec) => spec['findingId'] === id);
  assert.ok(drawn, `finding ${id} is drawn`);
  return [drawn.from, drawn.to];
}

export function textOf(state: EditorState): string {
  return state.doc.textBetween(0, state.doc.content.size, '|');
}

/** Applies a transaction, then the check that the plugin's view would run after it. */
export function edit(state: EditorState, make: (tr: Transaction) => Transaction): EditorState {
  const next = state.apply(make(state.tr));
  return next.apply(runChecks(next));
}

/** Runs a command, failing the test if it does not apply. */
export function run(state: EditorState, command: (s: EditorState, d?: (tr: Transaction) => void) => boolean): EditorState {
  let next = state;
  assert.ok(command(state, (tr) => (next = state.apply(tr))), 'the command applies');
  return next;
}

/** Position of the first `text` in the document. */
export function find(state: EditorState, text: string): number {
  let found = -1;
  state.doc.descendants((node, pos) => {
    if (found < 0 && node.isText) {
      const at = node.text!.indexOf(text);
      if (at >= 0) found = pos + at;
    }
    return found < 0;
  });
  assert.ok(found >= 0, `"${text}" is in the document`);
  return found;
}
