/**
 * Draft.js (X): the editable is .public-DraftEditor-content. Draft reads its input from the DOM (React's
 * synthetic beforeinput is keypress-based and never sees a dispatched event), so the browser's own
 * execCommand('insertText') is the path; Draft records the change in its EditorState undo stack, one step.
 */
import { editableFamily } from './family';

export const draft = editableFamily('draft', '.public-DraftEditor-content', { apply: ['execCommand'] });
