/**
 * Plain contenteditable (Gmail, Outlook, LinkedIn messages), also in same-origin iframes and open shadow
 * roots, and any editor not recognised by another family. Text: the DOM flattened, quoted mail history left
 * out. Applied by beforeinput first — an unknown model-driven editor takes it and cancels it, anything else
 * ignores it and changes nothing — then execCommand('insertText'), which lands on the browser's undo stack.
 */
import type { EditorFamily } from './family';

export const plainContentEditable: EditorFamily = {
  name: 'contenteditable',
  matches: (_el, kind) => kind === 'contenteditable',
  text: 'dom',
  apply: ['beforeinput', 'execCommand'],
};
