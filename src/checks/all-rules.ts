import type {RuleDefinition} from './rule.js';
import {structureRules} from './rules/structure-rules.js';
import {wordRules} from './rules/word-rules.js';

/**
 * Every built-in rule: the word rules, then the sentence, number, formatting, layout and
 * document rules. `createChecker` and `parseOrgSettings` use this list by default.
 */
export const allRules: readonly RuleDefinition[] = [...wordRules, ...structureRules];
