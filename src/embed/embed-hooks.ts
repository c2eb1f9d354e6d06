/**
 * Gives the embed bundle's elements their embed behaviour (see the `*-embedding.ts`
 * controllers) by adding a Lit initializer to each class just before it is defined.
 * Import it before any element module: those define their tags as they load.
 *
 * @module
 */
import type {ReactiveElement} from 'lit';
import type {Editor} from '../editor/editor.js';
import type {Review} from '../review/review.js';
import {beforeDefine} from './define.js';
import {EditorEmbedding} from './editor-embedding.js';
import {PanelEmbedding} from './panel-embedding.js';
import {PictureAddresses} from './picture-addresses.js';
import {ReviewEmbedding} from './review-embedding.js';
import {ServerEmbedding} from './server-embedding.js';
import {adoptTheme} from './theme.js';

/** The part of a Lit element class the hooks use. */
type InitializedClass<T> = {addInitializer(initializer: (element: T) => void): void};

function withInitializer<T>(tag: string, initializer: (element: T) => void): void {
  beforeDefine(tag, (elementClass) => (elementClass as unknown as InitializedClass<T>).addInitializer(initializer));
}

// Pictures first: on first connect it rebuilds the editor state, which the others then read.
withInitializer<Editor>('er-editor', (element) => new PictureAddresses(element));
withInitializer<Editor>('er-editor', (element) => new EditorEmbedding(element));
withInitializer<Editor>('er-editor', (element) => new ServerEmbedding(element));
withInitializer<Review>('er-review', (element) => new ReviewEmbedding(element));
withInitializer<ReactiveElement>('er-checks-panel', (element) => new PanelEmbedding(element));
withInitializer<ReactiveElement>('er-score', (element) => new PanelEmbedding(element));
// The viewer needs only the theme: it loads its own leaflet.
withInitializer<ReactiveElement>('er-document', (element) => element.addController({hostConnected: () => adoptTheme(element)}));
