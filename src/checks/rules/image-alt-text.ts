import type {DocumentRule} from '../rule.js';
import type {Finding, RowPicture} from '../types.js';
import {isOnlySymbolName} from '../symbol-name.js';
import {firstBlockOfRows} from './structure-util.js';

/**
 * Checks each row picture's alternative text. Empty alt text is an error (in easy read no
 * picture is decorative). Alt text that is just the file name ("IMG_0042.jpg", or the `src`'s
 * file name), that only repeats the picture library's name for the symbol ("pill", when the
 * input names it, see `RowPicture.symbolName`), or that starts with "image of", "picture of",
 * "photo of" or "graphic of" is a warning.
 * The finding sits at the start of the row's first text block (`from = to = 0`, next to the
 * picture), or on the whole document (block -1) for a row with no text. Whether the text
 * describes the picture well is left to human review.
 */
export const imageAltText: DocumentRule = {
  id: 'image-alt-text',
  description: 'Give every picture a short description.',
  scope: 'document',
  defaults: {
    'easy-read': {enabled: true},
    plain: {enabled: true},
  },
  combine(_collected, {input}) {
    if (input.rows.length === 0) return [];
    const first = firstBlockOfRows(input.blocks);
    const findings: Finding[] = [];
    input.rows.forEach((row, index) => {
      if (!row.picture) return;
      const problem = altProblem(row.picture);
      if (!problem) return;
      findings.push({
        rule: 'image-alt-text',
        ...problem,
        why: 'Accessibility guidance (WCAG 1.1.1): every picture needs a text description.',
        block: first.get(index) ?? -1,
        from: 0,
        to: 0,
        suggestions: [],
      });
    });
    return findings;
  },
};

/** What is wrong with a picture's description, if anything. */
function altProblem(picture: RowPicture): Pick<Finding, 'severity' | 'message'> | undefined {
  const alt = picture.alt.trim();
  if (!alt) return {severity: 'error', message: 'This picture has no description for people who cannot see it.'};
  if (isFileName(alt, picture.src)) return {severity: 'warning', message: 'The picture description is a file name. Say what it shows.'};
  if (picture.symbolName !== undefined && isOnlySymbolName(alt, picture.symbolName)) {
    return {severity: 'warning', message: "The picture description is only the picture's name. Say what it shows here."};
  }
  if (redundantStart.test(alt)) return {severity: 'warning', message: 'Start the picture description with what it shows.'};
  return undefined;
}

const redundantStart = /^(?:an?\s+)?(?:image|picture|photo|photograph|graphic|icon|illustration)\s+of\b/iu;
const fileLike = /^[\w.-]+\.(?:png|jpe?g|gif|svg|webp|bmp|tiff?|avif|heic)$|^(?:img|image|dsc|pic|photo|screenshot)[\s_-]?\d+$/iu;

function isFileName(alt: string, src: string): boolean {
  if (fileLike.test(alt)) return true;
  const file = decodeSafe(src.split(/[?#]/u)[0]?.split('/').pop() ?? '');
  if (!file) return false;
  const stem = file.replace(/\.[^.]+$/u, '');
  const lower = alt.toLowerCase();
  // A plain word that is also the file's name ("doctor" for doctor.png) is a fair description.
  return lower === file.toLowerCase() || (/[_\d-]/u.test(stem) && lower === stem.toLowerCase());
}

function decodeSafe(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
