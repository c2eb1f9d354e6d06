import type {Node as PMNode, NodeType} from 'prosemirror-model';
import {hash64} from './hash.js';

/**
 * Block ids: every block a reviewer can comment on (the title and every node in the
 * schema's `block` group, wherever it stands) has an `id` attribute, unique in its
 * document, so a comment stays with its row while the rows around it change.
 *
 * An id is kept across edits, undo and saves. A node made by a split, a paste or a
 * command starts with no id (`null`), or with its original's id when it is a copy;
 * the editor's `blockIdsPlugin` and {@link withBlockIds} give those nodes new ids.
 */

/** What a block id looks like: letters, digits, `_` and `-`, up to 64 of them. */
export const blockIdPattern = /^[A-Za-z0-9_-]{1,64}$/;

/** The schema's `id` attribute spec: `null` until one is given. */
export const blockIdAttr = {
  default: null,
  validate: (value: unknown) => {
    if (value !== null && (typeof value !== 'string' || !blockIdPattern.test(value))) {
      throw new RangeError(`A block id must be up to 64 letters, digits, - or _, not ${JSON.stringify(value)}`);
    }
  },
};

/** True when nodes of `type` carry a block id. */
export function hasBlockId(type: NodeType): boolean {
  return type.spec.attrs?.['id'] !== undefined;
}

/** The node's block id, or null when it has none (or cannot have one). */
export function blockIdOf(node: PMNode): string | null {
  const id: unknown = node.attrs['id'];
  return typeof id === 'string' ? id : null;
}

/** A new random block id: 10 characters, `0-9a-z` (about 52 bits). */
export function newBlockId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(10));
  return Array.from(bytes, (byte) => (byte % 36).toString(36)).join('');
}

/**
 * Returns `doc` with an id on every node that can have one: nodes without an id, and every
 * later copy of an id already used (in document order), get a new one. The new ids are
 * derived from where the node stands, so the same file read twice gets the same ids: an
 * older file stored without ids gives its parts the same ids every time it is read.
 * Returns `doc` itself when every id is present and unique.
 */
export function withBlockIds(doc: PMNode): PMNode {
  const used = new Set<string>();
  let needed = false;
  doc.descendants((node) => {
    if (!hasBlockId(node.type)) return !node.isTextblock;
    const id = blockIdOf(node);
    if (id === null || used.has(id)) needed = true;
    else used.add(id);
    return !node.isTextblock;
  });
  if (!needed) return doc;
  const seen = new Set<string>();
  const derive = (path: string) => {
    for (let attempt = 0; ; attempt++) {
      const id = derivedId(`${path}/${attempt}`);
      if (!used.has(id)) {
        used.add(id);
        return id;
      }
    }
  };
  const rebuild = (node: PMNode, path: string): PMNode => {
    let attrs = node.attrs;
    if (hasBlockId(node.type)) {
      const id = blockIdOf(node);
      if (id === null || seen.has(id)) attrs = {...attrs, id: derive(path)};
      seen.add(attrs['id'] as string);
    }
    if (node.isTextblock || node.childCount === 0) return attrs === node.attrs ? node : node.type.create(attrs, node.content, node.marks);
    const children: PMNode[] = [];
    let changed = attrs !== node.attrs;
    node.forEach((child, _offset, index) => {
      const rebuilt = rebuild(child, `${path}.${index}`);
      changed ||= rebuilt !== child;
      children.push(rebuilt);
    });
    return changed ? node.type.create(attrs, children, node.marks) : node;
  };
  return rebuild(doc, '');
}

/** A block id made from `seed`: 10 characters, `0-9a-z`, the same for the same seed. */
function derivedId(seed: string): string {
  const [high, low] = hash64(seed);
  return (high.toString(36).padStart(7, '0') + low.toString(36).padStart(7, '0')).slice(-10);
}
