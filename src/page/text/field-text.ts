/** One text model for every field kind: textarea/input value, or a flattened contenteditable. */
import type { FieldTarget } from '../fields/eligibility';
import { selectionFor } from '../dom';
import { offsetOf, rangeFor, snapshotEditable, type EditableSnapshot } from './contenteditable';

export interface FieldSnapshot {
  field: FieldTarget;
  text: string;
  /** Only for contenteditable fields. */
  editable: EditableSnapshot | null;
}

export function snapshotField(field: FieldTarget): FieldSnapshot {
  if (field.editor.text === 'dom') {
    const editable = snapshotEditable(field.element, field.editor.chrome);
    return { field, text: editable.text, editable };
  }
  const value = (field.element as HTMLInputElement | HTMLTextAreaElement).value;
  return { field, text: value.replace(/\r\n?/g, '\n'), editable: null };
}

export function readText(field: FieldTarget): string {
  return snapshotField(field).text;
}

/** Caret / selection as text offsets, or null when the selection is not in the field. */
export function selectionOffsets(snap: FieldSnapshot): { start: number; end: number } | null {
  const el = snap.field.element;
  if (!snap.editable) {
    const input = el as HTMLInputElement | HTMLTextAreaElement;
    const start = input.selectionStart;
    const end = input.selectionEnd;
    return start === null || end === null ? null : { start, end };
  }
  const sel = selectionFor(el);
  if (!sel || sel.rangeCount === 0 || !sel.anchorNode || !sel.focusNode) return null;
  if (!el.contains(sel.anchorNode) || !el.contains(sel.focusNode)) return null;
  const a = offsetOf(snap.editable, sel.anchorNode, sel.anchorOffset);
  const b = offsetOf(snap.editable, sel.focusNode, sel.focusOffset);
  if (a === null || b === null) return null;
  return { start: Math.min(a, b), end: Math.max(a, b) };
}

/** Select text offsets [start, end) in the field (the field should be focused). */
export function selectOffsets(snap: FieldSnapshot, start: number, end: number): Range | boolean {
  const el = snap.field.element;
  if (!snap.editable) {
    (el as HTMLInputElement | HTMLTextAreaElement).setSelectionRange(start, end);
    return true;
  }
  const range = rangeFor(snap.editable, start, end);
  if (!range) return false;
  const sel = selectionFor(el);
  if (!sel) return false;
  sel.removeAllRanges();
  sel.addRange(range);
  return range;
}

