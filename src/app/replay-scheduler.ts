/** Options for {@link ReplayScheduler}. */
export interface ReplaySchedulerOptions {
  /** The first wait before trying again, in milliseconds. Defaults to 2000. */
  readonly minDelay?: number;
  /** The longest wait; each failed try doubles the wait up to this. Defaults to 60000. */
  readonly maxDelay?: number;
  /** Where `online` events come from. Defaults to `window`. */
  readonly target?: EventTarget;
}

/**
 * Decides when to send the offline queue again: at `start()`, whenever the browser
 * comes back `online`, when `poke()`d (something was just queued), and on a timer
 * while something is still waiting, waiting twice as long after each failed try
 * (2 s, 4 s, 8 s … up to a minute). Tries never overlap: one asked for during a try
 * runs after it.
 */
export class ReplayScheduler {
  private readonly replay: () => Promise<boolean>;
  private readonly minDelay: number;
  private readonly maxDelay: number;
  private readonly target: EventTarget;
  private delay: number;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private running: Promise<void> | undefined;
  private again = false;
  private started = false;
  private readonly handleOnline = () => {
    this.delay = this.minDelay;
    void this.run();
  };

  /** `replay` sends what is queued and resolves to whether something is still waiting. */
  constructor(replay: () => Promise<boolean>, options: ReplaySchedulerOptions = {}) {
    this.replay = replay;
    this.minDelay = options.minDelay ?? 2000;
    this.maxDelay = options.maxDelay ?? 60_000;
    this.target = options.target ?? window;
    this.delay = this.minDelay;
  }

  /** Listens for `online` and tries once now. */
  start(): Promise<void> {
    if (!this.started) this.target.addEventListener('online', this.handleOnline);
    this.started = true;
    return this.run();
  }

  /** Stops listening and cancels the timer. A try under way finishes. */
  stop(): void {
    this.started = false;
    this.target.removeEventListener('online', this.handleOnline);
    this.clearTimer();
  }

  /** Something was just queued: make sure a try is coming, without resetting a longer wait. */
  poke(): void {
    if (this.started && this.timer === undefined && !this.running) this.schedule();
  }

  /** Tries now (after a try under way); resolves when that try is done. */
  run(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.clearTimer();
    this.running = this.loop().finally(() => (this.running = undefined));
    return this.running;
  }

  private async loop(): Promise<void> {
    let waiting: boolean;
    do {
      this.again = false;
      try {
        waiting = await this.replay();
      } catch (error) {
        console.warn('Sending the saved changes failed; trying again later.', error);
        waiting = true;
      }
    } while (this.again && this.started);
    if (!this.started) return;
    if (waiting) {
      this.schedule();
      this.delay = Math.min(this.delay * 2, this.maxDelay);
    } else {
      this.delay = this.minDelay;
    }
  }

  private schedule(): void {
    this.clearTimer();
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.run();
    }, this.delay);
  }

  private clearTimer(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }
}
