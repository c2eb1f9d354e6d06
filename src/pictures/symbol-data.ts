/**
 * The picture picker's OpenMoji index, typed. The records live in `symbol-data.json`,
 * generated from the openmoji package by `generate-symbol-data.ts`;
 * `symbol-index.node.test.ts` fails when the stored file and the package disagree.
 *
 * @module
 */
import data from './symbol-data.json' with {type: 'json'};
import type {SymbolRecord} from './symbol-record.js';

/** The openmoji version this index was built from. */
export const openMojiVersion: string = data.version;

/** Every symbol the picture picker offers, in OpenMoji order: `[hexcode, label, words]`. */
// JSON types its rows as string[]; the generator writes each as exactly [hexcode, label, words].
export const symbolRecords = data.records as unknown as readonly SymbolRecord[];
