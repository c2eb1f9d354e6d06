import type {ReactiveController} from 'lit';
import {Plugin} from 'prosemirror-state';
import type {Editor} from '../editor/editor.js';
import type {PicturePicker} from '../editor/picture-picker.js';
import {OPENMOJI_PATH} from '../pictures/symbol-index.js';

/**
 * The folder `easy-read.js` was loaded from (ending in `/`). This module is bundled into
 * it, or into one of its chunks under `embed/`, which sit one folder down.
 */
export function bundleFolder(moduleUrl: string = import.meta.url): string {
  const here = new URL('./', moduleUrl);
  return (here.pathname.endsWith('/embed/') ? new URL('../', here) : here).href;
}

/**
 * Where a document's own picture paths (`/openmoji/1F3E5.svg`, `/api/…`) are served
 * from for an editor with `server` (that team server) or without (the bundle's own
 * server), ending in `/`; `''` when that is this page's own origin, where the paths work as they are.
 */
export function pictureBase(server: string | null, moduleUrl: string = import.meta.url): string {
  const base = server ? new URL('./', `${server.replace(/\/*$/u, '')}/`).href : bundleFolder(moduleUrl);
  return new URL(base).origin === location.origin ? '' : base;
}

/** `src` read against `base` when it is a path on the document's server (`/…`, not `//host`); otherwise `src`. */
export function resolvePicture(src: string, base: string): string {
  return base && src.startsWith('/') && !src.startsWith('//') ? new URL(src.slice(1), base).href : src;
}

/**
 * Points the `<img>`s under `root` that `selector` matches at `base` (each once: a
 * resolved address no longer starts with `/`). Call it in the same task as the code
 * that set their `src`: the browser starts loading only after that task's microtasks,
 * and by then it loads the resolved address alone.
 */
export function resolveImages(root: ParentNode, base: string, selector = 'img'): void {
  for (const img of root.querySelectorAll<HTMLImageElement>(selector)) {
    const src = img.getAttribute('src') ?? '';
    const resolved = resolvePicture(src, base);
    if (resolved !== src) img.src = resolved;
  }
}

const rowPictures = 'img.er-row__img';

/**
 * A plugin whose view resolves the row pictures' addresses after every update of the
 * editor's DOM. Plugin views update in the same task as the node views that set `src`,
 * before the browser starts loading it, so the page's own origin is never asked.
 * Documents keep the stable paths: only the `<img>` elements change, inside the
 * picture cell, whose changes the row's node view tells ProseMirror to ignore.
 */
export function pictureAddressesPlugin(base: string): Plugin {
  return new Plugin({
    view(view) {
      resolveImages(view.dom, base, rowPictures);
      return {update: (updated) => resolveImages(updated.dom, base, rowPictures)};
    },
  });
}

/**
 * What `<er-editor>` does about pictures in the embed bundle, on a page of another
 * site: row pictures and the picture library's tiles load from the team server
 * (`server`) or from the server the bundle came from, not from the page's origin.
 * Register it before the controllers that read or set the document: on first connect
 * it rebuilds the editor state so the state has the plugin.
 */
export class PictureAddresses implements ReactiveController {
  private readonly host: Editor;
  private plugin?: Plugin;

  constructor(host: Editor) {
    this.host = host;
    host.addController(this);
  }

  hostConnected(): void {
    const base = pictureBase(this.host.getAttribute('server'));
    if (!base || (this.plugin && this.host.plugins.includes(this.plugin))) return;
    this.plugin = pictureAddressesPlugin(base);
    this.host.plugins = [...this.host.plugins, this.plugin];
    // Before the first update the state was made without the plugin, and `plugins` rebuilds it only once the view exists.
    if (!this.host.hasUpdated) this.host.value = this.host.value;
    void this.host.updateComplete.then(() => {
      const picker = this.host.renderRoot.querySelector<PicturePicker>('er-picture-picker');
      if (picker) picker.pictureBaseUrl = resolvePicture(OPENMOJI_PATH, base);
    });
  }
}
