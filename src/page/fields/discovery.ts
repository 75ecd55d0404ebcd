/**
 * Finds the field being edited: focusin anywhere in this frame, read through the composed path so fields in
 * open shadow roots are seen (same-origin iframes run their own copy of the content script: all_frames).
 * Fields that appear later need nothing special; a field that goes away is noticed by a MutationObserver
 * (on the field's tree roots, only while there is a field) so everything for it is cleaned up. No polling.
 */
import { composedParent, deepActiveElement, isShadowRoot } from '../dom';
import { resolveField, type FieldTarget } from './eligibility';

export interface FieldWatcherHandlers {
  focus(field: FieldTarget): void;
  /** Focus left the field (to somewhere else on the page, not a window switch). */
  blur(): void;
  removed(field: FieldTarget): void;
  /** Nodes of Heard's own UI: focus moving there does not count as leaving the field. */
  isOwnUi(node: Node): boolean;
  /**
   * document.open() (TinyMCE-style about:blank frames written by their parent) erased every event listener
   * of this window; listeners added elsewhere must be added again.
   */
  documentReplaced(): void;
}

export class FieldWatcher {
  private current: FieldTarget | null = null;
  private removalObservers: MutationObserver[] = [];
  private blurCheck: ReturnType<typeof setTimeout> | null = null;
  private docObserver: MutationObserver | null = null;
  private rootElement: Element | null = null;

  /** `signal` ends the watcher: its listeners go with it. */
  constructor(
    private readonly handlers: FieldWatcherHandlers,
    private readonly signal: AbortSignal,
  ) {
    signal.addEventListener('abort', () => this.stop(), { once: true });
  }

  start(): void {
    this.listen();
    // Only the document's own children (not a subtree): fires when document.open() replaces the document.
    this.rootElement = document.documentElement;
    this.docObserver = new MutationObserver(() => {
      if (document.documentElement === this.rootElement || !document.documentElement) return;
      this.rootElement = document.documentElement;
      this.listen();
      this.handlers.documentReplaced();
    });
    this.docObserver.observe(document, { childList: true });
    // A field may already have focus when the script arrives (document_idle).
    const active = deepActiveElement();
    if (active) this.consider(active);
  }

  /** Also after document.open() erased the window's listeners (adding the same listener twice is a no-op). */
  private listen(): void {
    window.addEventListener('focusin', this.onFocusIn, { capture: true, signal: this.signal });
    window.addEventListener('focusout', this.onFocusOut, { capture: true, signal: this.signal });
  }

  private stop(): void {
    if (this.blurCheck !== null) clearTimeout(this.blurCheck);
    this.docObserver?.disconnect();
    this.docObserver = null;
    this.unobserve();
    this.current = null;
  }

  private readonly onFocusIn = (e: FocusEvent): void => {
    const target = e.composedPath()[0] ?? e.target;
    if (!(target instanceof Node)) return;
    if (this.handlers.isOwnUi(target)) return;
    this.consider(target);
  };

  private readonly onFocusOut = (): void => {
    if (!this.current) return;
    if (this.blurCheck !== null) clearTimeout(this.blurCheck);
    // Decide after focus settled: focusin elsewhere, our own card, or a window switch (field stays active).
    this.blurCheck = setTimeout(() => {
      this.blurCheck = null;
      const field = this.current;
      if (!field) return;
      const active = deepActiveElement();
      if (active && (active === field.element || field.element.contains(active))) return;
      if (active && this.handlers.isOwnUi(active)) return;
      this.handlers.blur();
    }, 0);
  };

  private consider(target: Node): void {
    const field = resolveField(target);
    if (!field) {
      if (this.current) this.handlers.blur();
      return;
    }
    if (this.current?.element !== field.element) {
      this.current = field;
      this.observeRemoval(field);
    }
    this.handlers.focus(field);
  }

  /** Watch every tree root between the field and the document for the field being detached. */
  private observeRemoval(field: FieldTarget): void {
    this.unobserve();
    const roots = new Set<Node>();
    let node: Node | null = field.element;
    while (node) {
      const root = node.getRootNode();
      roots.add(root);
      node = isShadowRoot(root) ? composedParent(root) : null;
    }
    for (const root of roots) {
      const mo = new MutationObserver(() => {
        const f = this.current;
        if (f && !f.element.isConnected) {
          this.current = null;
          this.unobserve();
          this.handlers.removed(f);
        }
      });
      mo.observe(root, { childList: true, subtree: true });
      this.removalObservers.push(mo);
    }
  }

  private unobserve(): void {
    for (const mo of this.removalObservers) mo.disconnect();
    this.removalObservers = [];
  }
}
