/**
 * ProseMirror and Tiptap (ChatGPT-style composers, many apps): the editable is .ProseMirror. ProseMirror
 * follows DOM input through its mutation observer, so execCommand('insertText') is the path; its history
 * plugin groups the change into one undo step (Tiptap's StarterKit includes it).
 */
import { editableFamily } from './family';

export const prosemirror = editableFamily('prosemirror', '.ProseMirror', { apply: ['execCommand'] });
