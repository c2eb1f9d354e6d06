import {finding, type BlockContext, type BlockFinding, type Token} from '../rule.js';
import {overlapsAny, severitySetting, skipSpans, type Spans} from './structure-util.js';

/**
 * How the number rules (numbers as digits, dates, fractions, ranges, times) report a number
 * they found by scanning the block text. A number inside a URL, email or phone number (or the token kinds a rule names) is never
 * reported; those spans are worked out once per block, and only when a rule finds something.
 */

/** Collects one rule's findings on one block. */
export interface NumberFindings {
  /**
   * Reports `[from, to)` unless it overlaps a skipped span. With `fixed`, the finding offers
   * it as the replacement (labelled `Change to "…"`).
   */
  report(from: number, to: number, message: string, fixed?: string): void;
  /** The findings reported so far, in the order reported. */
  readonly findings: BlockFinding[];
}

/**
 * Starts collecting findings of rule `rule` on the block in `context`, at the rule's
 * `severity` setting (default: warning), each with the reason `why`. `skipKinds` are the
 * token kinds whose text is never reported (default: URLs, emails and phone numbers).
 */
export function numberFindings(
  rule: string,
  {block, sentences, settings}: BlockContext,
  why: string,
  skipKinds?: ReadonlySet<Token['kind']>
): NumberFindings {
  const severity = severitySetting(settings, 'severity', 'warning');
  const findings: BlockFinding[] = [];
  let spans: Spans | undefined;
  return {
    findings,
    report(from, to, message, fixed) {
      spans ??= skipSpans(block.text, sentences, skipKinds);
      if (overlapsAny(spans, from, to)) return;
      const suggestions = fixed === undefined ? [] : [{label: `Change to "${fixed}"`, replacement: fixed}];
      findings.push(finding(rule, severity, from, to, message, why, suggestions));
    },
  };
}
