/**
 * The check engine's public surface. Pure TypeScript: it runs the same in the editor, a
 * Web Worker, Node and the command line.
 */
export type * from './types.js';
export type {
  BlockContext,
  BlockFacts,
  BlockFinding,
  BlockRule,
  CollectContext,
  DocumentContext,
  DocumentRule,
  Profile,
  RuleDefinition,
  RuleSettings,
  Sentence,
  SettingValue,
  Token,
  WordSettings,
} from './rule.js';
export {allRules} from './all-rules.js';
export {checkText, reportFor, textToInput, type CheckReport, type CheckTextOptions, type ReportFinding} from './check-text.js';
export {createChecker, type Checker, type CheckerOptions} from './checker.js';
export {parseOrgSettings, resolveProfile, SettingsError, type OrgSettings} from './settings.js';
export {splitSentences, tokenize} from './segment.js';
export {syllables} from './syllables.js';
