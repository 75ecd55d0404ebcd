/**
 * Trix (Basecamp, HEY, many Rails apps): the editable is the <trix-editor> element itself. Trix's input
 * controller takes beforeinput 'insertReplacementText' (the target range and the dataTransfer text) into its
 * document model and renders on the next frame — without cancelling the event, so the change is awaited rather
 * than judged by the event. execCommand would bypass its model. Trix's undo manager records a replacement of a
 * selected range as its own entry (its typing entries are grouped by caret position), so one Ctrl+Z restores
 * the phrase.
 */
import { editableFamily } from './family';

export const trix = editableFamily('trix', 'trix-editor', { apply: ['beforeinput'], takesUncancelledBeforeInput: true });
