/**
 * Replace a span of the analysed text with an alternative, through the paths the field's editor family
 * declares (editors/), then VERIFY by re-reading the text. As soon as the text changed we stop, so a
 * replacement is never inserted twice; if nothing worked, the replacement goes to the clipboard ("Copied —
 * paste it in").
 *
 * A change is confirmed once the editor rendered again: a controlled editor may put its own state back on its
 * next render; then nothing else is tried (it might take the change after all) and the replacement is copied
 * instead. An editor that claims a beforeinput but shows no change is never given a second path either.
 */
import type { FieldTarget } from '../fields/eligibility';
import type { ApplyPath } from '../editors';
import { deepActiveElement, selectionFor } from '../dom';
import { readText, selectOffsets, selectionOffsets, snapshotField } from '../text/field-text';

export type ApplyOutcome = { ok: true } | { ok: false; copied: boolean; reason: string };

export interface ApplyRequest {
  field: FieldTarget;
  /** The text the suggestion's offsets refer to. */
  analysedText: string;
  start: number;
  end: number;
  replacement: string;
  /** Where a temporary copy helper may live (our own shadow root), for the clipboard fallback. */
  scratch: ShadowRoot;
}

const SETTLE_MS = 160;
const RENDER_MS = 100;

/** What one path did: changed the text, was claimed by the editor without a change, or did nothing. */
type PathResult = 'changed' | 'claimed' | 'nothing';

export async function applyReplacement(req: ApplyRequest): Promise<ApplyOutcome> {
  const { field, replacement } = req;
  const el = field.element;
  if (!el.isConnected) return { ok: false, copied: await copy(replacement, el, req.scratch), reason: 'field is gone' };

  const before = readText(field);
  const located = locate(before, req);
  if (!located) return { ok: false, copied: false, reason: 'the text changed' };

  focusField(el);
  field.editor.undoCheckpoint?.(el);
  for (const path of field.editor.apply) {
    await selectExact(field, located.start, located.end);
    const result = await tryPath(path, field, before, located, replacement);
    if (result === 'changed') return confirm(req, before);
    if (result === 'claimed') {
      // The editor claimed the change but nothing arrived; never risk a second insertion.
      return { ok: false, copied: await copy(replacement, el, req.scratch), reason: 'the editor did not apply the change' };
    }
  }
  return { ok: false, copied: await copy(replacement, el, req.scratch), reason: 'the editor did not accept the change' };
}

async function tryPath(
  path: ApplyPath,
  field: FieldTarget,
  before: string,
  span: { start: number; end: number },
  replacement: string,
): Promise<PathResult> {
  const el = field.element;
  switch (path) {
    case 'beforeinput': {
      const taken = dispatchBeforeInput(el, replacement) || field.editor.takesUncancelledBeforeInput === true;
      const after = taken ? await settle(field, before) : readText(field);
      if (after !== before) return 'changed';
      return taken ? 'claimed' : 'nothing';
    }
    case 'execCommand':
      try {
        // An empty alternative deletes the selected words (the browser's own Delete, one undo step).
        if (replacement === '') el.ownerDocument.execCommand('delete');
        else el.ownerDocument.execCommand('insertText', false, replacement);
      } catch {
        // Treated like "nothing happened".
      }
      return (await settle(field, before)) !== before ? 'changed' : 'nothing';
    case 'setRangeText': {
      const input = el as HTMLInputElement | HTMLTextAreaElement;
      input.setRangeText(replacement, span.start, span.end, 'end');
      input.dispatchEvent(
        new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertReplacementText', data: replacement }),
      );
      return readText(field) !== before ? 'changed' : 'nothing';
    }
  }
}

/** The text changed: check it still has after the editor's next render (it may restore its own state). */
async function confirm(req: ApplyRequest, before: string): Promise<ApplyOutcome> {
  const el = req.field.element;
  await afterRender(el.ownerDocument.defaultView ?? window);
  if (readText(req.field) === before) {
    return { ok: false, copied: await copy(req.replacement, el, req.scratch), reason: 'the editor undid the change' };
  }
  req.field.editor.undoCheckpoint?.(el);
  return { ok: true };
}

/** Two animation frames (renders scheduled by the edit have run), bounded for tabs that do not paint. */
function afterRender(view: Window): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, RENDER_MS);
    view.requestAnimationFrame(() =>
      view.requestAnimationFrame(() => {
        clearTimeout(timer);
        resolve();
      }),
    );
  });
}

/**
 * A cancelable beforeinput for the current selection; true when the editor handled (cancelled) it. An empty
 * replacement is a deletion of the selection ('deleteContentBackward', as the Backspace key sends): editors
 * take an empty 'insertReplacementText' as nothing to insert (Slate, Lexical) and would change nothing.
 */
function dispatchBeforeInput(el: HTMLElement, replacement: string): boolean {
  const sel = selectionFor(el);
  const range = sel && sel.rangeCount > 0 ? sel.getRangeAt(0) : null;
  const targetRanges = range ? [new StaticRange(range)] : [];
  let init: InputEventInit & { targetRanges?: StaticRange[] };
  if (replacement === '') {
    init = { bubbles: true, cancelable: true, composed: true, inputType: 'deleteContentBackward', targetRanges };
  } else {
    const data = new DataTransfer();
    data.setData('text/plain', replacement);
    init = { bubbles: true, cancelable: true, composed: true, inputType: 'insertReplacementText', dataTransfer: data, targetRanges };
  }
  const event = new InputEvent('beforeinput', init);
  el.dispatchEvent(event);
  return event.defaultPrevented;
}

/** Where the analysed span is in the current text (it may have moved if text was typed elsewhere). */
function locate(current: string, req: ApplyRequest): { start: number; end: number } | null {
  const original = req.analysedText.slice(req.start, req.end);
  if (current.slice(req.start, req.end) === original) return { start: req.start, end: req.end };
  const candidates: number[] = [];
  for (let i = current.indexOf(original); i !== -1; i = current.indexOf(original, i + 1)) candidates.push(i);
  if (candidates.length === 0) return null;
  const best = candidates.reduce((a, b) => (Math.abs(b - req.start) < Math.abs(a - req.start) ? b : a));
  return { start: best, end: best + original.length };
}

export function focusField(el: HTMLElement): void {
  if (deepActiveElement(el.ownerDocument) !== el && !el.contains(deepActiveElement(el.ownerDocument))) {
    el.focus({ preventScroll: true });
  }
}

/** Select [start, end) and give the editor a moment to pick the selection up (selectionchange is async). */
async function selectExact(field: FieldTarget, start: number, end: number): Promise<void> {
  const snap = snapshotField(field);
  const changed = waitForSelectionChange(field.element.ownerDocument, 80);
  selectOffsets(snap, start, end);
  if (snap.editable) {
    await changed;
    await nextTask();
    // Some editors normalise the selection on selectionchange; put the exact range back if they moved it.
    const again = snapshotField(field);
    const now = selectionOffsets(again);
    if (!now || now.start !== start || now.end !== end) {
      selectOffsets(again, start, end);
      await waitForSelectionChange(field.element.ownerDocument, 50);
    }
  }
}

function waitForSelectionChange(doc: Document, timeoutMs: number): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      clearTimeout(timer);
      doc.removeEventListener('selectionchange', done);
      resolve();
    };
    const timer = setTimeout(done, timeoutMs);
    doc.addEventListener('selectionchange', done, { once: true });
  });
}

function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Wait (bounded) until the text differs from `before`; editors built on React re-render asynchronously. */
async function settle(field: FieldTarget, before: string): Promise<string> {
  const deadline = performance.now() + SETTLE_MS;
  let text = readText(field);
  while (text === before && performance.now() < deadline) {
    await new Promise<void>((resolve) => setTimeout(resolve, 16));
    text = readText(field);
  }
  return text;
}

async function copy(text: string, el: HTMLElement, scratch: ShadowRoot): Promise<boolean> {
  // A deletion has nothing to paste: never claim "Copied" for an empty string.
  if (text === '') return false;
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // Fall back to a hidden textarea in our own shadow root (never inside the editor).
    const doc = el.ownerDocument;
    const helper = doc.createElement('textarea');
    helper.value = text;
    helper.setAttribute('aria-hidden', 'true');
    helper.style.position = 'fixed';
    helper.style.left = '-9999px';
    helper.style.opacity = '0';
    scratch.append(helper);
    helper.select();
    let ok = false;
    try {
      ok = doc.execCommand('copy');
    } catch {
      ok = false;
    }
    helper.remove();
    el.focus({ preventScroll: true });
    return ok;
  }
}
