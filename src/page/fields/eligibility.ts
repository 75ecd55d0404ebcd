/**
 * Which fields Heard may read (PRODUCT.md §3). Everything else is never touched: password, e-mail, number,
 * search, tel and url inputs, one-time-code and credit-card autocomplete, read-only/disabled fields, code
 * editors and fields that opt out (on the field or any ancestor, across shadow roots and same-origin frames).
 */
import { composedParent, isElement, isHTMLElement } from '../dom';
import { editorFor, type EditorFamily } from '../editors';

export type FieldKind = 'textarea' | 'input' | 'contenteditable';

export interface FieldTarget {
  element: HTMLElement;
  kind: FieldKind;
  /** The editor family (editors/): how its text is read and how a replacement reaches it. */
  editor: EditorFamily;
}

/** `input.type` normalises missing/unknown types to "text". */
const TEXT_INPUT_TYPES = new Set(['text']);
const CODE_EDITOR_SELECTOR = '.cm-editor, .cm-content, .CodeMirror, .monaco-editor, .ace_editor';
const OPT_OUT_SELECTOR = '[data-gramm="false"], [data-enable-grammarly="false"], [data-heard="off"]';

function autocompleteBlocked(el: HTMLElement): boolean {
  const tokens = (el.getAttribute('autocomplete') ?? '').toLowerCase().split(/\s+/);
  return tokens.some((t) => t === 'one-time-code' || t.startsWith('cc-'));
}

/** Does the element or any ancestor (across shadow roots and same-origin iframes) opt out or sit in a code editor? */
function inExcludedTree(el: Element): boolean {
  let node: Node | null = el;
  while (node) {
    if (isElement(node) && (node.matches(OPT_OUT_SELECTOR) || node.matches(CODE_EDITOR_SELECTOR))) return true;
    node = composedParent(node, true);
  }
  return false;
}

/** The root of the contenteditable region that contains `el` (the outermost editable element). */
function editableRoot(el: HTMLElement): HTMLElement | null {
  if (!el.isContentEditable) return null;
  let root = el;
  let node: Node | null = composedParent(el);
  while (isHTMLElement(node) && node.isContentEditable) {
    root = node;
    node = composedParent(node);
  }
  return root;
}

/** Resolve an event target (e.g. composedPath()[0]) to an eligible field, or null. */
export function resolveField(target: EventTarget | null): FieldTarget | null {
  if (!isHTMLElement(target)) return null;
  const tag = target.tagName;
  const kind: FieldKind | null = tag === 'TEXTAREA' ? 'textarea' : tag === 'INPUT' ? 'input' : target.isContentEditable ? 'contenteditable' : null;
  const element = kind === 'contenteditable' ? editableRoot(target) : target;
  if (!kind || !element) return null;
  const field: FieldTarget = { element, kind, editor: editorFor(element, kind) };
  return isEligible(field) ? field : null;
}

export function isEligible(field: FieldTarget): boolean {
  const el = field.element;
  if (!el.isConnected) return false;
  if (field.kind === 'input') {
    const input = el as HTMLInputElement;
    if (!TEXT_INPUT_TYPES.has(input.type)) return false;
    if (input.readOnly || input.disabled) return false;
  } else if (field.kind === 'textarea') {
    const area = el as HTMLTextAreaElement;
    if (area.readOnly || area.disabled) return false;
  } else if (!el.isContentEditable || el.getAttribute('aria-readonly') === 'true') {
    return false;
  }
  if (el.getAttribute('aria-disabled') === 'true') return false;
  if (autocompleteBlocked(el)) return false;
  if (inExcludedTree(el)) return false;
  return true;
}
