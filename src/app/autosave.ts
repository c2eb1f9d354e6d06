import type {DocumentFile} from '../document/document-file.js';

/**
 * Where the saving has got to: `saving` while a change waits or is being written,
 * `saved` when every change is stored, `error` when the last write failed (the change
 * is kept and written again later).
 */
export type AutosaveStatus = 'saved' | 'saving' | 'error';

/** Options for `Autosaver`. */
export interface AutosaverOptions {
  /** How long to wait after the last change before saving, in milliseconds. Defaults to 500. */
  readonly delay?: number;
  /** How long to wait before trying a failed save again, in milliseconds. Defaults to 5000; 0 waits for the next change or `flush`. */
  readonly retryDelay?: number;
  /**
   * Called when the status changes, and after every failed save with its error.
   * Not called for the starting status, `saved`.
   */
  readonly onStatus?: (status: AutosaveStatus, error?: unknown) => void;
}

/**
 * Saves the latest value of a document a short while after the changes stop.
 *
 * - `schedule(value)` on every change. Only the newest value is kept; it is saved once
 *   `delay` ms pass with no further change (a burst of changes makes one save).
 * - Saves never overlap and run in order: a change made while a save is running is
 *   saved after it, so the last change is never lost or overwritten by an older one.
 * - A failed save keeps its value (unless a newer one has come) and is tried again
 *   after `retryDelay`, on the next change, or on `flush`.
 * - `flush()` saves any waiting change now and resolves when everything is written. Call
 *   it on `pagehide` and before switching to another document.
 *
 * `T` is whatever `save` takes: a `DocumentFile` by default. Passing something cheap to
 * make (the editor's doc node) and converting inside `save` keeps typing fast, because
 * only the values actually saved are converted.
 */
export class Autosaver<T = DocumentFile> {
  private readonly save: (value: T) => Promise<unknown>;
  private readonly delay: number;
  private readonly retryDelay: number;
  private readonly onStatus?: (status: AutosaveStatus, error?: unknown) => void;
  private current: AutosaveStatus = 'saved';
  private pending: {readonly value: T} | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private queue: Promise<void> = Promise.resolve();
  private disposed = false;

  constructor(save: (value: T) => Promise<unknown>, options: AutosaverOptions = {}) {
    this.save = save;
    this.delay = options.delay ?? 500;
    this.retryDelay = options.retryDelay ?? 5000;
    this.onStatus = options.onStatus;
  }

  /** The current status; see `AutosaveStatus`. */
  get status(): AutosaveStatus {
    return this.current;
  }

  /** Notes a new value to save, replacing any value still waiting, and restarts the delay. */
  schedule(value: T): void {
    if (this.disposed) throw new Error('This Autosaver was disposed; make a new one.');
    this.pending = {value};
    this.setStatus('saving');
    this.startTimer(this.delay);
  }

  /**
   * Saves the waiting value now, if there is one, after any save already running.
   * Resolves when the values scheduled before the call are written: to true, or to
   * false when the last save failed (the status is then `error` and the value is kept).
   * Never rejects.
   */
  async flush(): Promise<boolean> {
    this.stopTimer();
    await this.drain();
    return this.current !== 'error';
  }

  /** Stops all timers; a waiting value is not saved (call `flush` first to keep it). */
  dispose(): void {
    this.disposed = true;
    this.stopTimer();
  }

  private startTimer(ms: number): void {
    this.stopTimer();
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.drain();
    }, ms);
  }

  private stopTimer(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }

  /** Queues a write of whatever is waiting when its turn comes. The queue never rejects. */
  private drain(): Promise<void> {
    this.queue = this.queue.then(() => this.writePending());
    return this.queue;
  }

  private async writePending(): Promise<void> {
    const pending = this.pending;
    if (!pending) return; // an earlier write in the queue took it
    this.pending = undefined;
    this.setStatus('saving');
    try {
      await this.save(pending.value);
    } catch (error) {
      this.pending ??= pending;
      this.setStatus('error', error);
      if (this.retryDelay > 0 && !this.disposed && this.timer === undefined) this.startTimer(this.retryDelay);
      return;
    }
    if (!this.pending) this.setStatus('saved');
  }

  private setStatus(status: AutosaveStatus, error?: unknown): void {
    if (status === this.current && status !== 'error') return;
    this.current = status;
    this.onStatus?.(status, error);
  }
}
