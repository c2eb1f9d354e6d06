import type {ReactiveController, ReactiveControllerHost} from 'lit';

/** What to refresh, and how often. */
export interface RefreshConfig {
  /** Milliseconds between refreshes while the page is visible. */
  readonly every: number;
  /** Whether there is anything to refresh; asked before each refresh. */
  readonly when: () => boolean;
  /** Does the refresh. It reports its own failures. */
  readonly refresh: () => void;
}

/**
 * Calls `refresh` every `every` milliseconds while the host is in the document and
 * the page is visible, and at once when the page becomes visible again. Nothing runs
 * while the page is hidden or after the host is removed: no timer or listener is left.
 */
export class RefreshController implements ReactiveController {
  private readonly config: RefreshConfig;
  private timer: ReturnType<typeof setInterval> | undefined;

  constructor(host: ReactiveControllerHost, config: RefreshConfig) {
    this.config = config;
    host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener('visibilitychange', this.handleVisibility);
    this.start();
  }

  hostDisconnected(): void {
    document.removeEventListener('visibilitychange', this.handleVisibility);
    this.stop();
  }

  private readonly handleVisibility = (): void => {
    if (document.visibilityState !== 'visible') {
      this.stop();
      return;
    }
    this.tick();
    this.start();
  };

  private readonly tick = (): void => {
    if (this.config.when()) this.config.refresh();
  };

  private start(): void {
    if (this.timer === undefined && document.visibilityState === 'visible') this.timer = setInterval(this.tick, this.config.every);
  }

  private stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }
}
