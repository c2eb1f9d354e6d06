/**
 * What this device remembers about one review link, so closing the tab and coming back
 * resumes where the volunteer stopped: the page they were on, and whether they have seen
 * the practice page. The answers themselves are kept by the server.
 */
export class ReviewProgress {
  private readonly storage: Pick<Storage, 'getItem' | 'setItem'> | null;
  private readonly prefix: string;

  /** `storage` defaults to `localStorage`; `null` remembers nothing. */
  constructor(token: string, storage?: Pick<Storage, 'getItem' | 'setItem'> | null) {
    this.storage = storage !== undefined ? storage : typeof localStorage === 'undefined' ? null : localStorage;
    this.prefix = `er-review:${token}:`;
  }

  /** The id of the part the volunteer was on, `'ready'` for the last question, or `null`. */
  get page(): string | null {
    return this.read('page');
  }

  set page(page: string) {
    this.write('page', page);
  }

  get practiceSeen(): boolean {
    return this.read('practice') === 'seen';
  }

  /** Remembers that the practice page was seen (started or skipped). */
  seePractice(): void {
    this.write('practice', 'seen');
  }

  private read(key: string): string | null {
    try {
      return this.storage?.getItem(this.prefix + key) ?? null;
    } catch {
      return null;
    }
  }

  private write(key: string, value: string): void {
    try {
      this.storage?.setItem(this.prefix + key, value);
    } catch {
      // Private windows may refuse storage: the review still works, it just starts from the top.
    }
  }
}
