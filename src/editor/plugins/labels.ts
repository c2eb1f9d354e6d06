import type {IgnoreReason, Severity} from '../../checks/types.js';

/**
 * The plain words the editor and the panels use for severities and ignore reasons, in
 * one place so the underline's popover and the problems list always agree.
 */

/** What each severity asks of the writer. */
export const severityLabels: Readonly<Record<Severity, string>> = {
  error: 'Must fix',
  warning: 'Should fix',
  info: 'Think about',
};

/** Severities from the most to the least serious. */
export const severities: readonly Severity[] = ['error', 'warning', 'info'];

/** Why a problem can be ignored, as menus show it. */
export const ignoreReasonLabels: Readonly<Record<IgnoreReason, string>> = {
  'false-positive': 'It is not a problem here',
  'clinical-term': 'We must use this medical word',
  'checked-with-readers': 'Our readers checked it and understood it',
};

/** The ignore reasons, in the order menus show them. */
export const ignoreReasons: readonly IgnoreReason[] = ['false-positive', 'clinical-term', 'checked-with-readers'];
