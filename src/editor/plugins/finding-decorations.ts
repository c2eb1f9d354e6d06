/**
 * How findings are drawn: an underline or a marker per finding, and when a block's
 * drawing must be redone.
 *
 * @module
 */
import type {Node as PMNode} from 'prosemirror-model';
import {Decoration, type DecorationSet} from 'prosemirror-view';
import type {DocumentBlocks} from '../../document/text-blocks.js';
import {isDrawn, type DrawnRange, type PositionedFinding} from './checks-state.js';

/**
 * The decoration of one finding: an inline underline, or for a point finding a small
 * widget marker. Both carry `data-finding` (the id) and `data-rule`, and `spec.findingId`.
 */
export function decorationFor(finding: PositionedFinding): Decoration {
  const attrs = {
    class: `er-issue er-issue--${finding.severity}`,
    'data-rule': finding.rule,
    'data-finding': finding.id,
  };
  const spec = {findingId: finding.id, severity: finding.severity};
  // Text typed at the end of a problem joins its underline until the next result says
  // otherwise: typing on at the end of a long sentence then needs no redraw.
  if (finding.from < finding.to) return Decoration.inline(finding.from, finding.to, attrs, {...spec, inclusiveEnd: true});
  return Decoration.widget(
    finding.from,
    (view) => {
      const marker = view.dom.ownerDocument.createElement('span');
      for (const [name, value] of Object.entries(attrs)) marker.setAttribute(name, value);
      marker.classList.add('er-issue--point');
      return marker;
    },
    {...spec, key: `${finding.id}:${finding.severity}`, side: -1, ignoreSelection: true}
  );
}

/** What {@link redraw} did. */
export interface Redrawn {
  readonly decorations: DecorationSet;
  /** How many blocks had their decorations rebuilt. */
  readonly rebuiltBlocks: number;
  /** Where underlines were left running on over spaces up to the caret (see {@link redraw}); `null` if none were. */
  readonly stretchedAt: number | null;
}

/**
 * Brings `decorations` (drawn for the findings in `range`) up to `findings`, the fresh result
 * for `blocks` of `doc`, redrawing only the blocks whose underlines differ. An underline that
 * runs on over spaces typed after its problem, up to `caret`, is left as it is: the author is
 * typing there, and the next letter would stretch it back over them (a sentence's underline
 * grows with the sentence), so shrinking it for one keystroke would redraw the block twice.
 * {@link settleStretched} trims it once the caret leaves.
 */
export function redraw(
  decorations: DecorationSet,
  range: DrawnRange | null,
  blocks: DocumentBlocks,
  findings: readonly PositionedFinding[],
  doc: PMNode,
  caret: number
): Redrawn {
  // What is drawn now in the range, in position order, read once and walked block by block.
  const drawnNow = decorations.find(range?.from, range?.to).sort((a, b) => a.from - b.from || a.to - b.to);
  const removed: Decoration[] = [];
  const added: Decoration[] = [];
  let next = 0;
  let drawnAt = 0;
  let rebuiltBlocks = 0;
  let stretchedAt: number | null = null;
  blocks.input.blocks.forEach((block, index) => {
    const start = blocks.positions[index]!;
    const end = start + block.text.length;
    const first = next;
    while (next < findings.length && findings[next]!.block >= 0 && findings[next]!.from <= end) next++;
    // Blocks outside the drawn range have nothing drawn and nothing to draw.
    if (range && (end < range.from || start > range.to)) return;
    while (drawnAt < drawnNow.length && drawnNow[drawnAt]!.from < start) drawnAt++;
    const drawnFirst = drawnAt;
    while (drawnAt < drawnNow.length && drawnNow[drawnAt]!.from <= end) drawnAt++;
    const drawn = drawnNow.slice(drawnFirst, drawnAt);
    const wanted = findings.slice(first, next).filter((finding) => isDrawn(finding, range));
    const drawing = compare(drawn, wanted, doc, caret);
    if (drawing === 'stretched') stretchedAt = caret;
    if (drawing !== 'differs') return;
    rebuiltBlocks++;
    removed.push(...drawn);
    for (const finding of wanted) added.push(decorationFor(finding));
  });
  return {decorations: decorations.remove(removed).add(doc, added), rebuiltBlocks, stretchedAt};
}

/** Trims the underlines {@link redraw} left running on to `at` back to their `findings`. */
export function settleStretched(decorations: DecorationSet, findings: readonly PositionedFinding[], doc: PMNode, at: number): DecorationSet {
  const removed: Decoration[] = [];
  const added: Decoration[] = [];
  for (const drawn of decorations.find(at, at)) {
    if (drawn.to !== at || drawn.from === drawn.to) continue;
    const finding = findings.find((candidate) => candidate.id === drawn.spec['findingId']);
    if (!finding || finding.to === drawn.to) continue;
    removed.push(drawn);
    added.push(decorationFor(finding));
  }
  return removed.length === 0 ? decorations : decorations.remove(removed).add(doc, added);
}

/**
 * Whether the decorations `drawn` in a block are those `wanted` would make (`'same'`), are
 * but for underlines that run on over spaces up to `caret` (`'stretched'`), or not.
 */
function compare(drawn: readonly Decoration[], wanted: readonly PositionedFinding[], doc: PMNode, caret: number): 'same' | 'stretched' | 'differs' {
  if (drawn.length !== wanted.length) return 'differs';
  const key = (id: unknown, severity: unknown, from: number) => `${String(id)} ${String(severity)} ${from}`;
  // Ids are unique, so a finding has at most one decoration.
  const drawnTo = new Map(drawn.map(({spec, from, to}) => [key(spec['findingId'], spec['severity'], from), to]));
  let stretched = false;
  for (const finding of wanted) {
    const to = drawnTo.get(key(finding.id, finding.severity, finding.from));
    if (to === finding.to) continue;
    if (to !== caret || finding.to >= caret || !onlySpaces(doc.textBetween(finding.to, caret, '\n', '\n'))) return 'differs';
    stretched = true;
  }
  return stretched ? 'stretched' : 'same';
}

/** Whether `text` is spaces (or tabs), with no line break. */
function onlySpaces(text: string): boolean {
  return /^[^\S\n]+$/u.test(text);
}
