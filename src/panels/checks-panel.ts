import {consume} from '@lit/context';
import {html, LitElement, nothing, type PropertyValues} from 'lit';
import {customElement, property, state} from 'lit/decorators.js';
import type {EditorState} from 'prosemirror-state';
import type {IgnoreReason, Severity} from '../checks/types.js';
import {editorStateContext} from '../editor/context.js';
import {checksKey, findingById, type ChecksState, type IgnoredEntry, type PositionedFinding} from '../editor/plugins/checks-plugin.js';
import {ignoreReasonLabels, ignoreReasons, severities, severityLabels} from '../editor/plugins/labels.js';
import {styles} from './checks-panel.styles.js';
import {FindingFixEvent, FindingIgnoreEvent, FindingSelectEvent, IgnoreReopenEvent} from './events.js';

/** Which problems the list shows. */
export type ChecksFilter = Severity | 'all';

/** One severity's problems, by rule; `shown` is the part of a rule's `findings` the list shows. */
interface Group {
  readonly severity: Severity;
  readonly total: number;
  readonly rules: readonly {readonly rule: string; readonly key: string; readonly findings: readonly PositionedFinding[]; readonly shown: readonly PositionedFinding[]}[];
}

/** Keys that move through the list (the Material ListController's navigable keys). */
const navigableKeys = ['ArrowDown', 'ArrowUp', 'Home', 'End'] as const;
type NavigableKey = (typeof navigableKeys)[number];

/**
 * How many problems of one rule show at first, and how many more each "Show more" adds.
 * Keeps the list, and each re-render while typing, the size of what is shown rather than
 * of the document: a 50,000-word draft can have thousands of problems.
 */
export const PROBLEMS_SHOWN = 10;

/**
 * Lists the document's problems from the checks plugin state, grouped by how serious they
 * are ("Must fix", "Should fix", "Think about") and then by rule, with counts and a filter.
 * Each problem shows its message and the text it is about. The list is one tab stop:
 * arrow keys, Home and End move between problems, and Tab reaches the current problem's
 * fixes and "Ignore". This list is the accessible twin of the editor's underlines. Each
 * rule shows its first {@link PROBLEMS_SHOWN} problems and a "Show more" button for the rest;
 * pressing it moves focus to the first problem it showed.
 *
 * @summary Problems list.
 * @fires finding-select - The user chose a problem (`FindingSelectEvent`: `finding`, `from`, `to`, `inText`).
 * @fires finding-fix - The user chose a fix (`FindingFixEvent`: `id`, `index`).
 * @fires finding-ignore - The user ignored a problem (`FindingIgnoreEvent`: `id`, `reason`).
 * @fires ignore-reopen - The user wants an ignored problem back (`IgnoreReopenEvent`: `ignore`).
 * @csspart base - The panel's wrapper.
 */
@customElement('er-checks-panel')
export class ChecksPanel extends LitElement {
  static override styles = styles;

  /** The checks state last rendered, so selection-only changes skip rendering. */
  private renderedChecks?: ChecksState;

  @consume({context: editorStateContext, subscribe: true})
  @state()
  private editorState?: EditorState;

  @state() private filter: ChecksFilter = 'all';
  /** The problem that holds the list's tab stop. */
  @state() private activeId: string | null = null;
  /** The reason chosen in each problem's "Ignore" menu, by finding id. */
  @state() private reasons: Readonly<Record<string, IgnoreReason>> = {};
  /**
   * The problem whose "Why ignore it?" choice is open. One at a time: a menu in every item
   * made drawing a long list several times slower.
   */
  @state() private ignoringId: string | null = null;
  /** How many problems each rule shows, by `severity:rule`, where more than {@link PROBLEMS_SHOWN}. */
  @state() private shown: Readonly<Record<string, number>> = {};

  /** Plain names of the rules, by rule id (for example each rule's `description`). Others get their id in words. */
  @property({attribute: false}) ruleNames: Readonly<Record<string, string>> = {};

  protected override shouldUpdate(changed: PropertyValues): boolean {
    const checks = this.editorState ? checksKey.getState(this.editorState) : undefined;
    // A new editor state with the same checks (the caret moved, or the underlines followed
    // the scrolling): nothing to redraw.
    const onlyState = changed.size === 1 && changed.has('editorState') && this.hasUpdated;
    const sameChecks = checks?.findings === this.renderedChecks?.findings && checks?.ignored === this.renderedChecks?.ignored;
    if (onlyState && sameChecks) return false;
    // An edit whose check is still to come (in a microtask, before the next paint): the list
    // would only be drawn again at once, so keep the last checked one until then.
    const pending = checks !== undefined && checks.checkedDoc !== this.editorState?.doc;
    return !(onlyState && pending && this.renderedChecks?.checkedDoc != null);
  }

  protected override updated(): void {
    this.renderedChecks = this.editorState ? checksKey.getState(this.editorState) : undefined;
  }

  private handleFilterChange(event: Event): void {
    this.filter = (event.target as HTMLInputElement).value as ChecksFilter;
    this.activeId = null;
  }

  private handleSelect(finding: PositionedFinding): void {
    this.activeId = finding.id;
    // The list may have been drawn before the last edit: take the problem's place now.
    const current = this.editorState ? findingById(this.editorState, finding.id) : undefined;
    this.dispatchEvent(new FindingSelectEvent(current ?? finding));
  }

  private handleListKeyDown(event: KeyboardEvent): void {
    const key = event.key as NavigableKey;
    if (!navigableKeys.includes(key) || event.altKey || event.ctrlKey || event.metaKey) return;
    const items = [...this.renderRoot.querySelectorAll<HTMLButtonElement>('.item__select')];
    const current = items.findIndex((item) => item === this.renderRoot.querySelector('.item__select:focus'));
    if (current < 0) return;
    event.preventDefault();
    const next =
      key === 'Home' ? 0 : key === 'End' ? items.length - 1 : key === 'ArrowDown' ? (current + 1) % items.length : (current - 1 + items.length) % items.length;
    const target = items[next];
    if (!target) return;
    this.activeId = target.dataset['id'] ?? null;
    target.focus();
  }

  private handleReasonChange(id: string, event: Event): void {
    this.reasons = {...this.reasons, [id]: (event.target as HTMLSelectElement).value as IgnoreReason};
  }

  private async showMore(key: string, ruleFindings: readonly PositionedFinding[], limit: number): Promise<void> {
    this.shown = {...this.shown, [key]: limit + PROBLEMS_SHOWN};
    const first = ruleFindings[limit];
    if (!first) return;
    this.activeId = first.id;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLButtonElement>(`.item__select[data-id="${CSS.escape(first.id)}"]`)?.focus();
  }

  /** Opens (or closes) a problem's "Why ignore it?" choice; opening moves the focus to it. */
  private async toggleIgnore(id: string): Promise<void> {
    this.ignoringId = this.ignoringId === id ? null : id;
    this.activeId = id;
    if (this.ignoringId !== id) return;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLSelectElement>('.item__reason')?.focus();
  }

  private handleIgnore(id: string): void {
    this.dispatchEvent(new FindingIgnoreEvent(id, this.reasons[id] ?? ignoreReasons[0]!));
  }

  /** What the lines in the text mean, and, when there are problems, how to move between them. */
  private renderKey(hasFindings: boolean) {
    return html`<p class="checks-panel__key-title" id="key-title">Lines in the text:</p>
      <ul class="checks-panel__key" aria-labelledby="key-title">
        ${severities.map(
          (severity) => html`<li class="key__item"><span class="key__line key__line--${severity}" aria-hidden="true"></span>${severityLabels[severity]}</li>`
        )}
      </ul>
      ${hasFindings
        ? html`<p class="checks-panel__hint">Press Tab to reach the problems. Then use the up and down arrow keys to move between them.</p>`
        : nothing}`;
  }

  private renderFilterOption(value: ChecksFilter, label: string) {
    return html`<label class="checks-panel__option">
      <input type="radio" name="filter" .value=${value} .checked=${this.filter === value} @change=${this.handleFilterChange} />
      ${label}
    </label>`;
  }

  /** The visible problems of one severity, by rule, each rule cut to what it shows now. */
  private group(severity: Severity, visible: readonly PositionedFinding[]): Group {
    const byRule = new Map<string, PositionedFinding[]>();
    let total = 0;
    for (const finding of visible) {
      if (finding.severity !== severity) continue;
      total++;
      const list = byRule.get(finding.rule);
      if (list) list.push(finding);
      else byRule.set(finding.rule, [finding]);
    }
    const rules = [...byRule].map(([rule, findings]) => {
      const key = `${severity}:${rule}`;
      return {rule, key, findings, shown: findings.slice(0, this.shown[key] ?? PROBLEMS_SHOWN)};
    });
    return {severity, total, rules};
  }

  private renderGroup({severity, total, rules}: Group, activeId: string | null) {
    if (total === 0) return nothing;
    return html`<section class="group group--${severity}" aria-labelledby="group-${severity}">
      <h3 class="group__title" id="group-${severity}">${severityLabels[severity]}: ${total}</h3>
      ${rules.map(({rule, key, findings, shown}) => {
        const hidden = findings.length - shown.length;
        return html`<h4 class="group__rule">${this.ruleName(rule)}: ${findings.length}</h4>
          <ul class="list" role="list">
            ${shown.map((finding) => this.renderItem(finding, finding.id === activeId))}
          </ul>
          ${hidden > 0
            ? html`<button type="button" class="item__button group__more" @click=${() => void this.showMore(key, findings, shown.length)}>
                Show ${Math.min(hidden, PROBLEMS_SHOWN)} more (${hidden} not shown)
              </button>`
            : nothing}`;
      })}
    </section>`;
  }

  private renderItem(finding: PositionedFinding, active: boolean) {
    const tabindex = active ? '0' : '-1';
    const ignoring = this.ignoringId === finding.id;
    const messageId = `message-${finding.id}`;
    return html`<li class="item item--${finding.severity}">
      <button type="button" class="item__select" data-id=${finding.id} tabindex=${tabindex}
        @click=${() => this.handleSelect(finding)} @focus=${() => (this.activeId = finding.id)}>
        <span class="item__message" id=${messageId}>${finding.message}</span>
        <span class="item__text">${this.quote(finding)}</span>
      </button>
      <div class="item__actions">
        ${finding.suggestions.map(
          (suggestion, index) => html`<button type="button" class="item__button item__button--fix" tabindex=${tabindex}
            aria-describedby=${messageId} @click=${() => this.dispatchEvent(new FindingFixEvent(finding.id, index))}>
            ${suggestion.label}
          </button>`
        )}
        <button type="button" class="item__button item__ignore-open" tabindex=${tabindex} aria-expanded=${ignoring ? 'true' : 'false'}
          aria-describedby=${messageId} @click=${() => void this.toggleIgnore(finding.id)}>Ignore this problem</button>
        ${ignoring
          ? html`<span class="item__ignore">
              <select class="item__reason" tabindex=${tabindex} aria-label="Why ignore it?"
                @change=${(event: Event) => this.handleReasonChange(finding.id, event)}>
                ${ignoreReasons.map(
                  (reason) => html`<option value=${reason} ?selected=${(this.reasons[finding.id] ?? ignoreReasons[0]) === reason}>
                    ${ignoreReasonLabels[reason]}
                  </option>`
                )}
              </select>
              <button type="button" class="item__button" tabindex=${tabindex} aria-describedby=${messageId}
                @click=${() => this.handleIgnore(finding.id)}>Ignore</button>
            </span>`
          : nothing}
      </div>
    </li>`;
  }

  private renderIgnored(ignored: readonly IgnoredEntry[]) {
    if (ignored.length === 0) return nothing;
    return html`<details class="ignored">
      <summary class="ignored__summary">Ignored: ${ignored.length}</summary>
      <ul class="list" role="list">
        ${ignored.map(
          ({finding, ignore}) => html`<li class="item item--ignored">
            <p class="item__message">${finding.message}</p>
            ${ignore.sentence ? html`<p class="item__text">“${ignore.text}”</p>` : nothing}
            <p class="item__who">
              Ignored by ${ignore.by || 'someone'} on ${formatDate(ignore.at)}: ${ignoreReasonLabels[ignore.reason] ?? ignore.reason}.
            </p>
            <button type="button" class="item__button" @click=${() => this.dispatchEvent(new IgnoreReopenEvent(ignore))}>
              Show again
            </button>
          </li>`
        )}
      </ul>
    </details>`;
  }

  private ruleName(rule: string): string {
    const name = this.ruleNames[rule];
    if (name) return name.replace(/\.$/u, '');
    const words = rule.replace(/-/gu, ' ');
    return words.charAt(0).toUpperCase() + words.slice(1);
  }

  /** The text a problem is about, shortened; for a point, the start of its line. */
  private quote(finding: PositionedFinding): string {
    const doc = this.editorState?.doc;
    if (!doc || finding.block < 0) return 'About the whole document';
    let text = '';
    try {
      text =
        finding.from < finding.to
          ? doc.textBetween(finding.from, finding.to, ' ', ' ')
          : doc.resolve(finding.from).parent.textContent;
    } catch {
      // A finding mapped past the end of a shortened document: the next check replaces it.
    }
    if (!text.trim()) return 'An empty line';
    return `“${text.length > 80 ? `${text.slice(0, 79).trimEnd()}…` : text}”`;
  }

  /** Moves keyboard focus to the list's current problem. Returns false when the list is empty. */
  focusList(): boolean {
    const item = this.renderRoot.querySelector<HTMLButtonElement>('.item__select[tabindex="0"]');
    item?.focus();
    return item !== null;
  }

  protected override render() {
    const checks = this.editorState ? checksKey.getState(this.editorState) : undefined;
    if (!checks) {
      return html`<section part="base" class="checks-panel"><p class="checks-panel__status">There is no document to check.</p></section>`;
    }
    const counts = {error: 0, warning: 0, info: 0};
    for (const finding of checks.findings) counts[finding.severity]++;
    const visible = checks.findings.filter((finding) => this.filter === 'all' || finding.severity === this.filter);
    const groups = severities.map((severity) => this.group(severity, visible));
    // The tab stop stays on a problem that is shown, else the first one.
    const shown = groups.flatMap((group) => group.rules.flatMap((rule) => rule.shown));
    const activeId = shown.some((finding) => finding.id === this.activeId) ? this.activeId : (shown[0]?.id ?? null);
    const status =
      checks.checkedDoc === null
        ? 'Checking your document.'
        : checks.findings.length === 0
          ? 'No problems found.'
          : `${checks.findings.length} ${checks.findings.length === 1 ? 'problem' : 'problems'} found.`;
    return html`
      <section part="base" class="checks-panel">
        <h2 class="checks-panel__title">Problems</h2>
        <p class="checks-panel__status">${status}</p>
        ${this.renderKey(checks.findings.length > 0)}
        <fieldset class="checks-panel__filter">
          <legend class="checks-panel__legend">Show</legend>
          ${this.renderFilterOption('all', `All: ${checks.findings.length}`)}
          ${severities.map((severity) => this.renderFilterOption(severity, `${severityLabels[severity]}: ${counts[severity]}`))}
        </fieldset>
        <div class="checks-panel__groups" @keydown=${this.handleListKeyDown}>
          ${groups.map((group) => this.renderGroup(group, activeId))}
        </div>
        ${this.renderIgnored(checks.ignored)}
      </section>
    `;
  }
}

function formatDate(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleDateString('en-GB', {day: 'numeric', month: 'long', year: 'numeric'});
}

declare global {
  interface HTMLElementTagNameMap {
    'er-checks-panel': ChecksPanel;
  }
}
