/**
 * The pictures of a leaflet, made self-contained: an OpenMoji picture
 * (`/openmoji/<HEX>.svg`) is read from the installed `openmoji` package, an uploaded
 * picture is already a `data:` URL. Anything else (a picture from another site) is
 * left out, because a released leaflet makes no outside requests.
 *
 * @module
 */
import {readFile} from 'node:fs/promises';
import {createRequire} from 'node:module';
import {dirname, join} from 'node:path';
import type {Picture} from '../../src/document/schema.js';
import {OPENMOJI_CREDIT, OPENMOJI_LICENCE, OPENMOJI_PATH} from '../../src/pictures/symbol-index.js';

/** A picture ready to put in a leaflet. */
export interface LeafletPicture {
  /** A `data:` URL. */
  readonly dataUrl: string;
  readonly alt: string;
  /** `image/svg+xml`, `image/png` or `image/jpeg`. */
  readonly mimeType: string;
  /** The picture's bytes (for the Word file). */
  readonly bytes: Buffer;
}

/** Who made a picture and under what licence, for the leaflet's last page. */
export interface PictureCredit {
  /** What the picture shows (its alt text). */
  readonly picture: string;
  readonly credit: string;
  readonly licence: string;
}

const openMojiSrc = new RegExp(`^${OPENMOJI_PATH}([0-9A-F]+(?:-[0-9A-F]+)*)\\.svg$`);
const dataUrl = /^data:(image\/(?:png|jpeg|svg\+xml));base64,([A-Za-z0-9+/=]+)$/;
let svgDir: string | undefined;

function openMojiDir(): string {
  svgDir ??= join(dirname(createRequire(import.meta.url).resolve('openmoji/package.json')), 'color', 'svg');
  return svgDir;
}

/**
 * Makes `picture` self-contained, or returns `null` when it cannot be (no picture,
 * a symbol the package does not have, or a picture from elsewhere).
 */
export async function loadPicture(picture: Picture | null): Promise<LeafletPicture | null> {
  if (!picture) return null;
  const symbol = openMojiSrc.exec(picture.src);
  if (symbol) {
    const bytes = await readFile(join(openMojiDir(), `${symbol[1]}.svg`)).catch(() => null);
    if (!bytes) return null;
    return {dataUrl: `data:image/svg+xml;base64,${bytes.toString('base64')}`, alt: picture.alt, mimeType: 'image/svg+xml', bytes};
  }
  const data = dataUrl.exec(picture.src);
  if (!data) return null;
  return {dataUrl: picture.src, alt: picture.alt, mimeType: data[1]!, bytes: Buffer.from(data[2]!, 'base64')};
}

/**
 * The credits for `pictures`, one per distinct credit and licence: every OpenMoji
 * picture shares the OpenMoji attribution; each uploaded picture keeps its own.
 */
export function pictureCredits(pictures: readonly Picture[]): PictureCredit[] {
  const credits = new Map<string, PictureCredit>();
  for (const picture of pictures) {
    const openMoji = openMojiSrc.test(picture.src);
    const credit = openMoji ? OPENMOJI_CREDIT : picture.credit.trim() || 'Credit not given';
    const licence = openMoji ? OPENMOJI_LICENCE : picture.licence.trim() || 'Licence not given';
    const key = `${credit}\n${licence}`;
    if (!credits.has(key)) credits.set(key, {picture: openMoji ? 'OpenMoji pictures' : picture.alt, credit, licence});
  }
  return [...credits.values()];
}

/** A credit as one line: "What it shows: who made it (licence)", the licence left out when the credit names it. */
export function creditLine(credit: PictureCredit): string {
  const licence = credit.credit.includes(credit.licence) ? '' : ` (${credit.licence})`;
  return `${credit.picture}: ${credit.credit}${licence}`;
}
