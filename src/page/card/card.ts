/**
 * The suggestion card: role="dialog" named "Heard: <category>", the flagged phrase quoted, the reason, and each
 * alternative as a <button> that shows its label and its sentence with the change marked (removed words struck
 * through, added words highlighted; an empty replacement reads "remove ‘…’"), then "Say it gently" (the whole
 * message rewritten, gentle-dialog.ts). Below: "Not now" (this finding,
 * this time), "Ignore ‘…’ on this site", "Ignore everywhere" and "Turn off <category>"; the last three confirm
 * in place with Undo for a few seconds. Plain DOM and textContent only — page text never reaches an HTML sink.
 */
import type { Finding } from '../../engine/types';
import { CATEGORY_INFO } from '../../engine/categories';
import { t } from '../../ui/i18n';
import { pointIn } from '../dom';
import type { IgnoreScope } from '../settings-state';
import { previewOf, shorten, type PreviewPart } from '../../ui/preview';

export type OpenedVia = 'hover' | 'click' | 'keyboard';

/** What a card button can do to the settings; each can be taken back with Undo. */

export interface CardHandlers {
  apply(finding: Finding, suggestionIndex: number): void;
  /** "Say it gently": the whole message, every finding rewritten, in a preview. */
  sayItGently(): void;
  /** "Not now": hide this finding until its words change. */
  dismiss(finding: Finding): void;
  ignore(finding: Finding, scope: IgnoreScope): void;
  undoIgnore(finding: Finding, scope: IgnoreScope): void;
  /** The confirmation's time is up (or Undo was used): the card may close. */
  confirmationDone(): void;
  /** Escape inside the card. */
  escape(): void;
  pointerEnter(): void;
  pointerLeave(): void;
}

/** What the card shows besides the finding. */
export interface CardContext {
  /** The analysed text the finding and its suggestions refer to. */
  text: string;
  dark: boolean;
  /** The browser's shortcut that opens the card, or '' when the user removed it. */
  shortcut: string;
}

const MAX_ALTERNATIVES = 3;
const QUOTE_CHARS = 40;
/** How long a confirmation with Undo stays. */
export const UNDO_MS = 6000;
const SVG_NS = 'http://www.w3.org/2000/svg';

export class Card {
  readonly element: HTMLDivElement;
  private current: Finding | null = null;
  private via: OpenedVia | null = null;
  private statusEl: HTMLParagraphElement | null = null;
  private confirmTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(parent: ShadowRoot, private readonly handlers: CardHandlers) {
    const doc = parent.ownerDocument;
    this.element = doc.createElement('div');
    this.element.className = 'card';
    this.element.setAttribute('role', 'dialog');
    this.element.hidden = true;
    // Keep the editor focused (and its selection) when the card is used with the mouse.
    this.element.addEventListener('mousedown', (e) => e.preventDefault());
    this.element.addEventListener('pointerenter', () => this.handlers.pointerEnter());
    this.element.addEventListener('pointerleave', () => this.handlers.pointerLeave());
    this.element.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') {
        e.preventDefault();
        e.stopPropagation();
        this.handlers.escape();
      } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
        this.moveFocus(e.key === 'ArrowDown' ? 1 : -1);
        e.preventDefault();
      }
      // Keys typed in the card must not reach the page's shortcut handlers.
      e.stopPropagation();
    });
    parent.append(this.element);
  }

  get finding(): Finding | null {
    return this.current;
  }

  get openedVia(): OpenedVia | null {
    return this.via;
  }

  get isOpen(): boolean {
    return this.current !== null;
  }

  /** Showing a confirmation with Undo: settings changes and re-analysis leave the card open. */
  get isConfirming(): boolean {
    return this.confirmTimer !== null;
  }

  open(finding: Finding, anchor: DOMRect[], via: OpenedVia, context: CardContext): void {
    const doc = this.element.ownerDocument;
    const label = categoryLabel(finding);
    this.cancelConfirmation();
    this.current = finding;
    this.via = via;
    const card = this.element;
    card.classList.toggle('dark', context.dark);
    card.setAttribute('aria-label', `Heard: ${label}`);
    card.dataset.findingId = finding.id;
    card.dataset.severity = finding.severity;

    const head = doc.createElement('p');
    head.className = 'head';
    const title = doc.createElement('span');
    title.textContent = label;
    const severity = doc.createElement('span');
    severity.className = 'severity';
    severity.textContent = t(SEVERITY_KEY[finding.severity]);
    head.append(heardMark(doc), title, severity);

    const quote = doc.createElement('p');
    quote.className = 'quote';
    quote.textContent = `“${shorten(finding.text.trim(), QUOTE_CHARS)}”`;

    const reason = doc.createElement('p');
    reason.className = 'reason';
    reason.textContent = finding.message;

    const alts = doc.createElement('div');
    alts.className = 'alts';
    alts.setAttribute('role', 'group');
    alts.setAttribute('aria-label', t('cardAlternatives'));
    finding.suggestions.slice(0, MAX_ALTERNATIVES).forEach((s, i) => {
      const b = doc.createElement('button');
      b.type = 'button';
      b.className = 'alt';
      const what = doc.createElement('span');
      what.className = 'alt-label';
      const removed = context.text.slice(s.start, s.end).trim();
      what.textContent = s.replacement === '' ? t('cardRemove', shorten(removed, QUOTE_CHARS)) : (s.label ?? '');
      b.append(what, previewElement(doc, context.text, s));
      b.addEventListener('click', () => this.handlers.apply(finding, i));
      alts.append(b);
    });

    const gentle = doc.createElement('button');
    gentle.type = 'button';
    gentle.className = 'gentle-open';
    gentle.textContent = t('gentleTitle');
    gentle.addEventListener('click', () => this.handlers.sayItGently());

    const foot = doc.createElement('div');
    foot.className = 'foot';
    const phrase = shorten(finding.text.trim(), 24);
    foot.append(
      this.linkButton(t('cardNotNow'), () => this.handlers.dismiss(finding)),
      this.linkButton(t('cardIgnoreSite', phrase), () => this.ignore(finding, 'site')),
      this.linkButton(t('cardIgnoreEverywhere'), () => this.ignore(finding, 'everywhere')),
      this.linkButton(t('cardTurnOff', label), () => this.ignore(finding, 'category')),
    );

    const parts: Node[] = [head, quote, reason, alts, gentle, foot];
    if (context.shortcut) {
      const shortcut = doc.createElement('p');
      shortcut.className = 'shortcut';
      shortcut.textContent = t('cardShortcut', context.shortcut);
      parts.push(shortcut);
    }
    this.statusEl = doc.createElement('p');
    this.statusEl.className = 'status';
    this.statusEl.setAttribute('role', 'status');
    parts.push(this.statusEl);

    card.replaceChildren(...parts);
    card.hidden = false;
    this.place(anchor);
  }

  /**
   * Position next to the flagged text: below its first line box (a phrase that wraps is anchored where it
   * starts), or above it when there is no room.
   */
  place(anchor: DOMRect[]): void {
    const card = this.element;
    const view = card.ownerDocument.defaultView ?? window;
    const first = anchor[0];
    const w = card.offsetWidth;
    const h = card.offsetHeight;
    const vw = view.innerWidth;
    const vh = view.innerHeight;
    let left = first ? first.left : 8;
    let top = first ? first.bottom + 6 : 8;
    if (first && top + h > vh - 8 && first.top - h - 6 >= 8) top = first.top - h - 6;
    left = Math.max(8, Math.min(left, vw - w - 8));
    top = Math.max(8, Math.min(top, vh - h - 8));
    card.style.left = `${left}px`;
    card.style.top = `${top}px`;
  }

  focusFirst(): void {
    this.element.querySelector<HTMLButtonElement>('button')?.focus({ preventScroll: true });
  }

  hasFocus(): boolean {
    const root = this.element.getRootNode() as ShadowRoot;
    return !!root.activeElement && this.element.contains(root.activeElement);
  }

  containsPoint(x: number, y: number): boolean {
    if (!this.isOpen) return false;
    return pointIn(this.element.getBoundingClientRect(), x, y, 4);
  }

  showStatus(text: string): void {
    if (this.statusEl) this.statusEl.textContent = text;
  }

  /** The card's settings change was made: say so in place of the choices, with Undo for a few seconds. */
  private ignore(finding: Finding, scope: IgnoreScope): void {
    this.handlers.ignore(finding, scope);
    const doc = this.element.ownerDocument;
    const phrase = shorten(finding.text.trim(), QUOTE_CHARS);
    const message = doc.createElement('p');
    message.className = 'confirm';
    message.setAttribute('role', 'status');
    message.textContent =
      scope === 'site' ? t('cardIgnoredSite', phrase) : scope === 'everywhere' ? t('cardIgnoredEverywhere', phrase) : t('cardTurnedOff', categoryLabel(finding));
    const undo = this.linkButton(t('cardUndo'), () => {
      this.handlers.undoIgnore(finding, scope);
      this.endConfirmation();
    });
    undo.classList.add('undo');
    this.element.querySelector('.alts')?.remove();
    this.element.querySelector('.gentle-open')?.remove();
    this.element.querySelector('.foot')?.replaceChildren(message, undo);
    undo.focus({ preventScroll: true });
    this.cancelConfirmation();
    this.confirmTimer = setTimeout(() => this.endConfirmation(), UNDO_MS);
  }

  private endConfirmation(): void {
    this.cancelConfirmation();
    this.handlers.confirmationDone();
  }

  private cancelConfirmation(): void {
    if (this.confirmTimer !== null) clearTimeout(this.confirmTimer);
    this.confirmTimer = null;
  }

  private linkButton(text: string, onClick: () => void): HTMLButtonElement {
    const b = this.element.ownerDocument.createElement('button');
    b.type = 'button';
    b.className = 'link';
    b.textContent = text;
    b.addEventListener('click', onClick);
    return b;
  }

  close(): void {
    this.cancelConfirmation();
    this.current = null;
    this.via = null;
    this.statusEl = null;
    this.element.hidden = true;
    this.element.replaceChildren();
    this.element.removeAttribute('aria-label');
  }

  private moveFocus(step: number): void {
    const buttons = Array.from(this.element.querySelectorAll('button'));
    const root = this.element.getRootNode() as ShadowRoot;
    const i = buttons.indexOf(root.activeElement as HTMLButtonElement);
    const next = buttons[(i + step + buttons.length) % buttons.length];
    next?.focus({ preventScroll: true });
  }

  destroy(): void {
    this.close();
    this.element.remove();
  }
}

const SEVERITY_KEY = { hint: 'cardSeverityHint', warning: 'cardSeverityWarning', alert: 'cardSeverityAlert' } as const;

function categoryLabel(finding: Finding): string {
  return CATEGORY_INFO[finding.category]?.label ?? finding.category;
}

/** The alternative's sentence: unchanged words plain, removed words in <del>, added words in <ins>. */
function previewElement(doc: Document, text: string, suggestion: Finding['suggestions'][number]): HTMLSpanElement {
  const preview = previewOf(text, suggestion);
  const el = doc.createElement('span');
  el.className = 'preview';
  if (preview.clippedBefore) el.append(ellipsis(doc));
  el.append(...markedParts(doc, preview.parts));
  if (preview.clippedAfter) el.append(ellipsis(doc));
  return el;
}

/** Unchanged words as text, removed words in <del>, added words in <ins> (textContent only). */
export function markedParts(doc: Document, parts: readonly PreviewPart[]): Node[] {
  return parts.map((part) => {
    if (part.kind === 'same') return doc.createTextNode(part.text);
    const mark = doc.createElement(part.kind === 'removed' ? 'del' : 'ins');
    mark.textContent = part.text;
    return mark;
  });
}

function ellipsis(doc: Document): HTMLSpanElement {
  const el = doc.createElement('span');
  el.className = 'ellipsis';
  el.textContent = '…';
  return el;
}

/** Heard's mark (the toolbar icon's speech bubble), drawn with DOM calls only. */
export function heardMark(doc: Document): SVGSVGElement {
  const svg = doc.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('class', 'mark-logo');
  svg.setAttribute('viewBox', '0 0 32 32');
  svg.setAttribute('width', '16');
  svg.setAttribute('height', '16');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  const bubble = doc.createElementNS(SVG_NS, 'path');
  bubble.setAttribute('d', 'M8 4h16a6 6 0 0 1 6 6v8a6 6 0 0 1-6 6H14.5l-6.2 4.6A1 1 0 0 1 6.7 27.8V23.6A6 6 0 0 1 2 18v-8a6 6 0 0 1 6-6z');
  bubble.setAttribute('class', 'bubble');
  svg.append(bubble);
  for (const cx of [10.5, 16, 21.5]) {
    const dot = doc.createElementNS(SVG_NS, 'circle');
    dot.setAttribute('cx', String(cx));
    dot.setAttribute('cy', '14');
    dot.setAttribute('r', '1.9');
    dot.setAttribute('class', 'dots');
    svg.append(dot);
  }
  return svg;
}
