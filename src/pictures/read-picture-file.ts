/**
 * Turns a file the user chose into a picture the document can hold: a `data:` URL for
 * a PNG or JPEG, or a sanitised SVG as a `data:` URL. Browser only (DOMPurify needs a
 * DOM).
 *
 * @module
 */
import DOMPurify from 'dompurify';

/** The biggest file accepted: 2 MB. Pictures are stored inside the document. */
export const MAX_PICTURE_BYTES = 2 * 1024 * 1024;

/** The messages shown for files that cannot be used. Plain words, one short sentence each. */
export const PICTURE_FILE_MESSAGES = {
  tooBig: 'This picture is too big. Choose one under 2 MB.',
  wrongType: 'We cannot use this type of file. Choose a PNG, JPEG or SVG picture.',
  unreadable: 'We could not open this picture. Choose a different file.',
} as const;

/** What {@link readPictureFile} made of a file: a `data:` URL, or a message to show. */
export type PictureFileResult =
  | {readonly ok: true; readonly src: string; readonly type: 'image/png' | 'image/jpeg' | 'image/svg+xml'}
  | {readonly ok: false; readonly message: string};

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * Reads a chosen file. The type is decided by the file's bytes, not its name, so a
 * renamed file cannot slip through. Never throws: a bad file gives a message.
 */
export async function readPictureFile(file: File): Promise<PictureFileResult> {
  if (file.size > MAX_PICTURE_BYTES) return {ok: false, message: PICTURE_FILE_MESSAGES.tooBig};
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    return {ok: false, message: PICTURE_FILE_MESSAGES.unreadable};
  }
  const raster = rasterType(bytes);
  if (raster) return {ok: true, type: raster, src: `data:${raster};base64,${toBase64(bytes)}`};
  if (!looksLikeSvg(file, bytes)) return {ok: false, message: PICTURE_FILE_MESSAGES.wrongType};
  const svg = sanitizeSvg(new TextDecoder().decode(bytes));
  if (svg === undefined) return {ok: false, message: PICTURE_FILE_MESSAGES.wrongType};
  return {ok: true, type: 'image/svg+xml', src: `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`};
}

/**
 * Cleans SVG text with DOMPurify's SVG profile and returns standalone SVG markup, or
 * `undefined` when nothing that looks like a picture is left.
 *
 * Removed: scripts, event handler attributes, `<foreignObject>` (it can hold HTML),
 * links and references to anything outside the picture (only `#id` references and
 * embedded raster images stay), and CSS that loads other files.
 */
export function sanitizeSvg(text: string): string | undefined {
  const fragment = purifier().sanitize(text, {
    USE_PROFILES: {svg: true, svgFilters: true},
    FORBID_TAGS: ['script', 'foreignObject', 'a'],
    RETURN_DOM_FRAGMENT: true,
  });
  const svg = fragment.firstElementChild;
  if (!svg || svg.namespaceURI !== SVG_NS || svg.localName !== 'svg') return undefined;
  // XMLSerializer, not innerHTML: an <img> needs well-formed XML with its namespaces.
  return new XMLSerializer().serializeToString(svg);
}

let instance: ReturnType<typeof DOMPurify> | undefined;

/** Our own DOMPurify instance, so these hooks never affect anyone else's sanitising. */
function purifier(): ReturnType<typeof DOMPurify> {
  if (instance) return instance;
  instance = DOMPurify(window);
  instance.addHook('afterSanitizeAttributes', (node) => {
    for (const name of ['href', 'xlink:href']) {
      const value = node.getAttribute(name);
      if (value !== null && !isLocalReference(value)) node.removeAttribute(name);
    }
    const style = node.getAttribute('style');
    if (style !== null && loadsOtherFiles(style)) node.removeAttribute('style');
  });
  instance.addHook('afterSanitizeElements', (node) => {
    if (node.nodeName.toLowerCase() === 'style' && loadsOtherFiles(node.textContent ?? '')) node.textContent = '';
  });
  return instance;
}

/** `#id` inside the picture, or a PNG, JPEG, GIF or WebP image embedded as data. */
function isLocalReference(value: string): boolean {
  const compact = value.replace(/\s/g, '');
  return compact.startsWith('#') || /^data:image\/(png|jpeg|gif|webp);base64,/i.test(compact);
}

/** CSS that fetches something: `@import`, or `url(…)` that is not a `#id` reference. */
function loadsOtherFiles(css: string): boolean {
  return /@import/i.test(css) || /url\(\s*(?!['"]?\s*#)/i.test(css);
}

function rasterType(bytes: Uint8Array): 'image/png' | 'image/jpeg' | undefined {
  const starts = (signature: readonly number[]): boolean => signature.every((byte, i) => bytes[i] === byte);
  if (starts([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (starts([0xff, 0xd8, 0xff])) return 'image/jpeg';
  return undefined;
}

/** SVG is text, so the bytes cannot prove it: trust the name or type, or an `<svg` near the start. */
function looksLikeSvg(file: File, bytes: Uint8Array): boolean {
  if (file.type === 'image/svg+xml' || /\.svg$/i.test(file.name)) return true;
  return /<svg[\s>]/i.test(new TextDecoder().decode(bytes.subarray(0, 4096)));
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  // Chunks keep String.fromCharCode under the engine's argument limit.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
