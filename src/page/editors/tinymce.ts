/**
 * TinyMCE (self-hosted CMSs, forums, mail clients): the editable is the .mce-content-body — the <body> of its
 * iframe in classic mode (the content script runs in that frame too), or the inline element. TinyMCE follows
 * DOM input, so execCommand('insertText') is the path. Its undo manager, however, keeps its own levels: while
 * someone types it records nothing until typing ends, and it does not count an 'insertText' input as the end
 * of one. Without help, one Ctrl+Z after a replacement would go back to the level before the typing — often
 * an empty field. TinyMCE ends typing and records a level on an 'insertReplacementText' input (what the
 * browser's spell checker sends), so that is announced right before the replacement (the typed text becomes a
 * level) and right after it (the replaced text becomes the next one): one Ctrl+Z restores the phrase.
 */
import { editableFamily } from './family';

export const tinymce = editableFamily('tinymce', '.mce-content-body', {
  chrome: '[data-mce-bogus="all"]',
  apply: ['execCommand'],
  undoCheckpoint(element) {
    element.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertReplacementText' }));
  },
});
