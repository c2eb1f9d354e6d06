/**
 * `custom-elements.json`, the elements' public API as the embed bundle registers them,
 * read from the classes' JSDoc (`@fires`, `@csspart`, `@cssprop`, `@slot`, `@attr`) by
 * `@custom-elements-manifest/analyzer`. Regenerate with
 * `npx custom-elements-manifest analyze`; `scripts/custom-elements.node.test.ts` fails
 * when the committed file is out of date.
 */
/** The theme every embedded element reads (`src/embed/theme.ts`). */
const themeProperties = [
  {name: '--er-font-family', description: 'The font (default: a system sans-serif).'},
  {name: '--er-font-size', description: 'The base size every size scales from (default 16px).'},
  {name: '--er-accent', description: 'Links and form controls (default NHS blue #005eb8).'},
  {name: '--er-focus-ring', description: 'The focus outline colour (default #ffb81c).'},
  {name: '--er-radius', description: 'Corner radius of buttons and fields (default 6px).'},
];

const forAttribute = {
  name: 'for',
  type: {text: 'string'},
  description: 'In the embed bundle: the id of the `<er-editor>` this shows (in the same document or shadow root).',
};

/**
 * What the embed bundle (`src/embed/*-embedding.ts`) adds to elements whose own files
 * do not say it, because the app does not use it.
 */
const embedAdditions = {
  'er-checks-panel': {attributes: [forAttribute], cssProperties: themeProperties},
  'er-score': {attributes: [forAttribute], cssProperties: themeProperties},
  'er-review': {
    attributes: [{name: 'server', type: {text: 'string'}, description: "In the embed bundle: the team server's address (default: this page's own)."}],
    events: [{name: 'er-review-submitted', type: {text: 'ReviewSubmittedEvent'}, description: 'The volunteer sent their verdict (`verdict`).'}],
    cssProperties: themeProperties,
  },
};

export default {
  globs: [
    'src/editor/editor.ts',
    'src/panels/checks-panel.ts',
    'src/panels/score.ts',
    'src/review/review.ts',
    'src/viewer/document-viewer.ts',
    'src/embed/events.ts',
  ],
  litelement: true,
  // package.json names the manifest itself; the up-to-date test writes to a temporary folder.
  packagejson: false,
  plugins: [
    {
      name: 'easy-read-embed-api',
      packageLinkPhase({customElementsManifest}) {
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) {
            // Private and static members are no one else's business.
            if (declaration.members) {
              declaration.members = declaration.members.filter((member) => member.privacy !== 'private' && member.privacy !== 'protected' && !member.static);
            }
            // Events the analyzer guessed from `dispatchEvent` calls but no `@fires` describes are internal.
            if (declaration.events) declaration.events = declaration.events.filter((event) => event.name && event.description);
            const added = embedAdditions[declaration.tagName];
            if (!added) continue;
            declaration.attributes = [...(declaration.attributes ?? []), ...(added.attributes ?? [])];
            declaration.events = [...(declaration.events ?? []), ...(added.events ?? [])];
            declaration.cssProperties = [...(declaration.cssProperties ?? []), ...(added.cssProperties ?? [])];
          }
        }
      },
    },
  ],
};
