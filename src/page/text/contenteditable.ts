/**
 * Text model of a contenteditable editor: the DOM flattened to plain text with "\n" between blocks and for
 * <br>, plus the map from text offsets back to DOM positions. Quoted mail history (.gmail_quote, reply
 * <blockquote>s), placeholders and zero-width filler are not part of the text.
 */

export interface TextSegment {
  node: Text;
  /** Offset of the node's first character in the flattened text. */
  start: number;
  end: number;
}

export interface EditableSnapshot {
  text: string;
  segments: TextSegment[];
}

const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE',
  'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE',
  'SECTION', 'TABLE', 'TBODY', 'THEAD', 'TFOOT', 'TR', 'TD', 'TH', 'UL',
]);

const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'IMG', 'VIDEO', 'AUDIO', 'CANVAS', 'SVG', 'svg']);

/** Quoted history and chrome that is not the writer's own text, in any editor (families add their own). */
const SKIP_SELECTOR = [
  '.gmail_quote',
  '.gmail_quote_container',
  '.gmail_extra',
  'blockquote',
  '#divRplyFwdMsg',
  '#appendonsend',
  '[aria-hidden="true"][contenteditable="false"]',
].join(',');

const ZERO_WIDTH = /^[\u200b\ufeff]*$/;

export function isBlockElement(el: Element): boolean {
  return BLOCK_TAGS.has(el.tagName);
}

function isFormattingWhitespace(node: Text): boolean {
  const data = node.data;
  if (!/^[ \t\r\n]*$/.test(data) || !/[\r\n\t]/.test(data)) return false;
  const prev = node.previousSibling;
  const next = node.nextSibling;
  const blockish = (n: Node | null): boolean => n === null || (n.nodeType === Node.ELEMENT_NODE && isBlockElement(n as Element));
  return blockish(prev) || blockish(next);
}

/** `chrome`: a selector for the editor family's own non-text nodes (editors/family.ts). */
export function snapshotEditable(root: HTMLElement, chrome?: string): EditableSnapshot {
  const skip = chrome ? `${SKIP_SELECTOR},${chrome}` : SKIP_SELECTOR;
  let text = '';
  const segments: TextSegment[] = [];
  /** The current line has begun (content, or an explicitly kept empty line). */
  let lineOpen = false;
  /** A block boundary was crossed after an open line: the next content starts on a new line. */
  let pending = false;

  const boundary = (): void => {
    if (lineOpen) pending = true;
    lineOpen = false;
  };
  const flush = (): void => {
    if (pending) text += '\n';
    pending = false;
  };

  const walk = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === Node.TEXT_NODE) {
        const t = child as Text;
        if (t.data.length === 0 || ZERO_WIDTH.test(t.data) || isFormattingWhitespace(t)) continue;
        flush();
        const start = text.length;
        text += t.data.replace(/\u00a0/g, ' ');
        segments.push({ node: t, start, end: text.length });
        lineOpen = true;
      } else if (child.nodeType === Node.ELEMENT_NODE) {
        const el = child as Element;
        const block = isBlockElement(el);
        if (SKIP_TAGS.has(el.tagName) || el.matches(skip)) {
          if (block) boundary();
          continue;
        }
        if (el.tagName === 'BR') {
          flush();
          // A trailing <br> only keeps its (possibly empty) block open; any other <br> is a line break.
          if (!isTrailingBreak(el, root)) text += '\n';
          lineOpen = true;
          continue;
        }
        if (block) boundary();
        walk(el);
        if (block) boundary();
      }
    }
  };
  walk(root);
  return { text, segments };
}

/** Is this <br> the last thing in its block (ProseMirror trailing break, Lexical/Quill/Slate empty line…)? */
function isTrailingBreak(br: Element, root: Element): boolean {
  let node: Node = br;
  for (;;) {
    let sib = node.nextSibling;
    while (sib && sib.nodeType === Node.TEXT_NODE && ((sib as Text).data.length === 0 || ZERO_WIDTH.test((sib as Text).data))) {
      sib = sib.nextSibling;
    }
    if (sib) {
      if (sib.nodeType !== Node.ELEMENT_NODE) return false;
      const el = sib as Element;
      if (isBlockElement(el)) return true;
      if (el.tagName === 'IMG' && el.classList.contains('ProseMirror-separator')) {
        node = sib;
        continue;
      }
      return false;
    }
    const parent = node.parentNode;
    if (!parent || parent === root || parent.nodeType !== Node.ELEMENT_NODE) return true;
    if (isBlockElement(parent as Element)) return true;
    node = parent;
  }
}

/** DOM position of a text offset. `bias` picks the side when the offset sits between two segments. */
export function domPoint(snapshot: EditableSnapshot, offset: number, bias: 'start' | 'end'): { node: Text; offset: number } | null {
  const segs = snapshot.segments;
  if (segs.length === 0) return null;
  if (bias === 'start') {
    for (const seg of segs) {
      if (offset >= seg.start && offset < seg.end) return { node: seg.node, offset: offset - seg.start };
      if (offset < seg.start) return { node: seg.node, offset: 0 };
    }
    const last = segs[segs.length - 1]!;
    return { node: last.node, offset: last.end - last.start };
  }
  for (let i = segs.length - 1; i >= 0; i--) {
    const seg = segs[i]!;
    if (offset > seg.start && offset <= seg.end) return { node: seg.node, offset: offset - seg.start };
    if (offset > seg.end) return { node: seg.node, offset: seg.end - seg.start };
  }
  const first = segs[0]!;
  return { node: first.node, offset: 0 };
}

/** A DOM Range covering text offsets [start, end). */
export function rangeFor(snapshot: EditableSnapshot, start: number, end: number): Range | null {
  const a = domPoint(snapshot, start, 'start');
  const b = domPoint(snapshot, end, 'end');
  if (!a || !b) return null;
  const range = a.node.ownerDocument.createRange();
  range.setStart(a.node, Math.min(a.offset, a.node.length));
  range.setEnd(b.node, Math.min(b.offset, b.node.length));
  if (range.collapsed && end > start) return null;
  return range;
}

/** Per-text-node ranges for [start, end): their client rects are the line boxes of the text only. */
export function textRects(snapshot: EditableSnapshot, start: number, end: number): DOMRect[] {
  const rects: DOMRect[] = [];
  for (const seg of snapshot.segments) {
    if (seg.end <= start || seg.start >= end) continue;
    const from = Math.max(start, seg.start) - seg.start;
    const to = Math.min(end, seg.end) - seg.start;
    if (to > seg.node.length || from >= to) continue;
    const range = seg.node.ownerDocument.createRange();
    range.setStart(seg.node, from);
    range.setEnd(seg.node, to);
    for (const r of Array.from(range.getClientRects())) if (r.width > 0 && r.height > 0) rects.push(r);
  }
  return rects;
}

/** Text offset of a DOM position inside the editor, or null when it is outside the modelled text. */
export function offsetOf(snapshot: EditableSnapshot, node: Node, offset: number): number | null {
  for (const seg of snapshot.segments) {
    if (seg.node === node) return seg.start + Math.min(offset, seg.end - seg.start);
  }
  const doc = node.ownerDocument ?? document;
  const probe = doc.createRange();
  try {
    probe.setStart(node, offset);
  } catch {
    return null;
  }
  let result = 0;
  for (const seg of snapshot.segments) {
    // comparePoint: -1 → the segment starts before the caret.
    if (probe.comparePoint(seg.node, 0) < 0) result = seg.end;
    else break;
  }
  return result;
}
