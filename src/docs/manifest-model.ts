/**
 * The parts of `custom-elements.json` (schema 2.x, as `@custom-elements-manifest/analyzer`
 * writes it) that the docs page shows, read into one plain record per element.
 *
 * @module
 */

/** A named, described entry: an attribute, event, part or custom property. */
export interface ApiItem {
  readonly name: string;
  readonly description: string;
  /** The type, for attributes and events, when the manifest gives one. */
  readonly type: string;
}

/** One element's public API. */
export interface ElementApi {
  readonly tag: string;
  readonly className: string;
  readonly summary: string;
  readonly description: string;
  readonly attributes: readonly ApiItem[];
  readonly methods: readonly ApiItem[];
  readonly events: readonly ApiItem[];
  readonly parts: readonly ApiItem[];
  readonly cssProperties: readonly ApiItem[];
  readonly slots: readonly ApiItem[];
}

interface RawItem {
  readonly name?: string;
  readonly description?: string;
  readonly summary?: string;
  readonly type?: {readonly text?: string};
  readonly kind?: string;
  readonly privacy?: string;
}

interface RawDeclaration extends RawItem {
  readonly tagName?: string;
  readonly attributes?: readonly RawItem[];
  readonly members?: readonly RawItem[];
  readonly events?: readonly RawItem[];
  readonly cssParts?: readonly RawItem[];
  readonly cssProperties?: readonly RawItem[];
  readonly slots?: readonly RawItem[];
}

/** The manifest's shape, as far as this page reads it. */
export interface Manifest {
  readonly modules: readonly {readonly declarations?: readonly RawDeclaration[]}[];
}

const items = (list: readonly RawItem[] | undefined): ApiItem[] =>
  (list ?? []).filter((item) => item.name).map((item) => ({name: item.name!, description: item.description ?? item.summary ?? '', type: item.type?.text ?? ''}));

/** Every custom element in `manifest`, in the order the manifest lists them. */
export function elementsOf(manifest: Manifest): ElementApi[] {
  return manifest.modules.flatMap((module) =>
    (module.declarations ?? [])
      .filter((declaration) => declaration.tagName)
      .map((declaration) => ({
        tag: declaration.tagName!,
        className: declaration.name ?? '',
        summary: declaration.summary ?? '',
        description: declaration.description ?? '',
        attributes: items(declaration.attributes),
        methods: items(declaration.members?.filter((member) => member.kind === 'method' && member.privacy !== 'private')),
        events: items(declaration.events),
        parts: items(declaration.cssParts),
        cssProperties: items(declaration.cssProperties),
        slots: items(declaration.slots),
      }))
  );
}
