/** Where the caret was when a card took focus, and putting it back (Escape, ignore, extension reload). */
import { selectionFor } from './dom';
import type { FieldTarget } from './fields/eligibility';
import { selectionOffsets, selectOffsets, snapshotField } from './text/field-text';

export interface SavedCaret {
  /** The exact DOM range (contenteditable), valid while the text is unchanged. */
  range: Range | null;
  /** Text offsets, the fallback once the editor re-rendered. */
  offsets: { start: number; end: number } | null;
  text: string;
}

export function saveCaret(field: FieldTarget): SavedCaret {
  const snap = snapshotField(field);
  const offsets = selectionOffsets(snap);
  let range: Range | null = null;
  if (snap.editable) {
    const sel = selectionFor(field.element);
    if (sel && sel.rangeCount > 0) range = sel.getRangeAt(0).cloneRange();
  }
  return { range, offsets, text: snap.text };
}

/** Focus the field again and, when known, put the caret back where it was. */
export function restoreCaret(field: FieldTarget, saved: SavedCaret | null): void {
  const el = field.element;
  el.focus({ preventScroll: true });
  if (!saved) return;
  const snap = snapshotField(field);
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
