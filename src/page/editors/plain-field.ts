/**
 * Plain `<textarea>` and text `<input>` (Reddit old, comment boxes). Text: the value, CRLF read as LF.
 * Applied with execCommand('insertText') on the selected range — the browser's own undo stack then holds it
 * as one step; a page that swallows execCommand gets setRangeText plus an input event (its undo is then the
 * page's business). Undo: Ctrl+Z is the browser's.
 */
import type { EditorFamily } from './family';

export const plainField: EditorFamily = {
  name: 'plain field',
  matches: (_el, kind) => kind === 'textarea' || kind === 'input',
  text: 'value',
  apply: ['execCommand', 'setRangeText'],
};
