/**
 * "Words our checkers found hard" in the app: typed calls for `/api/checker-words`, and
 * the check settings that make the editor flag those words ("3 checkers found this word
 * hard", with the plain word chosen instead as the fix).
 *
 * @module
 */
import {parseOrgSettings, type OrgSettings} from '../checks/settings.js';
import {TransportApi} from './transport-api.js';

/** One entry of the list, as `GET /api/checker-words` gives it. */
export interface CheckerWordEntry {
  /** The word, lower case. */
  readonly word: string;
  /** How many different people marked it hard. */
  readonly count: number;
  /** The documents it was marked hard in. */
  readonly documents: readonly {readonly id: string; readonly title: string}[];
  /** The plain word to use instead, or ''. */
  readonly instead: string;
  /** Taken off the list by an admin (only admins get these). */
  readonly removed: boolean;
}

/** What an admin changes about a word. */
export interface CheckerWordChange {
  readonly instead?: string;
  readonly removed?: boolean;
}

/** Typed calls for the list. Staff may read it; only admins may change it. */
export class CheckerWordsApi extends TransportApi {
  /** The list, most-marked first (with the removed ones, for admins). */
  async list(): Promise<readonly CheckerWordEntry[]> {
    return (await this.transport.send<{words: CheckerWordEntry[]}>('GET', '/api/checker-words')).words;
  }

  /** Chooses the plain word to use instead (`''` for none), or puts a removed word back. */
  change(word: string, change: CheckerWordChange): Promise<CheckerWordEntry> {
    return this.transport.send('PATCH', `/api/checker-words/${encodeURIComponent(word)}`, change);
  }

  /** Takes a word off the list: the editor stops flagging it. */
  async remove(word: string): Promise<void> {
    await this.transport.send('DELETE', `/api/checker-words/${encodeURIComponent(word)}`);
  }
}

/**
 * The check settings for the words on the list (removed ones left out), as
 * `words.checkersFoundHard`; `undefined` when there are none, so the editor keeps its
 * built-in settings.
 */
export function checkerWordSettings(entries: readonly CheckerWordEntry[]): OrgSettings | undefined {
  const words = entries
    .filter((entry) => !entry.removed && entry.count >= 1)
    .map((entry) => ({word: entry.word, count: entry.count, ...(entry.instead ? {instead: entry.instead} : {})}));
  return words.length ? parseOrgSettings({words: {checkersFoundHard: words}}) : undefined;
}

/**
 * Keeps the settings for the open document up to date. `load()` asks the server again
 * (each time a document opens, so words marked since show); the settings object is
 * only replaced when the list changed, because new settings make the editor rebuild
 * its state (and lose the undo history).
 */
export class CheckerWordSettings {
  /** The settings to give the editor, or `undefined` for none. */
  settings: OrgSettings | undefined;
  private readonly api: CheckerWordsApi;
  private key = '';

  constructor(api: CheckerWordsApi) {
    this.api = api;
  }

  /** Gets the list. A failure keeps the settings there were: the editor works without them. */
  async load(): Promise<void> {
    let entries: readonly CheckerWordEntry[];
    try {
      entries = await this.api.list();
    } catch {
      return;
    }
    const settings = checkerWordSettings(entries);
    const key = JSON.stringify(settings?.words.checkersFoundHard ?? []);
    if (key === this.key) return;
    this.key = key;
    this.settings = settings;
  }

  /** Forgets the list (on signing out). */
  clear(): void {
    this.key = '';
    this.settings = undefined;
  }
}
