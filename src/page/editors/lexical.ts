/**
 * Lexical (WhatsApp, Messenger, Instagram, Reddit): the root carries data-lexical-editor. Lexical takes
 * beforeinput 'insertReplacementText' into its editor state and cancels it; its history plugin makes that one
 * undo step. execCommand would change the DOM under Lexical's reconciler, so it is never used. Decorator
 * nodes hidden from assistive technology (mentions' chrome, emoji pickers) are not text.
 */
import { editableFamily } from './family';

export const lexical = editableFamily('lexical', '[data-lexical-editor="true"]', {
  chrome: '[data-lexical-decorator="true"][aria-hidden="true"]',
  apply: ['beforeinput'],
});
