import type {Node as PMNode} from 'prosemirror-model';
import {Plugin, PluginKey} from 'prosemirror-state';
import {Decoration, DecorationSet} from 'prosemirror-view';
import {contactFieldLabels, type ContactField} from '../../document/schema.js';

/** Plugin key of {@link placeholderPlugin}; its state is the placeholder decorations. */
export const placeholderKey = new PluginKey<DecorationSet>('placeholder');

/**
 * The hint shown in an empty textblock, by node type. Contact lines name their field.
 * Hints are shown with CSS (`::before { content: attr(data-placeholder) }`), so they are
 * never part of the document and screen readers read the block's label instead.
 */
export function placeholderFor(node: PMNode, parent: PMNode | null): string | undefined {
  switch (node.type.name) {
    case 'title':
      return 'Title, for example: Going to hospital';
    case 'heading':
      return 'Heading';
    case 'hard_word_term':
      return 'The hard word';
    case 'hard_word_meaning':
      return 'What it means, in easy words';
    case 'contact_line':
      return contactFieldLabels[node.attrs['field'] as ContactField];
    case 'paragraph':
      return parent?.type.name === 'row' ? 'Write one short idea here' : undefined;
    default:
      return undefined;
  }
}

/**
 * Marks empty textblocks with `class="er-placeholder"` and `data-placeholder`, so the
 * editor's styles can show a hint. Decorations are rebuilt only when the document changes.
 */
export function placeholderPlugin(): Plugin<DecorationSet> {
  return new Plugin<DecorationSet>({
    key: placeholderKey,
    state: {
      init: (_, state) => placeholders(state.doc),
      apply: (tr, value) => (tr.docChanged ? placeholders(tr.doc) : value),
    },
    props: {decorations: (state) => placeholderKey.getState(state)},
  });
}

function placeholders(doc: PMNode): DecorationSet {
  const decorations: Decoration[] = [];
  doc.descendants((node, pos, parent) => {
    if (!node.isTextblock) return true;
    if (node.content.size === 0) {
      const hint = placeholderFor(node, parent);
      if (hint) {
        // An empty heading has no name for screen readers; the hint gives it one.
        const label = node.type.name === 'title' || node.type.name === 'heading' ? {'aria-label': hint} : {};
        decorations.push(Decoration.node(pos, pos + node.nodeSize, {class: 'er-placeholder', 'data-placeholder': hint, ...label}));
      }
    }
    return false;
  });
  return DecorationSet.create(doc, decorations);
}
