/**
 * Easy Read Studio for other sites, as one script: the editor with live checks, the
 * problems list, the score, the volunteer's review screen and the leaflet viewer.
 *
 * ```html
 * <script type="module" src="https://easy-read.example.nhs.uk/easy-read.js"></script>
 * <er-editor name="leaflet"></er-editor>
 * ```
 *
 * It registers `<er-editor>`, `<er-checks-panel>`, `<er-score>`, `<er-review>` and
 * `<er-document>`, each only if the page has not got it yet (see `define.ts`), so loading
 * it twice, or after `easy-read-document.js`, keeps the first definitions. Pictures, the
 * symbol index, Word import and the review screen's extras load when first used.
 *
 * @module
 */
// First: the hooks must be in place before the element modules below define their tags.
import './embed-hooks.js';

export {Editor as EasyReadEditor} from '../editor/editor.js';
export {ChecksPanel as EasyReadChecksPanel} from '../panels/checks-panel.js';
export {Score as EasyReadScore} from '../panels/score.js';
export {Review as EasyReadReview} from '../review/review.js';
export {DocumentViewer as EasyReadDocument} from '../viewer/document-viewer.js';
export {ChecksEvent, EmbedErrorEvent, ReviewSubmittedEvent, SavedEvent} from './events.js';
export {defineOnce} from './define.js';
export type {DocumentFile} from '../document/document-file.js';
export type {PositionedFinding} from '../editor/plugins/checks-state.js';
