/**
 * The suggestion card: role="dialog" named "Heard: <category>", the reason, each alternative as a <button>
 * whose text is exactly the replacement, "Ignore this phrase" and "Turn off <category>". Plain DOM and
 * textContent only — page text never reaches an HTML sink.
 */
import type { Finding } from '../../engine/types';
import { CATEGORY_INFO } from '../../engine/categories';
import { pointIn } from '../dom';

export type OpenedVia = 'hover' | 'click' | 'keyboard';

export interface CardHandlers {
  apply(finding: Finding, suggestionIndex: number): void;
  ignore(finding: Finding): void;
  disableCategory(finding: Finding): void;
  /** Escape inside the card. */
  escape(): void;
  pointerEnter(): void;
  pointerLeave(): void;
}

const MAX_ALTERNATIVES = 3;
const SEVERITY_COLOR: Record<Finding['severity'], string> = { hint: '#5b7fd6', warning: '#d08a1e', alert: '#d4504f' };

export class Card {
  readonly element: HTMLDivElement;
  private current: Finding | null = null;
  private via: OpenedVia | null = null;
  private statusEl: HTMLParagraphElement | null = null;

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

  open(finding: Finding, anchor: DOMRect[], via: OpenedVia, dark: boolean): void {
    const doc = this.element.ownerDocument;
    const info = CATEGORY_INFO[finding.category];
    const label = info?.label ?? finding.category;
    this.current = finding;
    this.via = via;
    const card = this.element;
    card.classList.toggle('dark', dark);
    card.setAttribute('aria-label', `Heard: ${label}`);
    card.dataset.findingId = finding.id;
    card.style.setProperty('--c', SEVERITY_COLOR[finding.severity]);

    const head = doc.createElement('p');
    head.className = 'head';
    const dot = doc.createElement('span');
    dot.className = 'dot';
    const title = doc.createElement('span');
    title.textContent = label;
    head.append(dot, title);

    const reason = doc.createElement('p');
    reason.className = 'reason';
    reason.textContent = finding.message;

    const alts = doc.createElement('div');
    alts.className = 'alts';
    alts.setAttribute('role', 'group');
    alts.setAttribute('aria-label', 'Alternatives');
    finding.suggestions.slice(0, MAX_ALTERNATIVES).forEach((s, i) => {
      const b = doc.createElement('button');
      b.type = 'button';
      b.className = 'alt';
      b.textContent = s.replacement;
      if (s.label) b.title = s.label;
      b.addEventListener('click', () => this.handlers.apply(finding, i));
      alts.append(b);
    });

    const foot = doc.createElement('div');
    foot.className = 'foot';
    const ignore = doc.createElement('button');
    ignore.type = 'button';
    ignore.className = 'link';
    ignore.textContent = 'Ignore this phrase';
    ignore.addEventListener('click', () => this.handlers.ignore(finding));
    const off = doc.createElement('button');
    off.type = 'button';
    off.className = 'link';
    off.textContent = `Turn off ${label}`;
    off.addEventListener('click', () => this.handlers.disableCategory(finding));
    foot.append(ignore, off);

    this.statusEl = doc.createElement('p');
    this.statusEl.className = 'status';
    this.statusEl.setAttribute('role', 'status');

    card.replaceChildren(head, reason, alts, foot, this.statusEl);
    card.hidden = false;
    this.place(anchor);
  }

  /** Position next to the flagged text: below it, or above when there is no room. */
  place(anchor: DOMRect[]): void {
    const card = this.element;
    const view = card.ownerDocument.defaultView ?? window;
    const first = anchor[0];
    const last = anchor[anchor.length - 1] ?? first;
    const w = card.offsetWidth;
    const h = card.offsetHeight;
    const vw = view.innerWidth;
    const vh = view.innerHeight;
    let left = first ? first.left : 8;
    let top = last ? last.bottom + 6 : 8;
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

  close(): void {
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
