import type {SymbolNames} from '../document/text-blocks.js';
import {loadSymbolIndex} from './symbol-index.js';
import type {SymbolRecord} from './symbol-record.js';

/**
 * The picture library's names by OpenMoji code, for the checks (see `RowPicture.symbolName`).
 * In Node (the command line, the server) pass the records of `symbol-data.ts`.
 */
export function symbolNamesFrom(records: readonly SymbolRecord[]): SymbolNames {
  const names = new Map(records.map(([hexcode, label]) => [hexcode, label]));
  return (code) => names.get(code);
}

let loading: Promise<SymbolNames> | undefined;

/** In the browser: loads the names with the picture picker's index (a chunk of its own), once. */
export function loadSymbolNames(): Promise<SymbolNames> {
  loading ??= loadSymbolIndex().then(({symbols}) => {
    const names = new Map(symbols.map((symbol) => [symbol.hexcode, symbol.label]));
    return (code: string) => names.get(code);
  });
  return loading;
}
