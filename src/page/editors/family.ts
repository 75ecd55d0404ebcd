/**
 * What Heard knows about one editor family (PRODUCT.md §3): how it is recognised, how its text is read, how a
 * replacement is applied, and what its undo needs. Every family lives in its own file in this folder and is
 * listed in index.ts; adding an editor means adding a file here and a fixture page in test/fixtures/pages/.
 *
 * Applying always ends the same way, whatever the path: the text is read again after the editor's next
 * render, and a change that did not stay is reported (the alternative is copied instead).
 */
import type { FieldKind } from '../fields/eligibility';

/**
 * How a replacement can reach the editor, tried in the family's order until the text changed:
 * - `beforeinput`: a cancelable beforeinput 'insertReplacementText' for the selected span (with dataTransfer
 *   and targetRanges). Model-driven editors take it and cancel it, then render; their own history gives undo.
 *   An editor that does not take it changes nothing.
 * - `execCommand`: the browser's own editing (`insertText` on the selection). Editors that follow DOM input
 *   pick the change up; it is one step on the browser's undo stack.
 * - `setRangeText`: form fields whose page swallows execCommand: set the value range and fire input.
 */
export type ApplyPath = 'beforeinput' | 'execCommand' | 'setRangeText';

export interface EditorFamily {
  readonly name: string;
  /** Is `element` (the field: a textarea/input, or the root of a contenteditable region) of this family? */
  matches(element: HTMLElement, kind: FieldKind): boolean;
  /**
   * Where the text comes from: the form field's `value`, or the editable's DOM flattened by
   * text/contenteditable.ts (offsets map back to DOM positions through its segments).
   */
  readonly text: 'value' | 'dom';
  /** For `dom` text: the editor's own chrome inside the editable (placeholders, decorators) that is not text. */
  readonly chrome?: string;
  /** The replacement paths, in order. */
  readonly apply: readonly ApplyPath[];
  /**
   * The editor takes beforeinput into its model WITHOUT cancelling it (Trix): a change may arrive on its next
   * render even though the event was not cancelled, so it is awaited, and no other path is tried after it.
   */
  readonly takesUncancelledBeforeInput?: boolean;
  /**
   * Called right before and right after a replacement: for editors whose own undo history does not see the
   * browser's editing as a step of its own (TinyMCE), so that one undo restores exactly the replaced words.
   */
  undoCheckpoint?(element: HTMLElement): void;
}

/** A contenteditable family recognised by a selector on its editable root. */
export function editableFamily(
  name: string,
  selector: string,
  options: Omit<EditorFamily, 'name' | 'matches' | 'text'>,
): EditorFamily {
  return { name, text: 'dom', matches: (el, kind) => kind === 'contenteditable' && el.matches(selector), ...options };
}
