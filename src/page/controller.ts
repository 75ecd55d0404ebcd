/**
 * Ties the page modules together for one frame: field discovery → scheduler → engine → inline UI (underlines
 * and card, inline-ui.ts) → apply, plus settings, the popup's requests (popup-bridge.ts) and the toolbar badge.
 *
 * Cost before the first focus is a handful of event listeners; the UI root, the settings and the engine are
 * created on the first focus of an eligible field. Every listener is added with an AbortSignal: the page's
 * (WXT's content-script context, which ends this copy), and one per field session.
 */
import { changedLines, changedSpan } from '../engine/apply';
import type { GentleMessage, GentleRequest } from '../engine/gentle';
import type { Analysis, Finding } from '../engine/types';
import type { ApplyResult, TabState } from '../messaging/protocol';
import { applyReplacement } from './apply/apply';
import { deepActiveElement } from './dom';
import type { EngineClient } from './engine';
import { FieldWatcher } from './fields/discovery';
import { isEligible, type FieldTarget } from './fields/eligibility';
import { InlineUi, type Shown } from './inline-ui';
import { popupBridge } from './popup-bridge';
import { Scheduler } from './scheduler/scheduler';
import { ShortcutLabel } from './shortcut';
import { SettingsState } from './settings-state';
import { ChoicesState } from './choices-state';
import { readText, snapshotField, type FieldSnapshot } from './text/field-text';
import { t } from '../ui/i18n';

const DEBOUNCE_MS = 160;
const IDLE_TIMEOUT_MS = 60;

export interface ControllerOptions {
  /** Hostname of the top frame (settings are per site). */
  topHost: string;
  isTopFrame: boolean;
  /** Aborted when this copy of the page layer stops: every listener goes with it. */
  signal: AbortSignal;
  /** Sends the badge count to the background. */
  sendBadge(count: number): void;
  /** The tone engine, answered by the background. */
  engine: EngineClient;
  /** The "open the card" command's shortcut, asked of the background. */
  shortcut(): Promise<string>;
  /**
   * A call into the extension (analysis, settings) failed. If the extension is gone (switched off, removed,
   * or reloaded without a new copy of this script here), the page layer stops itself.
   */
  extensionError(error: unknown): void;
}

interface Session {
  field: FieldTarget;
  /** The snapshot the current analysis refers to. */
  snap: FieldSnapshot | null;
  analysis: Analysis | null;
  /** Findings after settings filters and "Not now". */
  findings: Finding[];
  /** Ids of findings put aside with "Not now" (an id changes when the words of its sentence change). */
  dismissed: Set<string>;
  /** Ends the session's listeners and observers. */
  listeners: AbortController;
}

export class Controller {
  private readonly settings: SettingsState;
  private readonly choices = new ChoicesState();
  private readonly scheduler: Scheduler;
  private readonly watcher: FieldWatcher;
  private readonly ui: InlineUi;
  /** Answers the popup's requests (see popup-bridge.ts). */
  readonly handleMessage: (message: unknown) => Promise<unknown> | undefined;
  private session: Session | null = null;
  /** The session's field currently has focus (analysis and UI only then). */
  private active = false;
  private lastBadge = -1;
  private applying = false;
  private disposed = false;
  /** Shown on the card; asked on the first focus. */
  private readonly shortcut: ShortcutLabel;

  constructor(private readonly options: ControllerOptions) {
    this.settings = new SettingsState(options.topHost, () => this.onSettingsChanged());
    this.shortcut = new ShortcutLabel(options.shortcut);
    this.scheduler = new Scheduler({
      debounceMs: DEBOUNCE_MS,
      idleTimeoutMs: IDLE_TIMEOUT_MS,
      run: (version) => this.analyse(version),
    });
    this.ui = new InlineUi({
      shown: () => this.shown(),
      stale: () => this.checkStale(),
      apply: (f, i) => void this.applyFinding(f, i),
      dismiss: (f) => this.dismiss(f),
      ignore: (f, scope) => void this.settings.setIgnored(f, scope, true),
      undoIgnore: (f, scope) => void this.settings.setIgnored(f, scope, false),
      shortcut: () => this.shortcut.text,
      gentle: (request) => this.gentle(request),
      tone: (text) => this.options.engine.analyze(text, this.settings.analyzeOptions()).then((a) => a.tone),
      useMessage: async (original, text, used) => {
        const result = await this.replaceMessage(original, text);
        if (!result.ok) return result.reason;
        for (const step of used) this.choices.applied(step.finding, step.chosen);
        return null;
      },
      cardIgnored: (f) => this.choices.ignored(f),
    });
    this.watcher = new FieldWatcher(
      {
        focus: (field) => this.onFieldFocused(field),
        blur: () => this.onFieldBlurred(),
        removed: (field) => this.onFieldRemoved(field),
        isOwnUi: (node) => this.ui.owns(node),
        documentReplaced: () => {
          this.endSession();
          this.ui.destroy();
          this.listenKeys();
        },
      },
      options.signal,
    );
    this.handleMessage = popupBridge({
      isTopFrame: options.isTopFrame,
      fieldFocus: () => (this.session ? deepActiveElement() === this.session.field.element : null),
      tabState: () => this.settings.load().then(() => this.tabState(), () => this.tabState()),
      apply: (id, index) => {
        const finding = this.session?.findings.find((f) => f.id === id);
        return finding ? this.applyFinding(finding, index) : undefined;
      },
      fieldText: () => this.session?.snap?.text ?? null,
      replace: (original, text) => this.replaceMessage(original, text),
      ignore: (phrase) => this.settings.ignorePhrase(phrase),
      openCard: () => !!this.session && this.active && this.ui.openAtCaret(),
    });
    options.signal.addEventListener('abort', () => this.dispose(), { once: true });
  }

  start(): void {
    this.watcher.start();
    this.listenKeys();
  }

  /** document.open() erases a window's listeners: adding the same one again is a no-op otherwise. */
  private listenKeys(): void {
    window.addEventListener('keydown', this.ui.onKeyDown, { capture: true, signal: this.options.signal });
  }

  private dispose(): void {
    this.disposed = true;
    // Stopped while the card or the preview had focus (the extension was reloaded or updated): focus and caret go back to the
    // editor before the card disappears, so the next keystrokes still land in the message.
    const s = this.session;
    if (s && this.ui.uiHasFocus()) this.ui.restoreFocus(s.field);
    this.endSession();
    this.ui.destroy();
    this.settings.dispose();
    this.choices.dispose();
  }

  /* Fields ----------------------------------------------------------------------------------------- */

  private onFieldFocused(field: FieldTarget): void {
    if (this.session?.field.element !== field.element) {
      this.endSession();
      this.startSession(field);
    }
    this.active = true;
    this.settings.load().then(
      () => {
        if (this.disposed || this.session?.field.element !== field.element || !this.active) return;
        if (!this.settings.enabled) return;
        this.options.engine.wake();
        this.shortcut.load();
        this.choices.load();
        const s = this.session;
        if (s.snap && s.snap.text === readText(s.field) && s.analysis) this.ui.show();
        else this.scheduler.now();
      },
      (err: unknown) => this.options.extensionError(err),
    );
  }

  private onFieldBlurred(): void {
    if (this.ui.uiHasFocus()) return;
    this.active = false;
    this.scheduler.cancel();
    this.ui.hide();
  }

  private onFieldRemoved(field: FieldTarget): void {
    if (this.session?.field.element !== field.element) return;
    this.endSession();
    this.ui.destroy();
    this.sendBadge(0);
  }

  private startSession(field: FieldTarget): void {
    const el = field.element;
    const listeners = new AbortController();
    const signal = listeners.signal;
    const options = { capture: true, signal };
    el.addEventListener('input', () => this.onTextChanged(), options);
    el.addEventListener(
      'compositionstart',
      () => {
        this.scheduler.compositionStart();
        this.ui.hideForEdit();
      },
      options,
    );
    el.addEventListener('compositionend', () => this.scheduler.compositionEnd(), options);
    el.addEventListener('keyup', () => this.checkStale(), options);
    const observers: Array<MutationObserver | ResizeObserver> = [];
    if (field.kind === 'contenteditable') {
      // Editors also change their DOM without input events (undo, collaborative edits, re-renders).
      const mo = new MutationObserver(() => this.checkStale());
      mo.observe(el, { childList: true, characterData: true, subtree: true });
      observers.push(mo);
    }
    const ro = new ResizeObserver(() => this.ui.scheduleLayout());
    ro.observe(el);
    observers.push(ro);
    signal.addEventListener('abort', () => observers.forEach((o) => o.disconnect()), { once: true });
    this.session = { field, snap: null, analysis: null, findings: [], dismissed: new Set(), listeners };
  }

  private endSession(): void {
    const s = this.session;
    if (!s) return;
    s.listeners.abort();
    this.session = null;
    this.active = false;
    this.scheduler.cancel();
    this.ui.hide();
  }

  private onTextChanged(): void {
    if (this.applying) return;
    this.ui.hideForEdit();
    if (!this.active || !this.settings.enabled) return;
    // The first edit after an analysis starts a burst of typing: the worker may have been stopped meanwhile.
    if (!this.scheduler.pending) this.options.engine.wake();
    this.scheduler.touch();
  }

  /** The text may have changed without an input event: compare with what was analysed. */
  private checkStale(): void {
    const s = this.session;
    if (!s || this.applying || this.scheduler.isComposing) return;
    // Cheap exit while typing: nothing is drawn and a run that re-reads the text is already scheduled.
    if (this.scheduler.pending && !this.ui.isShowing()) return;
    if (s.snap && readText(s.field) === s.snap.text) return;
    this.onTextChanged();
  }

  /* Analysis --------------------------------------------------------------------------------------- */

  private async analyse(version: number): Promise<void> {
    const s = this.session;
    if (!s || !this.active) return;
    if (!isEligible(s.field)) {
      this.endSession();
      this.ui.destroy();
      return;
    }
    let analysis: Analysis;
    let snap: FieldSnapshot;
    try {
      await this.settings.load();
      if (!this.settings.enabled) return;
      if (!this.scheduler.isCurrent(version) || this.session !== s) return;
      snap = snapshotField(s.field);
      analysis = await this.options.engine.analyze(snap.text, this.settings.analyzeOptions());
    } catch (err) {
      // An engine failure (or a background that is reloading) must never break typing on the page.
      this.options.extensionError(err);
      if (!this.disposed) console.warn('Heard: analysis failed', err);
      return;
    }
    if (!this.scheduler.isCurrent(version) || this.session !== s) return;
    s.snap = snap;
    s.analysis = analysis;
    this.publish(s, analysis.findings);
  }

  /** Shows the findings that settings allow, that were not put aside, and that still match the field's text. */
  private publish(s: Session, findings: Finding[]): void {
    const text = s.snap?.text ?? '';
    s.findings = this.settings
      .allowed(findings)
      .filter((f) => !s.dismissed.has(f.id) && f.suggestions.length > 0 && text.slice(f.start, f.end) === f.text)
      .map((f) => this.choices.order(f));
    this.sendBadge(s.findings.length);
    this.ui.show();
  }

  /** What the inline UI draws: only for the focused field, with inline hints on. */
  private shown(): Shown | null {
    const s = this.session;
    if (!s?.snap || !this.active || !this.settings.enabled || !this.settings.inline) return null;
    return { field: s.field, snap: this.freshSnap(s, s.snap), findings: s.findings };
  }

  /** React editors may re-create text nodes without changing the text; re-read the DOM map if so. */
  private freshSnap(s: Session, snap: FieldSnapshot): FieldSnapshot {
    if (!snap.editable || snap.editable.segments.every((seg) => seg.node.isConnected)) return snap;
    const next = snapshotField(s.field);
    if (next.text !== snap.text) return snap;
    s.snap = next;
    return next;
  }

  private sendBadge(count: number): void {
    if (count === this.lastBadge) return;
    this.lastBadge = count;
    this.options.sendBadge(count);
  }

  /* Actions ---------------------------------------------------------------------------------------- */

  private async applyFinding(finding: Finding, index: number): Promise<ApplyResult> {
    const s = this.session;
    const suggestion = finding.suggestions[index];
    if (!s?.snap || !suggestion) return { ok: false, reason: 'nothing to apply' };
    const analysedText = s.snap.text;
    this.applying = true;
    let outcome;
    try {
      outcome = await applyReplacement({ field: s.field, analysedText, ...suggestion, scratch: this.ui.root() });
    } finally {
      this.applying = false;
    }
    if (outcome.ok) {
      this.choices.applied(finding, index);
      this.ui.applied();
      this.onTextChanged();
      return { ok: true };
    }
    if (outcome.copied) this.ui.copied(finding);
    return { ok: false, reason: outcome.copied ? `${outcome.reason}; copied to the clipboard` : outcome.reason };
  }

  /** "Say it gently" for the analysed text; what the writer put aside with "Not now" stays as written. */
  private gentle(request: GentleRequest): Promise<GentleMessage> {
    const s = this.session;
    if (!s?.snap) return Promise.reject(new Error('nothing analysed'));
    const keep = [...(request.keep ?? []), ...s.dismissed];
    // Unless the writer picks otherwise, each phrase gets the alternative its card shows first.
    const firstShown = Object.fromEntries(s.findings.map((f) => [f.id, this.choices.engineIndexOf(f, 0)]));
    const choices = { ...firstShown, ...request.choices };
    return this.options.engine.gentle(s.snap.text, this.settings.analyzeOptions(), { choices, keep });
  }

  /**
   * The whole message `original` becomes `text`. A form field takes it as one replacement (one undo step); a
   * rich editor gets one replacement per changed line, since a paragraph break inside inserted text means
   * something different to every editor. Nothing happens if the message changed since it was analysed.
   */
  private async replaceMessage(original: string, text: string): Promise<ApplyResult> {
    const s = this.session;
    if (!s) return { ok: false, reason: t('gentleNoField') };
    if (readText(s.field) !== original) return { ok: false, reason: t('gentleStale') };
    if (text === original) return { ok: true };
    const edits = s.field.kind === 'contenteditable' ? changedLines(original, text) : [changedSpan(original, text)];
    this.applying = true;
    let current = original;
    try {
      // From the end, so the offsets of the edits before stay valid.
      for (const edit of edits.reverse()) {
        const outcome = await applyReplacement({ field: s.field, analysedText: current, ...edit, scratch: this.ui.root() });
        if (!outcome.ok) return { ok: false, reason: outcome.copied ? t('gentleCopied') : t('gentleNotApplied') };
        current = current.slice(0, edit.start) + edit.replacement + current.slice(edit.end);
      }
    } finally {
      this.applying = false;
    }
    this.ui.applied();
    this.onTextChanged();
    return { ok: true };
  }

  /** "Not now": the card closes (focus back in the field) and this finding is not shown again for these words. */
  private dismiss(finding: Finding): void {
    const s = this.session;
    this.ui.closeFromCard(s?.field ?? null);
    if (!s) return;
    s.dismissed.add(finding.id);
    this.publish(s, s.findings);
  }

  private onSettingsChanged(): void {
    if (this.disposed) return;
    if (!this.settings.enabled) {
      this.scheduler.cancel();
      if (this.session) Object.assign(this.session, { snap: null, analysis: null, findings: [] });
      this.ui.destroy();
      this.sendBadge(0);
      return;
    }
    if (this.session && this.active) {
      this.ui.settingsChanged();
      this.scheduler.now();
    }
  }

  private tabState(): TabState {
    const { session: s, settings } = this;
    const field = s?.snap && s.analysis && settings.enabled ? { text: s.snap.text, analysis: { ...s.analysis, findings: s.findings } } : null;
    return { host: this.options.topHost, enabled: settings.enabled, field };
  }
}
