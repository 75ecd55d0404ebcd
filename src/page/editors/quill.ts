/**
 * Quill (Slack, LinkedIn posts): the editable is .ql-editor. Quill 2 takes beforeinput
 * 'insertReplacementText' into its Delta model and cancels it; its history module records one step (edits
 * less than a second apart are merged, as for typing).
 */
import { editableFamily } from './family';

export const quill = editableFamily('quill', '.ql-editor', { apply: ['beforeinput'] });
