/**
 * Ties the page modules together for one frame: field discovery → scheduler → engine → highlights and
 * card → apply, plus settings, the popup's requests and the toolbar badge.
 *
 * Cost before the first focus is a handful of event listeners; the UI root, the settings and the engine are
 * created on the first focus of an eligible field.
 */
import type { Analysis, Finding } from '../engine/types';
import type { ApplyResult, ContentRequest, TabState } from '../messaging/protocol';
import { applyReplacement } from './apply/apply';
import { Card, type OpenedVia } from './card/card';
import { composedContains, deepActiveElement, selectionFor } from './dom';
import { FieldWatcher } from './fields/discovery';
import { isEligible, type FieldTarget } from './fields/eligibility';
import { Overlay } from './highlights/overlay';
import { prefersDark } from './highlights/theme';
import { createUiRoot, type UiRoot } from './highlights/ui-root';
import type { EngineClient } from './engine';
import { Scheduler } from './scheduler/scheduler';
import { SettingsState } from './settings-state';
import { readText, selectionOffsets, selectOffsets, snapshotField, type FieldSnapshot } from './text/field-text';

const DEBOUNCE_MS = 160;
const IDLE_TIMEOUT_MS = 60;
const HOVER_OPEN_MS = 300;
const HOVER_CLOSE_MS = 400;

export interface ControllerOptions {
  /** Hostname of the top frame (settings are per site). */
  topHost: string;
  isTopFrame: boolean;
  /** Sends the badge count to the background. */
  sendBadge(count: number): void;
  /** The tone engine, answered by the background. */
  engine: EngineClient;
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
  /** Findings after settings filters. */
  findings: Finding[];
  cleanup: Array<() => void>;
}

/** Where the caret was when a card was opened from the keyboard, to put it back on Escape. */
interface SavedCaret {
  range: Range | null;
  offsets: { start: number; end: number } | null;
  text: string;
}

export class Controller {
  private readonly settings: SettingsState;
  private readonly scheduler: Scheduler;
  private readonly watcher: FieldWatcher;
  private ui: UiRoot | null = null;
  private overlay: Overlay | null = null;
  private card: Card | null = null;
  private session: Session | null = null;
  /** The session's field currently has focus (analysis and UI only then). */
  private active = false;
  private lastBadge = -1;
  private hoverTimer: ReturnType<typeof setTimeout> | null = null;
  private hoverCandidate: string | null = null;
  private closeTimer: ReturnType<typeof setTimeout> | null = null;
  private pointerOverCard = false;
  private frame: number | null = null;
  private lastPointer: { x: number; y: number } | null = null;
  private savedCaret: SavedCaret | null = null;
  private applying = false;
  private readonly globalCleanup: Array<() => void> = [];
  private uiListenersOn = false;
  private disposed = false;

  constructor(private readonly options: ControllerOptions) {
    this.settings = new SettingsState(options.topHost, () => this.onSettingsChanged());
    this.scheduler = new Scheduler({
      debounceMs: DEBOUNCE_MS,
      idleTimeoutMs: IDLE_TIMEOUT_MS,
      run: (version) => this.analyse(version),
    });
    this.watcher = new FieldWatcher({
      focus: (field) => this.onFieldFocused(field),
      blur: () => this.onFieldBlurred(),
      removed: (field) => this.onFieldRemoved(field),
      isOwnUi: (node) => !!this.ui && composedContains(this.ui.host, node),
      documentReplaced: () => {
        this.endSession();
        this.destroyUi();
        this.listenKeys();
      },
    });
  }

  start(): void {
    this.watcher.start();
    this.listenKeys();
    this.globalCleanup.push(() => window.removeEventListener('keydown', this.onKeyDown, true));
  }

  private listenKeys(): void {
    window.removeEventListener('keydown', this.onKeyDown, true);
    window.addEventListener('keydown', this.onKeyDown, true);
  }

  dispose(): void {
    this.disposed = true;
    this.watcher.stop();
    // Stopped while the card had focus (the extension was reloaded or updated): focus and caret go back to the
    // editor before the card disappears, so the next keystrokes still land in the message.
    const s = this.session;
    if (s && this.card?.hasFocus()) this.restoreCaret(s);
    this.endSession();
    this.destroyUi();
    this.settings.dispose();
    for (const fn of this.globalCleanup.splice(0)) fn();
  }

  /* ------------------------------------------------------------------------------------------------ */
  /* Fields                                                                                            */
  /* ------------------------------------------------------------------------------------------------ */

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
        this.options.engine.warm();
        const s = this.session;
        if (s.snap && s.snap.text === readText(s.field) && s.analysis) this.render();
        else this.scheduler.now();
      },
      (err: unknown) => this.options.extensionError(err),
    );
  }

  private onFieldBlurred(): void {
    if (this.card?.hasFocus()) return;
    this.active = false;
    this.scheduler.cancel();
    this.closeCard();
    this.overlay?.hide();
    this.setUiListeners(false);
  }

  private onFieldRemoved(field: FieldTarget): void {
    if (this.session?.field.element !== field.element) return;
    this.endSession();
    this.destroyUi();
    this.sendBadge(0);
  }

  private startSession(field: FieldTarget): void {
    const el = field.element;
    const session: Session = { field, snap: null, analysis: null, findings: [], cleanup: [] };
    const on = <K extends keyof HTMLElementEventMap>(type: K, fn: (e: HTMLElementEventMap[K]) => void): void => {
      el.addEventListener(type, fn, true);
      session.cleanup.push(() => el.removeEventListener(type, fn, true));
    };
    on('input', () => this.onTextChanged());
    on('compositionstart', () => {
      this.scheduler.compositionStart();
      this.hideForEdit();
    });
    on('compositionend', () => this.scheduler.compositionEnd());
    on('keyup', () => this.checkStale());
    if (field.kind === 'contenteditable') {
      // Editors also change their DOM without input events (undo, collaborative edits, re-renders).
      const mo = new MutationObserver(() => this.checkStale());
      mo.observe(el, { childList: true, characterData: true, subtree: true });
      session.cleanup.push(() => mo.disconnect());
    }
    const ro = new ResizeObserver(() => this.scheduleLayout());
    ro.observe(el);
    session.cleanup.push(() => ro.disconnect());
    this.session = session;
  }

  private endSession(): void {
    const s = this.session;
    if (!s) return;
    for (const fn of s.cleanup.splice(0)) fn();
    this.session = null;
    this.active = false;
    this.scheduler.cancel();
    this.closeCard();
    this.overlay?.hide();
    this.setUiListeners(false);
  }

  private onTextChanged(): void {
    if (this.applying) return;
    this.hideForEdit();
    if (this.active && this.settings.enabled) this.scheduler.touch();
  }

  /** The text may have changed without an input event: compare with what was analysed. */
  private checkStale(): void {
    const s = this.session;
    if (!s || this.applying || this.scheduler.isComposing) return;
    // Cheap exit while typing: nothing is drawn and a run that re-reads the text is already scheduled.
    if (this.scheduler.pending && !this.overlay?.isShowing() && !this.card?.isOpen) return;
    if (s.snap && readText(s.field) === s.snap.text) return;
    this.onTextChanged();
  }

  private hideForEdit(): void {
    this.cancelHover();
    if (this.card?.isOpen && this.card.openedVia !== 'popup') this.closeCard();
    this.overlay?.hide();
  }

  /* ------------------------------------------------------------------------------------------------ */
  /* Analysis                                                                                          */
  /* ------------------------------------------------------------------------------------------------ */

  private async analyse(version: number): Promise<void> {
    const s = this.session;
    if (!s || !this.active) return;
    if (!isEligible(s.field)) {
      this.endSession();
      this.destroyUi();
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
    s.findings = analysis.findings.filter(
      (f) => this.settings.allows(f) && f.suggestions.length > 0 && snap.text.slice(f.start, f.end) === f.text,
    );
    this.sendBadge(s.findings.length);
    this.render();
  }

  private render(): void {
    const s = this.session;
    if (!s?.snap || !this.active || !this.settings.enabled || !this.settings.inline || s.findings.length === 0) {
      this.overlay?.hide();
      this.setUiListeners(false);
      return;
    }
    this.ensureUi();
    this.overlay?.show(this.freshSnap(s), s.findings);
    this.setUiListeners(true);
  }

  /** React editors may re-create text nodes without changing the text; re-read the DOM map if so. */
  private freshSnap(s: Session): FieldSnapshot {
    const snap = s.snap;
    if (!snap) return snapshotField(s.field);
    if (!snap.editable || snap.editable.segments.every((seg) => seg.node.isConnected)) return snap;
    const next = snapshotField(s.field);
    if (next.text === snap.text) s.snap = next;
    return s.snap ?? next;
  }

  private sendBadge(count: number): void {
    if (count === this.lastBadge) return;
    this.lastBadge = count;
    this.options.sendBadge(count);
  }

  /* ------------------------------------------------------------------------------------------------ */
  /* UI                                                                                                */
  /* ------------------------------------------------------------------------------------------------ */

  private ensureUi(): void {
    if (this.ui?.host.isConnected) return;
    this.destroyUi();
    const ui = createUiRoot(document);
    this.ui = ui;
    this.overlay = new Overlay(ui);
    this.card = new Card(ui.shadow, {
      apply: (f, i) => void this.applySuggestion(f, i),
      ignore: (f) => void this.ignoreFinding(f),
      disableCategory: (f) => void this.disableCategory(f),
      escape: () => this.escapeCard(),
      pointerEnter: () => {
        this.pointerOverCard = true;
        this.cancelClose();
      },
      pointerLeave: () => {
        this.pointerOverCard = false;
        if (this.card?.openedVia === 'hover') this.scheduleClose();
      },
    });
  }

  private destroyUi(): void {
    this.setUiListeners(false);
    this.cancelHover();
    this.cancelClose();
    this.card?.destroy();
    this.overlay?.destroy();
    this.ui?.destroy();
    this.card = null;
    this.overlay = null;
    this.ui = null;
  }

  /** Page-wide listeners only while underlines are shown. */
  private setUiListeners(on: boolean): void {
    if (on === this.uiListenersOn) return;
    this.uiListenersOn = on;
    if (on) {
      window.addEventListener('scroll', this.onScroll, { capture: true, passive: true });
      window.addEventListener('resize', this.onScroll, { passive: true });
      window.visualViewport?.addEventListener('resize', this.onScroll, { passive: true });
      document.addEventListener('pointermove', this.onPointerMove, { capture: true, passive: true });
      document.addEventListener('pointerdown', this.onPointerDown, { capture: true, passive: true });
      document.addEventListener('click', this.onClick, { capture: true, passive: true });
    } else {
      window.removeEventListener('scroll', this.onScroll, { capture: true });
      window.removeEventListener('resize', this.onScroll);
      window.visualViewport?.removeEventListener('resize', this.onScroll);
      document.removeEventListener('pointermove', this.onPointerMove, { capture: true });
      document.removeEventListener('pointerdown', this.onPointerDown, { capture: true });
      document.removeEventListener('click', this.onClick, { capture: true });
      if (this.frame !== null) cancelAnimationFrame(this.frame);
      this.frame = null;
    }
  }

  private readonly onScroll = (): void => this.scheduleLayout();

  private scheduleLayout(): void {
    if (this.frame !== null || !this.overlay) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = null;
      const s = this.session;
      if (!s || !this.overlay?.isShowing()) return;
      if (s.snap && readText(s.field) !== s.snap.text) {
        this.checkStale();
        return;
      }
      this.overlay.show(this.freshSnap(s), s.findings);
      const f = this.card?.finding;
      if (f && this.card) {
        const rects = this.overlay.rectsOf(f.id);
        if (rects.length > 0) this.card.place(rects);
      }
    });
  }

  private readonly onPointerMove = (e: PointerEvent): void => {
    this.lastPointer = { x: e.clientX, y: e.clientY };
    const hit = this.overlay?.hitTest(e.clientX, e.clientY) ?? null;
    const overCard = this.card?.containsPoint(e.clientX, e.clientY) ?? false;
    if (hit) {
      this.cancelClose();
      if (this.card?.finding?.id === hit.id) return;
      if (this.hoverCandidate !== hit.id) {
        this.cancelHover();
        this.hoverCandidate = hit.id;
        this.hoverTimer = setTimeout(() => {
          this.hoverTimer = null;
          const p = this.lastPointer;
          const still = p ? this.overlay?.hitTest(p.x, p.y) : null;
          if (still?.id === hit.id) this.openCard(still, 'hover');
        }, HOVER_OPEN_MS);
      }
      return;
    }
    this.cancelHover();
    if (!overCard && this.card?.isOpen && this.card.openedVia === 'hover' && !this.pointerOverCard) this.scheduleClose();
  };

  private readonly onPointerDown = (e: PointerEvent): void => {
    if (!this.card?.isOpen) return;
    if (this.ui && e.composedPath().includes(this.ui.host)) return;
    const hit = this.overlay?.hitTest(e.clientX, e.clientY);
    if (!hit) this.closeCard();
  };

  private readonly onClick = (e: MouseEvent): void => {
    if (this.ui && e.composedPath().includes(this.ui.host)) return;
    const hit = this.overlay?.hitTest(e.clientX, e.clientY);
    if (hit && this.card?.finding?.id !== hit.id) this.openCard(hit, 'click');
    else if (hit && this.card && this.card.openedVia === 'hover') this.card.open(hit, this.overlay?.rectsOf(hit.id) ?? [], 'click', this.dark());
  };

  private cancelHover(): void {
    if (this.hoverTimer !== null) clearTimeout(this.hoverTimer);
    this.hoverTimer = null;
    this.hoverCandidate = null;
  }

  private scheduleClose(): void {
    if (this.closeTimer !== null) return;
    this.closeTimer = setTimeout(() => {
      this.closeTimer = null;
      if (!this.pointerOverCard && this.card?.openedVia === 'hover') this.closeCard();
    }, HOVER_CLOSE_MS);
  }

  private cancelClose(): void {
    if (this.closeTimer !== null) clearTimeout(this.closeTimer);
    this.closeTimer = null;
  }

  private dark(): boolean {
    return prefersDark(this.session?.field.element ?? null);
  }

  private openCard(finding: Finding, via: OpenedVia): void {
    const s = this.session;
    if (!s || !this.overlay || !this.settings.inline) return;
    this.ensureUi();
    if (!this.card || !this.overlay) return;
    this.cancelHover();
    this.cancelClose();
    if (via === 'keyboard') this.savedCaret = this.saveCaret(s);
    this.card.open(finding, this.overlay.rectsOf(finding.id), via, this.dark());
    this.overlay.setActive(finding.id);
    if (via === 'keyboard') this.card.focusFirst();
  }

  private closeCard(): void {
    this.cancelClose();
    this.pointerOverCard = false;
    if (!this.card?.isOpen) return;
    this.card.close();
    this.overlay?.setActive(null);
  }

  /** Escape: close, and put focus and the caret back where they were. */
  private escapeCard(): void {
    const hadFocus = this.card?.hasFocus() ?? false;
    this.closeCard();
    const s = this.session;
    if (!s) return;
    if (hadFocus || deepActiveElement() !== s.field.element) this.restoreCaret(s);
    this.savedCaret = null;
  }

  private saveCaret(s: Session): SavedCaret {
    const snap = snapshotField(s.field);
    const offsets = selectionOffsets(snap);
    let range: Range | null = null;
    if (snap.editable) {
      const sel = selectionFor(s.field.element);
      if (sel && sel.rangeCount > 0) range = sel.getRangeAt(0).cloneRange();
    }
    return { range, offsets, text: snap.text };
  }

  private restoreCaret(s: Session): void {
    const el = s.field.element;
    el.focus({ preventScroll: true });
    const saved = this.savedCaret;
    if (!saved) return;
    const snap = snapshotField(s.field);
    if (saved.range && snap.text === saved.text && el.contains(saved.range.startContainer)) {
      const sel = selectionFor(el);
      sel?.removeAllRanges();
      sel?.addRange(saved.range);
      return;
    }
    if (saved.offsets) {
      const max = snap.text.length;
      selectOffsets(snap, Math.min(saved.offsets.start, max), Math.min(saved.offsets.end, max));
    }
  }

  private readonly onKeyDown = (e: KeyboardEvent): void => {
    if (e.key === 'Escape' && this.card?.isOpen) {
      e.preventDefault();
      e.stopPropagation();
      this.escapeCard();
      return;
    }
    if (e.altKey && e.shiftKey && !e.ctrlKey && !e.metaKey && e.code === 'KeyH') {
      const s = this.session;
      if (!s || !this.active || !s.snap || s.findings.length === 0 || !this.overlay?.isShowing()) return;
      const caret = selectionOffsets(snapshotField(s.field));
      const at = caret?.start ?? s.snap.text.length;
      const finding =
        s.findings.find((f) => at >= f.start && at <= f.end) ??
        [...s.findings].reverse().find((f) => f.end <= at) ??
        s.findings[0];
      if (!finding) return;
      e.preventDefault();
      e.stopPropagation();
      this.openCard(finding, 'keyboard');
    }
  };

  /* ------------------------------------------------------------------------------------------------ */
  /* Actions                                                                                           */
  /* ------------------------------------------------------------------------------------------------ */

  private async applySuggestion(finding: Finding, index: number): Promise<ApplyResult> {
    const s = this.session;
    const suggestion = finding.suggestions[index];
    if (!s?.snap || !suggestion) return { ok: false, reason: 'nothing to apply' };
    this.ensureUi();
    if (!this.ui) return { ok: false, reason: 'nothing to apply' };
    const snapText = s.snap.text;
    this.cancelHover();
    this.applying = true;
    let outcome;
    try {
      outcome = await applyReplacement({
        field: s.field,
        analysedText: snapText,
        start: suggestion.start,
        end: suggestion.end,
        replacement: suggestion.replacement,
        scratch: this.ui.shadow,
      });
    } finally {
      this.applying = false;
    }
    if (outcome.ok) {
      this.savedCaret = null;
      this.closeCard();
      this.onTextChanged();
      return { ok: true };
    }
    if (outcome.copied && this.card?.finding?.id === finding.id) this.card.showStatus('Copied — paste it in');
    return { ok: false, reason: outcome.copied ? `${outcome.reason}; copied to the clipboard` : outcome.reason };
  }

  private async ignoreFinding(finding: Finding): Promise<void> {
    this.closeCard();
    this.restoreFocusIfInCard();
    await this.settings.ignorePhrase(finding.text);
  }

  private async disableCategory(finding: Finding): Promise<void> {
    this.closeCard();
    this.restoreFocusIfInCard();
    await this.settings.disableCategory(finding.category);
  }

  private restoreFocusIfInCard(): void {
    const s = this.session;
    if (s && deepActiveElement() !== s.field.element && this.savedCaret) this.restoreCaret(s);
    this.savedCaret = null;
  }

  private onSettingsChanged(): void {
    if (this.disposed) return;
    if (!this.settings.enabled) {
      this.scheduler.cancel();
      if (this.session) {
        this.session.snap = null;
        this.session.analysis = null;
        this.session.findings = [];
      }
      this.destroyUi();
      this.sendBadge(0);
      return;
    }
    if (this.session && this.active) {
      this.closeCard();
      this.scheduler.now();
    }
  }

  /* ------------------------------------------------------------------------------------------------ */
  /* Popup                                                                                             */
  /* ------------------------------------------------------------------------------------------------ */

  /** Answers a popup request, or returns undefined when another frame should answer it. */
  handleMessage(message: unknown): Promise<unknown> | undefined {
    if (!isContentRequest(message)) return undefined;
    switch (message.type) {
      case 'heard:get-state':
        return this.answerState();
      case 'heard:apply': {
        const s = this.session;
        const finding = s?.findings.find((f) => f.id === message.findingId);
        if (!finding) return undefined;
        return this.applySuggestion(finding, message.suggestionIndex);
      }
      case 'heard:ignore':
        if (!this.options.isTopFrame) return undefined;
        return this.settings.ignorePhrase(message.phrase).then(
          (): ApplyResult => ({ ok: true }),
          (err: unknown): ApplyResult => ({ ok: false, reason: String(err) }),
        );
      default:
        return undefined;
    }
  }

  /**
   * Every frame gets the popup's message; the first answer wins. The frame whose field has focus answers at
   * once, a frame with an older field a little later, and the top frame without a field last.
   */
  private answerState(): Promise<TabState> | undefined {
    const s = this.session;
    if (!s && !this.options.isTopFrame) return undefined;
    const focused = !!s && deepActiveElement() === s.field.element;
    const delay = focused ? 0 : s ? 40 : 120;
    return new Promise<TabState>((resolve) => {
      setTimeout(() => {
        void this.settings.load().then(() => resolve(this.tabState()), () => resolve(this.tabState()));
      }, delay);
    });
  }

  private tabState(): TabState {
    const s = this.session;
    const enabled = this.settings.enabled;
    const base: TabState = { host: this.options.topHost, enabled, field: null };
    if (!s?.snap || !s.analysis || !enabled) return base;
    return { ...base, field: { text: s.snap.text, analysis: { ...s.analysis, findings: s.findings } } };
  }
}

function isContentRequest(message: unknown): message is ContentRequest {
  return (
    typeof message === 'object' &&
    message !== null &&
    typeof (message as { type?: unknown }).type === 'string' &&
    (message as { type: string }).type.startsWith('heard:')
  );
}
