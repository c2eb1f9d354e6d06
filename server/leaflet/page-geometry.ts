/**
 * The printed page, in one place: A4 with the margins the HTML's `@page` rule, the
 * PDF printer and the print checks all use. CSS pixels are 1/96 inch.
 *
 * @module
 */

/** Margins in millimetres. The bottom one leaves room for the page number. */
export const pageMarginsMm = {top: 16, right: 16, bottom: 20, left: 16} as const;

/** A4 in millimetres. */
export const a4Mm = {width: 210, height: 297} as const;

/** Millimetres to CSS pixels. */
export function mmToPx(mm: number): number {
  return (mm * 96) / 25.4;
}

/** The printable area of one page, in CSS pixels. */
export const contentBoxPx = {
  width: mmToPx(a4Mm.width - pageMarginsMm.left - pageMarginsMm.right),
  height: mmToPx(a4Mm.height - pageMarginsMm.top - pageMarginsMm.bottom),
} as const;
