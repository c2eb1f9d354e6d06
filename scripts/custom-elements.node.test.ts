import assert from 'node:assert/strict';
import {execFile} from 'node:child_process';
import {mkdtemp, readFile, rm} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join, relative, resolve} from 'node:path';
import {after, before, describe, test} from 'node:test';
import {fileURLToPath} from 'node:url';
import {promisify} from 'node:util';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const cli = join(root, 'node_modules/@custom-elements-manifest/analyzer/cem.js');

interface Declaration {
  readonly tagName?: string;
  readonly attributes?: readonly {name: string}[];
  readonly events?: readonly {name: string}[];
  readonly cssParts?: readonly {name: string}[];
  readonly cssProperties?: readonly {name: string}[];
  readonly members?: readonly {name: string; kind: string}[];
}
interface Manifest {
  readonly modules: readonly {declarations?: readonly Declaration[]}[];
}

function elements(manifest: Manifest): Map<string, Declaration> {
  const found = new Map<string, Declaration>();
  for (const module of manifest.modules) for (const declaration of module.declarations ?? []) if (declaration.tagName) found.set(declaration.tagName, declaration);
  return found;
}

const names = (list: readonly {name: string}[] | undefined) => (list ?? []).map((item) => item.name);

describe('custom-elements.json', () => {
  let dir = '';
  let fresh = '';
  let committed = '';

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'er-cem-'));
    // The analyzer joins --outdir to the working directory, so give it a relative path.
    await promisify(execFile)(process.execPath, [cli, 'analyze', '--outdir', relative(root, dir)], {cwd: root});
    fresh = await readFile(join(dir, 'custom-elements.json'), 'utf8');
    committed = await readFile(join(root, 'custom-elements.json'), 'utf8');
  });
  after(() => rm(dir, {recursive: true, force: true}));

  test('is up to date with the elements’ doc comments (regenerate: npx custom-elements-manifest analyze)', () => {
    assert.deepEqual(JSON.parse(committed), JSON.parse(fresh));
  });

  test('lists every embedded element with its public attributes, methods, events, parts and custom properties', () => {
    const found = elements(JSON.parse(fresh) as Manifest);
    assert.deepEqual([...found.keys()].sort(), ['er-checks-panel', 'er-document', 'er-editor', 'er-review', 'er-score']);
    const editor = found.get('er-editor')!;
    for (const attribute of ['name', 'server', 'label', 'profile', 'readonly']) assert.ok(names(editor.attributes).includes(attribute), attribute);
    for (const method of ['getDocument', 'setDocument', 'focus', 'check']) assert.ok(names(editor.members).includes(method), method);
    for (const event of ['er-change', 'er-checks', 'er-saved', 'er-error']) assert.ok(names(editor.events).includes(event), event);
    assert.deepEqual(names(editor.cssParts), ['toolbar', 'content']);
    for (const tag of found.keys()) {
      for (const property of ['--er-font-family', '--er-accent', '--er-focus-ring', '--er-radius']) {
        assert.ok(names(found.get(tag)!.cssProperties).includes(property), `${tag} ${property}`);
      }
    }
    assert.ok(names(found.get('er-review')!.events).includes('er-review-submitted'));
    assert.ok(names(found.get('er-checks-panel')!.attributes).includes('for'));
    assert.ok(names(found.get('er-document')!.events).includes('er-error'));
  });
});
