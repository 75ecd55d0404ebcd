/**
 * The registry of editor families the page layer consults (one file each in this folder). The first family
 * whose `matches` accepts a field wins, so specific editors come before the plain contenteditable fallback.
 */
import type { FieldKind } from '../fields/eligibility';
import { ckeditor } from './ckeditor';
import { plainContentEditable } from './contenteditable';
import { draft } from './draft';
import type { EditorFamily } from './family';
import { lexical } from './lexical';
import { plainField } from './plain-field';
import { prosemirror } from './prosemirror';
import { quill } from './quill';
import { slate } from './slate';
import { tinymce } from './tinymce';
import { trix } from './trix';

export type { ApplyPath, EditorFamily } from './family';

export const EDITOR_FAMILIES: readonly EditorFamily[] = [
  plainField,
  lexical,
  slate,
  draft,
  prosemirror,
  quill,
  ckeditor,
  tinymce,
  trix,
  plainContentEditable,
];

export function editorFor(element: HTMLElement, kind: FieldKind): EditorFamily {
  return EDITOR_FAMILIES.find((family) => family.matches(element, kind)) ?? plainContentEditable;
}
