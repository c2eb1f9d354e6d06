/**
 * One stored index entry: `[hexcode, label, words]`. `label` is the OpenMoji
 * annotation in plain words ("health worker"); `words` holds the other search words,
 * space-separated, lowercase, without the label's own words.
 *
 * Its own module, so `symbol-data.ts` (which types the generated `symbol-data.json`)
 * and `symbol-index.ts`, which loads that data, do not import each other.
 */
export type SymbolRecord = readonly [hexcode: string, label: string, words: string];
