/** Small DOM helpers shared by the page modules. Nothing here writes to the host page. */

/** Parent across shadow boundaries (shadow root → host) and, when same-origin, out of iframes. */
export function composedParent(node: Node, crossFrames = false): Node | null {
  if (node.parentNode) {
    const parent = node.parentNode;
    if (parent instanceof ShadowRoot || isShadowRoot(parent)) return (parent as ShadowRoot).host;
    return parent;
  }
  if (isShadowRoot(node)) return (node as ShadowRoot).host;
  if (crossFrames && node.nodeType === Node.DOCUMENT_NODE) {
    try {
      return (node as Document).defaultView?.frameElement ?? null;
    } catch {
      return null;
    }
  }
  return null;
}

export function isShadowRoot(node: Node | null): node is ShadowRoot {
  return !!node && node.nodeType === Node.DOCUMENT_FRAGMENT_NODE && 'host' in node;
}

export function isElement(node: unknown): node is Element {
  return !!node && typeof node === 'object' && (node as Node).nodeType === Node.ELEMENT_NODE;
}

export function isHTMLElement(node: unknown): node is HTMLElement {
  return isElement(node) && 'style' in node && typeof (node as HTMLElement).focus === 'function';
}

/** The focused element, looking into open shadow roots. */
export function deepActiveElement(doc: Document = document): Element | null {
  let active: Element | null = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** The selection that reports real nodes for `node` (Chromium: shadowRoot.getSelection()). */
export function selectionFor(node: Node): Selection | null {
  const root = node.getRootNode() as (ShadowRoot & { getSelection?: () => Selection | null }) | Document;
  if (isShadowRoot(root) && typeof (root as ShadowRoot & { getSelection?: unknown }).getSelection === 'function') {
    return (root as ShadowRoot & { getSelection: () => Selection | null }).getSelection();
  }
  return (node.ownerDocument ?? document).getSelection();
}

/** Is `inner` the same as, or inside, `outer` (crossing shadow boundaries)? */
export function composedContains(outer: Node, inner: Node | null): boolean {
  let node: Node | null = inner;
  while (node) {
    if (node === outer) return true;
    node = composedParent(node);
  }
  return false;
}

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export function intersect(a: Box, b: Box): Box | null {
  const left = Math.max(a.left, b.left);
  const top = Math.max(a.top, b.top);
  const right = Math.min(a.right, b.right);
  const bottom = Math.min(a.bottom, b.bottom);
  return right > left && bottom > top ? { left, top, right, bottom } : null;
}

export function viewportBox(win: Window = window): Box {
  return { left: 0, top: 0, right: win.innerWidth, bottom: win.innerHeight };
}

/** The part of `el` that is actually visible: its box clipped by scrolling ancestors and the viewport. */
export function visibleBox(el: Element): Box | null {
  const r = el.getBoundingClientRect();
  let box: Box | null = { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
  let node: Node | null = composedParent(el);
  const view = el.ownerDocument.defaultView ?? window;
  while (box && node && isElement(node) && node !== el.ownerDocument.documentElement) {
    const style = view.getComputedStyle(node);
    if (style.overflowX !== 'visible' || style.overflowY !== 'visible') {
      const pr = node.getBoundingClientRect();
      box = intersect(box, { left: pr.left, top: pr.top, right: pr.right, bottom: pr.bottom });
    }
    node = composedParent(node);
  }
  return box ? intersect(box, viewportBox(view)) : null;
}

export function pointIn(box: Box, x: number, y: number, pad = 0): boolean {
  return x >= box.left - pad && x <= box.right + pad && y >= box.top - pad && y <= box.bottom + pad;
}
