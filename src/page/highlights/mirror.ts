/**
 * Where a range of a textarea's / input's value is drawn. Form fields expose no text geometry, so a hidden
 * copy with the same box and typography lives in our shadow root; the rects of a span inside it are mapped
 * back onto the field (minus its scroll offsets).
 */
const COPIED_PROPS = [
  'direction', 'font-family', 'font-size', 'font-style', 'font-variant', 'font-weight', 'font-stretch',
  'font-kerning', 'font-feature-settings', 'font-variation-settings', 'line-height', 'letter-spacing',
  'word-spacing', 'text-transform', 'text-indent', 'text-rendering', 'tab-size', 'padding-top', 'padding-right',
  'padding-bottom', 'padding-left', 'border-top-width', 'border-right-width', 'border-bottom-width',
  'border-left-width', 'overflow-wrap', 'word-break', 'hyphens', 'text-align',
] as const;

export class Mirror {
  private readonly box: HTMLDivElement;
  private readonly inner: HTMLDivElement;

  constructor(parent: ShadowRoot) {
    const doc = parent.ownerDocument;
    this.box = doc.createElement('div');
    this.box.className = 'mirror';
    this.box.setAttribute('aria-hidden', 'true');
    this.inner = doc.createElement('div');
    this.inner.className = 'mirror-inner';
    this.box.append(this.inner);
    parent.append(this.box);
  }

  /** Client rects of value[start, end) as drawn in `field` (viewport coordinates). */
  rects(field: HTMLInputElement | HTMLTextAreaElement, value: string, start: number, end: number): DOMRect[] {
    const view = field.ownerDocument.defaultView ?? window;
    const cs = view.getComputedStyle(field);
    const s = this.box.style;
    for (const prop of COPIED_PROPS) s.setProperty(prop, cs.getPropertyValue(prop));
    const isInput = field.tagName === 'INPUT';
    const pl = parseFloat(cs.paddingLeft) || 0;
    const pr = parseFloat(cs.paddingRight) || 0;
    const pt = parseFloat(cs.paddingTop) || 0;
    const pb = parseFloat(cs.paddingBottom) || 0;
    s.width = `${Math.max(0, field.clientWidth - pl - pr)}px`;
    s.whiteSpace = isInput ? 'pre' : 'pre-wrap';
    if (!isInput) s.overflowWrap = cs.overflowWrap === 'normal' ? 'break-word' : cs.overflowWrap;
    s.height = isInput ? `${Math.max(0, field.clientHeight - pt - pb)}px` : 'auto';

    const doc = field.ownerDocument;
    const before = doc.createTextNode(value.slice(0, start));
    const mark = doc.createElement('span');
    mark.textContent = value.slice(start, end);
    // A trailing newline needs something after it to take up a line.
    const after = doc.createTextNode(value.slice(end) + '\u200b');
    this.inner.replaceChildren(before, mark, after);
    this.inner.style.top = '0px';
    if (isInput) {
      const contentHeight = field.clientHeight - pt - pb;
      const lineHeight = this.inner.getBoundingClientRect().height;
      this.inner.style.top = `${(contentHeight - lineHeight) / 2}px`;
    }

    const origin = this.box.getBoundingClientRect();
    const fieldRect = field.getBoundingClientRect();
    const bl = parseFloat(cs.borderLeftWidth) || 0;
    const bt = parseFloat(cs.borderTopWidth) || 0;
    const mbl = parseFloat(s.borderLeftWidth) || 0;
    const mbt = parseFloat(s.borderTopWidth) || 0;
    const dx = fieldRect.left + bl - (origin.left + mbl) - field.scrollLeft;
    const dy = fieldRect.top + bt - (origin.top + mbt) - field.scrollTop;
    const out: DOMRect[] = [];
    for (const r of Array.from(mark.getClientRects())) {
      if (r.width <= 0) continue;
      out.push(new DOMRect(r.left + dx, r.top + dy, r.width, r.height));
    }
    this.inner.replaceChildren();
    return out;
  }

  destroy(): void {
    this.box.remove();
  }
}
