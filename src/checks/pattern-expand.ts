/**
 * Works out, from a regular-expression source of the small kind the phrase lists use, which
 * words a match can start with: `kick(?:s|ed|ing)? the bucket` starts with "kick", "kicks",
 * "kicked" or "kicking"; `(?:as )?fit as a fiddle` with "as" or "fit". `PatternIndex` files
 * each pattern under those words, so a check only tries the patterns that can match where
 * a word starts.
 *
 * Understood: literal characters and escapes, character classes of literal characters,
 * groups (`(…)`, `(?:…)`) with alternatives, the `?` quantifier, and `\s` (spelled as a space:
 * any white space ends the first word alike, so a pattern such as `Mon\.?\s?-` is filed under
 * "mon" instead of being tried at every word). Lookarounds and anchors
 * spell nothing, so they are passed over: the words found may be more than can match, never
 * fewer, and the pattern itself decides. Anything else (`\S`, `.`, `*`, `+`, `{n}`) stops the
 * expansion there: what came before it still counts, and a pattern whose first word it cuts
 * short has no known first words.
 */

/** A piece of a pattern. */
type Node =
  | {readonly type: 'chars'; readonly chars: readonly string[]}
  | {readonly type: 'group'; readonly alternatives: readonly Node[][]}
  | {readonly type: 'optional'; readonly node: Node}
  | {readonly type: 'stop'};

const STOP: Node = {type: 'stop'};
/** A zero-width part (a lookaround or an anchor): it asks for more, but spells nothing. */
const NOTHING: Node = {type: 'group', alternatives: [[]]};
/** `\s`: spelled as one space, since every white-space character ends a word alike. */
const SPACE: Node = {type: 'chars', chars: [' ']};
/** Escapes that stand for one literal character. */
const LITERAL_ESCAPE = /[.\\/()[\]{}|?*+^$'’ -]/u;
/** The most expansions a pattern may have before it counts as unknown. */
const MAX_EXPANSIONS = 512;

class Parser {
  at = 0;
  private readonly source: string;

  constructor(source: string) {
    this.source = source;
  }

  alternatives(): Node[][] {
    const alternatives: Node[][] = [this.sequence()];
    while (this.source[this.at] === '|') {
      this.at++;
      alternatives.push(this.sequence());
    }
    return alternatives;
  }

  private sequence(): Node[] {
    const nodes: Node[] = [];
    while (this.at < this.source.length && this.source[this.at] !== '|' && this.source[this.at] !== ')') {
      const atom = this.atom();
      const quantifier = this.source[this.at];
      if (quantifier === '?') {
        this.at++;
        nodes.push({type: 'optional', node: atom});
      } else if (quantifier === '*' || quantifier === '{') {
        nodes.push(STOP);
        this.skipQuantifier();
      } else if (quantifier === '+') {
        nodes.push(atom, STOP);
        this.skipQuantifier();
      } else nodes.push(atom);
    }
    return nodes;
  }

  private skipQuantifier(): void {
    if (this.source[this.at] === '{') {
      const close = this.source.indexOf('}', this.at);
      this.at = close < 0 ? this.source.length : close + 1;
    } else this.at++;
    if (this.source[this.at] === '?') this.at++;
  }

  private atom(): Node {
    const char = this.source[this.at]!;
    this.at++;
    if (char === '(') return this.group();
    if (char === '[') return this.charClass();
    if (char === '\\') {
      const next = this.source[this.at] ?? '';
      this.at++;
      if (next === 'p' || next === 'P') this.skipBraces();
      if (next === 'b' || next === 'B') return NOTHING;
      // Any white space ends a word just as a space does, and a space is all the first words need.
      if (next === 's') return SPACE;
      return LITERAL_ESCAPE.test(next) ? {type: 'chars', chars: [next]} : STOP;
    }
    if (char === '^' || char === '$') return NOTHING;
    if (char === '.') return STOP;
    return {type: 'chars', chars: [char]};
  }

  private skipBraces(): void {
    if (this.source[this.at] !== '{') return;
    const close = this.source.indexOf('}', this.at);
    this.at = close < 0 ? this.source.length : close + 1;
  }

  private group(): Node {
    let lookaround = false;
    if (this.source.startsWith('?:', this.at)) this.at += 2;
    else if (/^\?<?[=!]/u.test(this.source.slice(this.at, this.at + 3))) {
      lookaround = true;
      this.at += this.source[this.at + 1] === '<' ? 3 : 2;
    } else if (this.source.startsWith('?<', this.at)) {
      const close = this.source.indexOf('>', this.at);
      this.at = close < 0 ? this.source.length : close + 1;
    }
    const alternatives = this.alternatives();
    if (this.source[this.at] === ')') this.at++;
    return lookaround ? NOTHING : {type: 'group', alternatives};
  }

  private charClass(): Node {
    const chars: string[] = [];
    let known = this.source[this.at] !== '^';
    while (this.at < this.source.length && this.source[this.at] !== ']') {
      let char = this.source[this.at]!;
      this.at++;
      if (char === '\\') {
        char = this.source[this.at] ?? '';
        this.at++;
        if (char === 'p' || char === 'P') this.skipBraces();
        if (!LITERAL_ESCAPE.test(char)) known = false;
      }
      if (this.source[this.at] === '-' && this.source[this.at + 1] !== ']' && this.at + 1 < this.source.length) {
        // A range such as "a-z": too many characters to spell out.
        known = false;
        this.at += 2;
        continue;
      }
      chars.push(char);
    }
    this.at++;
    return known ? {type: 'chars', chars} : STOP;
  }
}

/** One way a pattern can be spelled out, up to where it stopped being understood. */
interface Expansion {
  readonly text: string;
  readonly stopped: boolean;
}

function expandSequence(nodes: readonly Node[], from: readonly Expansion[]): Expansion[] | null {
  let current: Expansion[] = [...from];
  for (const node of nodes) {
    const next: Expansion[] = [];
    for (const expansion of current) {
      if (expansion.stopped) {
        next.push(expansion);
        continue;
      }
      const grown = expandNode(node, expansion);
      if (grown === null) return null;
      next.push(...grown);
    }
    if (next.length > MAX_EXPANSIONS) return null;
    current = next;
  }
  return current;
}

function expandNode(node: Node, expansion: Expansion): Expansion[] | null {
  switch (node.type) {
    case 'stop':
      return [{text: expansion.text, stopped: true}];
    case 'chars':
      return node.chars.map((char) => ({text: expansion.text + char, stopped: false}));
    case 'optional':
      return [expansion, ...(expandNode(node.node, expansion) ?? [])];
    case 'group': {
      const out: Expansion[] = [];
      for (const alternative of node.alternatives) {
        const grown = expandSequence(alternative, [expansion]);
        if (grown === null) return null;
        out.push(...grown);
      }
      return out;
    }
  }
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * How a match can begin: its first word and, when it is known, its second (the next run
 * of letters and digits after the first). `second` is `null` when the pattern may end
 * after the first word or when the second word is not understood.
 */
export interface LeadWords {
  readonly first: string;
  readonly second: string | null;
}

/** Where the run of letters and digits starting at `from` ends. */
function runEnd(text: string, from: number): number {
  let end = from;
  while (end < text.length && LETTER_OR_DIGIT.test(text[end]!)) end++;
  return end;
}

/**
 * The lower-case first and second words a match of `source` can start with (see
 * {@link LeadWords}), or `null` when the first word is not known (as for {@link firstWords}).
 * Without repeats.
 */
export function leadWords(source: string): LeadWords[] | null {
  const parser = new Parser(source);
  const alternatives = parser.alternatives();
  if (parser.at < source.length) return null;
  const leads = new Map<string, LeadWords>();
  for (const alternative of alternatives) {
    const expansions = expandSequence(alternative, [{text: '', stopped: false}]);
    if (expansions === null) return null;
    for (const {text, stopped} of expansions) {
      const end = runEnd(text, 0);
      // The word must end inside what was understood, or at the very end of the pattern.
      if (end === 0 || (end === text.length && stopped)) return null;
      let start = end;
      while (start < text.length && !LETTER_OR_DIGIT.test(text[start]!)) start++;
      const secondEnd = runEnd(text, start);
      const known = secondEnd > start && (secondEnd < text.length || !stopped);
      const lead = {first: text.slice(0, end).toLowerCase(), second: known ? text.slice(start, secondEnd).toLowerCase() : null};
      leads.set(`${lead.first} ${lead.second ?? ''}`, lead);
    }
  }
  return [...leads.values()];
}

/**
 * The lower-case words a match of `source` can start with: each is the run of letters and
 * digits at the start of a match. `null` when that is not known (the pattern starts with
 * something other than a letter or digit, or with a part this reader does not understand,
 * or has too many spellings). Sorted and without repeats.
 */
export function firstWords(source: string): string[] | null {
  const leads = leadWords(source);
  return leads === null ? null : [...new Set(leads.map((lead) => lead.first))].sort();
}
