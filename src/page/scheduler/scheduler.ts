/**
 * When to analyse: after the writer pauses (debounce), in idle time, never during IME composition, and
 * results of an older text version are dropped. No polling: every run is triggered by an edit.
 */
export interface SchedulerOptions {
  debounceMs: number;
  /** Upper bound for waiting on requestIdleCallback. */
  idleTimeoutMs: number;
  /** Runs the analysis for `version`; must check `isCurrent(version)` before touching the UI. */
  run(version: number): void | Promise<void>;
}

type IdleWindow = Window & {
  requestIdleCallback?: (cb: () => void, opts?: { timeout: number }) => number;
  cancelIdleCallback?: (id: number) => void;
};

export class Scheduler {
  private version = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private idle: number | null = null;
  private composing = false;
  private pendingAfterComposition = false;

  constructor(
    private readonly options: SchedulerOptions,
    private readonly win: IdleWindow = window as IdleWindow,
  ) {}

  /** The text changed: invalidate results in flight and schedule a new run. */
  touch(delay = this.options.debounceMs): number {
    this.version++;
    this.cancelTimers();
    if (this.composing) {
      this.pendingAfterComposition = true;
      return this.version;
    }
    const version = this.version;
    this.timer = setTimeout(() => {
      this.timer = null;
      const go = (): void => {
        this.idle = null;
        if (version !== this.version || this.composing) return;
        void this.options.run(version);
      };
      if (this.win.requestIdleCallback) this.idle = this.win.requestIdleCallback(go, { timeout: this.options.idleTimeoutMs });
      else go();
    }, delay);
    return this.version;
  }

  /** Run soon (e.g. on focus or a settings change) without waiting for the full debounce. */
  now(): number {
    return this.touch(0);
  }

  /** A run is waiting (debounce or idle callback). */
  get pending(): boolean {
    return this.timer !== null || this.idle !== null;
  }

  isCurrent(version: number): boolean {
    return version === this.version && !this.composing;
  }

  get isComposing(): boolean {
    return this.composing;
  }

  compositionStart(): void {
    this.composing = true;
    this.version++;
    this.cancelTimers();
  }

  compositionEnd(): void {
    this.composing = false;
    if (this.pendingAfterComposition) this.pendingAfterComposition = false;
    this.touch();
  }

  cancel(): void {
    this.version++;
    this.cancelTimers();
  }

  private cancelTimers(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    if (this.idle !== null) this.win.cancelIdleCallback?.(this.idle);
    this.idle = null;
  }
}
