/**
 * Slate (Discord): the root carries data-slate-editor. Slate applies beforeinput 'insertReplacementText' to
 * its own model (slate-react cancels it) and slate-history records it as one step. Chromium's execCommand fires
 * no beforeinput, so Slate would keep its old model: it is never used. Placeholders are not text.
 */
import { editableFamily } from './family';

export const slate = editableFamily('slate', '[data-slate-editor="true"]', {
  chrome: '[data-slate-placeholder]',
  apply: ['beforeinput'],
});
