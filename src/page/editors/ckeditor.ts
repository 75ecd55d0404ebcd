/**
 * CKEditor 5 (Microsoft Teams): the editable is .ck-editor__editable. CKEditor takes beforeinput
 * 'insertReplacementText' into its model and cancels it; its undo plugin records one batch. A DOM change made
 * by execCommand would be reverted by its renderer, so that path is never used.
 */
import { editableFamily } from './family';

export const ckeditor = editableFamily('ckeditor', '.ck-editor__editable', { apply: ['beforeinput'] });
