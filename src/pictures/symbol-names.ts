import type {SymbolNames} from '../document/text-blocks.js';
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

/**
 * In the browser: loads the names from the picture picker's stored records (the chunk its
 * index loads too), once, without building the search index.
 */
export function loadSymbolNames(): Promise<SymbolNames> {
  loading ??= import('./symbol-data.js').then(({symbolRecords}) => symbolNamesFrom(symbolRecords));
  return loading;
}
