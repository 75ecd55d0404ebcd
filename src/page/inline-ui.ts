/**
 * The inline UI of one frame and its lifetime: the heard-ui root, the underlines, the suggestion card and the
 * "Say it gently" preview it opens, and how people reach the card — hover, click, the "open card" command (Alt+Shift+H unless remapped), Escape — with the caret saved and put
 * back around it. What to show, and what the card's buttons do, come from the controller through
 * InlineUiHandlers. Page-wide listeners exist only while underlines are shown, under one AbortController.
 */
import type { GentleMessage, GentleRequest, GentleStep } from '../engine/gentle';
import type { Finding, Tone } from '../engine/types';
import { restoreCaret, saveCaret, type SavedCaret } from './caret';
import { Card, type OpenedVia } from './card/card';
import { GentleDialog } from './card/gentle-dialog';
import type { IgnoreScope } from './settings-state';
import { composedContains, deepActiveElement } from './dom';
import type { FieldTarget } from './fields/eligibility';
import { Overlay } from './highlights/overlay';
import { prefersDark } from './highlights/theme';
import { createUiRoot, type UiRoot } from './highlights/ui-root';
import { selectionOffsets, snapshotField, type FieldSnapshot } from './text/field-text';
import { t } from '../ui/i18n';

const HOVER_OPEN_MS = 300;
const HOVER_CLOSE_MS = 400;

/** What the underlines are drawn for: the focused field, its analysed snapshot and the findings to show. */
export interface Shown {
  field: FieldTarget;
  snap: FieldSnapshot;
  findings: readonly Finding[];
}

export interface InlineUiHandlers {
  /** The hints to draw now (the snapshot re-read if the editor re-created its text nodes), or null. */
  shown(): Shown | null;
  /** The field's text no longer matches the hints (noticed while laying them out). */
  stale(): void;
  apply(finding: Finding, suggestionIndex: number): void;
  /** "Not now": this finding stays hidden until its words change. */
  dismiss(finding: Finding): void;
  ignore(finding: Finding, scope: IgnoreScope): void;
  undoIgnore(finding: Finding, scope: IgnoreScope): void;
  /** The shortcut that opens the card, as the browser shows it ('' when none is set). */
  shortcut(): string;
  /** "Say it gently": the shown message rewritten (findings put aside with "Not now" stay as written). */
  gentle(request: GentleRequest): Promise<GentleMessage>;
  /** The tone of a text (the preview's text, edited by hand). */
  tone(text: string): Promise<Tone>;
  /**
   * Replace the message `original` with `text` in one step; null when done, else what to tell the writer.
   * `used`: the alternatives it was made of (none when the writer edited the text by hand).
   */
  useMessage(original: string, text: string, used: readonly GentleStep[]): Promise<string | null>;
  /** A card opened on purpose (click, keyboard) closed with no alternative applied. */
  cardIgnored(finding: Finding): void;
}

export class InlineUi {
  private ui: UiRoot | null = null;
  private overlay: Overlay | null = null;
  private card: Card | null = null;
  private gentleDialog: GentleDialog | null = null;
  /** Page-wide listeners while underlines are shown. */
  private listening: AbortController | null = null;
  private frame: number | null = null;
  private hoverTimer: ReturnType<typeof setTimeout> | null = null;
  private hoverCandidate: string | null = null;
  private closeTimer: ReturnType<typeof setTimeout> | null = null;
  private pointerOverCard = false;
  private lastPointer: { x: number; y: number } | null = null;
  private savedCaret: SavedCaret | null = null;
  /** The open card's finding was acted on (an alternative applied, or "Say it gently"): not an ignored card. */
  private cardActedOn = false;

  constructor(private readonly handlers: InlineUiHandlers) {}

  /** The shadow root of heard-ui (created on demand): scratch space that is never inside the editor. */
  root(): ShadowRoot {
    return this.ensure().shadow;
  }

  /** Is the node part of heard-ui (focus moving there does not leave the field)? */
  owns(node: Node): boolean {
    return !!this.ui && composedContains(this.ui.host, node);
  }

  /** The card or the "Say it gently" preview has focus (the field's blur is then not an exit). */
  uiHasFocus(): boolean {
    return (this.card?.hasFocus() ?? false) || (this.gentleDialog?.hasFocus() ?? false);
  }

  isShowing(): boolean {
    return this.overlay?.isShowing() ?? false;
  }

  /** Draw the underlines for what handlers.shown() returns. */
  show(): void {
    const shown = this.handlers.shown();
    if (!shown || shown.findings.length === 0) {
      // The last finding was just ignored: its card stays to confirm it, with Undo.
      if (this.card?.isConfirming) this.overlay?.hide();
      else this.hide();
      return;
    }
    this.ensure();
    this.overlay?.show(shown.snap, shown.findings);
    this.listen();
  }

  /** The text is being edited: a hovered or open card and the underlines go until the next analysis. */
  hideForEdit(): void {
    this.cancelHover();
    this.closeCard();
    this.overlay?.hide();
  }

  hide(): void {
    this.closeCard();
    this.gentleDialog?.close();
    this.overlay?.hide();
    this.unlisten();
  }

  destroy(): void {
    this.unlisten();
    this.cancelHover();
    this.cancelClose();
    this.card?.destroy();
    this.gentleDialog?.element.remove();
    this.overlay?.destroy();
    this.ui?.destroy();
    this.card = null;
    this.gentleDialog = null;
    this.overlay = null;
    this.ui = null;
  }

  /**
   * Escape closes an open card. Alt+Shift+H, the command's default, opens the card for the finding at the
   * caret when the browser lets the key through to the page (the command itself arrives as a message).
   */
  readonly onKeyDown = (e: KeyboardEvent): void => {
    if (e.key === 'Escape' && this.card?.isOpen) {
      e.preventDefault();
      e.stopPropagation();
      this.escape();
      return;
    }
    if (!e.altKey || !e.shiftKey || e.ctrlKey || e.metaKey || e.code !== 'KeyH') return;
    if (!this.openAtCaret()) return;
    e.preventDefault();
    e.stopPropagation();
  };

  /** Opens the card for the finding at the caret (or the nearest one before it); false when there is none. */
  openAtCaret(): boolean {
    const shown = this.handlers.shown();
    if (!shown || shown.findings.length === 0 || !this.isShowing()) return false;
    const caret = selectionOffsets(snapshotField(shown.field));
    const at = caret?.start ?? shown.snap.text.length;
    const finding =
      shown.findings.find((f) => at >= f.start && at <= f.end) ??
      [...shown.findings].reverse().find((f) => f.end <= at) ??
      shown.findings[0];
    if (!finding) return false;
    this.openCard(finding, 'keyboard');
    return true;
  }

  /** An alternative was applied: the card closes, and the saved caret no longer applies. */
  applied(): void {
    this.savedCaret = null;
    this.cardActedOn = true;
    this.closeCard();
  }

  /** Tell the open card's reader that the alternative went to the clipboard instead. */
  copied(finding: Finding): void {
    if (this.card?.finding?.id === finding.id) this.card.showStatus(t('cardCopied'));
  }

  /** Closing the card from one of its own buttons: focus goes back to the editor if the card had it. */
  closeFromCard(field: FieldTarget | null): void {
    this.closeCard();
    if (field && deepActiveElement() !== field.element && this.savedCaret) restoreCaret(field, this.savedCaret);
    this.savedCaret = null;
  }

  /** Focus and caret back into the field (the card had focus, e.g. when the extension stops). */
  restoreFocus(field: FieldTarget): void {
    restoreCaret(field, this.savedCaret);
  }

  private ensure(): UiRoot {
    if (this.ui?.host.isConnected) return this.ui;
    this.destroy();
    const ui = createUiRoot(document);
    this.ui = ui;
    this.overlay = new Overlay(ui);
    this.card = new Card(ui.shadow, {
      apply: (f, i) => this.handlers.apply(f, i),
      sayItGently: () => void this.openGentle(),
      dismiss: (f) => this.handlers.dismiss(f),
      ignore: (f, scope) => this.handlers.ignore(f, scope),
      undoIgnore: (f, scope) => this.handlers.undoIgnore(f, scope),
      confirmationDone: () => this.closeFromCard(this.handlers.shown()?.field ?? null),
      escape: () => this.escape(),
      pointerEnter: () => {
        this.pointerOverCard = true;
        this.cancelClose();
      },
      pointerLeave: () => {
        this.pointerOverCard = false;
        if (this.card?.openedVia === 'hover') this.scheduleClose();
      },
    });
    this.gentleDialog = new GentleDialog(ui.shadow, {
      rewrite: (request) => this.handlers.gentle(request),
      tone: (text) => this.handlers.tone(text),
      use: (original, text, used) => this.handlers.useMessage(original, text, used),
      close: (used) => this.closeGentle(used),
    });
    return ui;
  }

  /** The card's "Say it gently": the card gives way to the whole-message preview, next to the field. */
  private async openGentle(): Promise<void> {
    const shown = this.handlers.shown();
    if (!shown) return;
    // Escape or Cancel puts the caret back where the writer left it.
    this.savedCaret ??= saveCaret(shown.field);
    let message: GentleMessage;
    try {
      message = await this.handlers.gentle({});
    } catch {
      this.card?.showStatus(t('gentleFailed'));
      return;
    }
    const dialog = this.gentleDialog;
    if (!dialog || this.handlers.shown()?.field !== shown.field) return;
    this.cardActedOn = true;
    this.closeCard();
    dialog.open(message, shown.field.element.getBoundingClientRect(), prefersDark(shown.field.element));
  }

  private closeGentle(used: boolean): void {
    const hadFocus = this.gentleDialog?.hasFocus() ?? false;
    this.gentleDialog?.close();
    const field = this.handlers.shown()?.field;
    // After "Use this message" the editor already has focus, with the caret after the new words.
    if (!used && field && hadFocus) restoreCaret(field, this.savedCaret);
    this.savedCaret = null;
  }

  private listen(): void {
    if (this.listening) return;
    this.listening = new AbortController();
    const signal = this.listening.signal;
    window.addEventListener('scroll', this.onScroll, { capture: true, passive: true, signal });
    window.addEventListener('resize', this.onScroll, { passive: true, signal });
    window.visualViewport?.addEventListener('resize', this.onScroll, { passive: true, signal });
    document.addEventListener('pointermove', this.onPointerMove, { capture: true, passive: true, signal });
    document.addEventListener('pointerdown', this.onPointerDown, { capture: true, passive: true, signal });
    document.addEventListener('click', this.onClick, { capture: true, passive: true, signal });
  }

  private unlisten(): void {
    this.listening?.abort();
    this.listening = null;
    if (this.frame !== null) cancelAnimationFrame(this.frame);
    this.frame = null;
  }

  private readonly onScroll = (): void => this.scheduleLayout();

  /** Re-place underlines and card on the next frame (scroll, resize, the field's own size changing). */
  scheduleLayout(): void {
    if (this.frame !== null || !this.overlay) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = null;
      const shown = this.handlers.shown();
      if (!shown || !this.overlay?.isShowing()) return;
      if (snapshotField(shown.field).text !== shown.snap.text) {
        this.handlers.stale();
        return;
      }
      this.overlay.show(shown.snap, shown.findings);
      const f = this.card?.finding;
      const rects = f ? this.overlay.rectsOf(f.id) : [];
      if (rects.length > 0) this.card?.place(rects);
    });
  }

  private readonly onPointerMove = (e: PointerEvent): void => {
    this.lastPointer = { x: e.clientX, y: e.clientY };
    const hit = this.overlay?.hitTest(e.clientX, e.clientY) ?? null;
    if (hit) {
      this.cancelClose();
      if (this.card?.finding?.id === hit.id || this.hoverCandidate === hit.id) return;
      this.cancelHover();
      this.hoverCandidate = hit.id;
      this.hoverTimer = setTimeout(() => {
        this.hoverTimer = null;
        const p = this.lastPointer;
        const still = p ? this.overlay?.hitTest(p.x, p.y) : null;
        if (still?.id === hit.id) this.openCard(still, 'hover');
      }, HOVER_OPEN_MS);
      return;
    }
    this.cancelHover();
    const overCard = this.card?.containsPoint(e.clientX, e.clientY) ?? false;
    if (!overCard && this.card?.openedVia === 'hover' && !this.pointerOverCard) this.scheduleClose();
  };

  private readonly onPointerDown = (e: PointerEvent): void => {
    if (!this.card?.isOpen || this.fromOwnUi(e)) return;
    if (!this.overlay?.hitTest(e.clientX, e.clientY)) this.closeCard();
  };

  private readonly onClick = (e: MouseEvent): void => {
    if (this.fromOwnUi(e)) return;
    const hit = this.overlay?.hitTest(e.clientX, e.clientY);
    if (!hit) return;
    if (this.card?.finding?.id !== hit.id || this.card.openedVia === 'hover') this.openCard(hit, 'click');
  };

  private fromOwnUi(e: Event): boolean {
    return !!this.ui && e.composedPath().includes(this.ui.host);
  }

  private cancelHover(): void {
    if (this.hoverTimer !== null) clearTimeout(this.hoverTimer);
    this.hoverTimer = null;
    this.hoverCandidate = null;
  }

  private scheduleClose(): void {
    if (this.closeTimer !== null) return;
    this.closeTimer = setTimeout(() => {
      this.closeTimer = null;
      if (!this.pointerOverCard && this.card?.openedVia === 'hover' && !this.card.isConfirming) this.closeCard();
    }, HOVER_CLOSE_MS);
  }

  private cancelClose(): void {
    if (this.closeTimer !== null) clearTimeout(this.closeTimer);
    this.closeTimer = null;
  }

  private openCard(finding: Finding, via: OpenedVia): void {
    const shown = this.handlers.shown();
    if (!shown) return;
    this.ensure();
    if (!this.card || !this.overlay) return;
    this.cancelHover();
    this.cancelClose();
    if (via === 'keyboard') this.savedCaret = saveCaret(shown.field);
    this.cardActedOn = false;
    const context = { text: shown.snap.text, dark: prefersDark(shown.field.element), shortcut: this.handlers.shortcut() };
    this.card.open(finding, this.overlay.rectsOf(finding.id), via, context);
    this.overlay.setActive(finding.id);
    if (via === 'keyboard') this.card.focusFirst();
  }

  /** Settings changed: an open card closes, unless it is showing the confirmation (with Undo) of that change. */
  settingsChanged(): void {
    if (!this.card?.isConfirming) this.closeCard();
  }

  closeCard(): void {
    this.cancelClose();
    this.pointerOverCard = false;
    if (!this.card?.isOpen) return;
    const finding = this.card.finding;
    if (finding && this.card.openedVia !== 'hover' && !this.cardActedOn) this.handlers.cardIgnored(finding);
    this.cardActedOn = false;
    this.card.close();
    this.overlay?.setActive(null);
  }

  /** Escape: close, and put focus and the caret back where they were. */
  private escape(): void {
    const hadFocus = this.card?.hasFocus() ?? false;
    this.closeCard();
    const field = this.handlers.shown()?.field;
    if (field && (hadFocus || deepActiveElement() !== field.element)) restoreCaret(field, this.savedCaret);
    this.savedCaret = null;
  }
}
