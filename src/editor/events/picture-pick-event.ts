import type {Picture} from '../../document/schema.js';
import {typedEvent} from '../../events/typed-event.js';

/**
 * The user placed a picture: fired by `<er-picture-picker>` when they press
 * "Place picture" with a picture chosen and alt text written.
 *
 * `picture` holds the row picture's attributes, ready for the document: `src` (the
 * stable `/openmoji/<HEX>.svg` path, or a `data:` URL for an uploaded picture), `alt`,
 * `credit`, `licence` and `symbol` (the OpenMoji hexcode, `''` for an upload).
 *
 * It bubbles and is composed: the picker usually sits inside the editor's shadow root,
 * and whoever places the picture (the editor's host or the app) listens outside it.
 */
export class PicturePickEvent extends typedEvent('picture-pick', {bubbles: true, composed: true}, (picture: Picture) => ({
  picture: Object.freeze({...picture}),
})) {}

declare global {
  interface HTMLElementEventMap {
    'picture-pick': PicturePickEvent;
  }
}
