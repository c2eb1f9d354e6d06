import type {Plugin} from 'prosemirror-state';
import type {OrgSettings} from '../checks/settings.js';
import type {ProfileName} from '../checks/types.js';
import {loadSymbolNames} from '../pictures/symbol-names.js';
import {pastePlugin} from './paste.js';
import {blockIdsPlugin} from './plugins/block-ids.js';
import {checksKeymap, checksPlugin} from './plugins/checks-plugin.js';
import {chunkedPastePlugin} from './plugins/chunked-paste.js';
import {currentRowPlugin} from './plugins/current-row.js';
import {feedbackMarksPlugin} from './plugins/feedback-marks.js';
import {findingPopover} from './plugins/finding-popover.js';
import {selectionBlocksPlugin} from './plugins/selection-blocks.js';
import {spokenWordPlugin} from './plugins/spoken-word.js';

/** Options for {@link editorPlugins}. */
export interface EditorPluginOptions {
  /** The check profile. Defaults to `'easy-read'`. */
  readonly profile?: ProfileName;
  /** The organisation's check settings, if any. */
  readonly settings?: OrgSettings;
  /** The name recorded when someone ignores a problem from the popover. */
  readonly userName?: () => string;
}

/**
 * The plugins `<er-editor>` adds to every document: safe paste (a large one a part per
 * task), block ids kept present and unique, live checks with their keyboard shortcuts,
 * and the popover that explains a problem and offers its fixes, review feedback shown in
 * the text, the current row (whose picture buttons Tab reaches), the blocks holding the
 * selection kept laid out (so the caret can go in), and the highlight of the word "Read
 * to me" is speaking.
 */
export function editorPlugins(options: EditorPluginOptions = {}): Plugin[] {
  return [
    pastePlugin(),
    chunkedPastePlugin(),
    blockIdsPlugin(),
    checksPlugin({profile: options.profile, settings: options.settings, loadSymbolNames}),
    checksKeymap,
    findingPopover({userName: options.userName}),
    feedbackMarksPlugin(),
    currentRowPlugin(),
    selectionBlocksPlugin(),
    spokenWordPlugin(),
  ];
}
