/**
 * Messages between extension contexts. The content script owns the page state; the popup asks for it and
 * sends user actions back; the background keeps the toolbar badge.
 */
import type { Analysis, AnalyzeOptions } from '../engine/types';

/** What the content script of a tab reports about itself. */
export interface TabState {
  /** Hostname of the top frame, e.g. "mail.google.com". */
  host: string;
  /** False when the site is switched off or Heard is paused. */
  enabled: boolean;
  /** The field being edited, or the last one edited; null before any field was focused. */
  field: { text: string; analysis: Analysis } | null;
}

/** Popup → content script (sent with tabs.sendMessage to the active tab). */
export type ContentRequest =
  | { type: 'heard:get-state' }
  | { type: 'heard:apply'; findingId: string; suggestionIndex: number }
  | { type: 'heard:ignore'; phrase: string };

/**
 * Content script → background. The engine runs in the background so that building it (the NLP lexicon takes
 * ~100 ms once) and analysing never occupy the page's main thread while someone types.
 */
export type BackgroundRequest =
  | { type: 'heard:badge'; count: number }
  | { type: 'heard:analyze'; text: string; options: AnalyzeOptions };

export type ApplyResult = { ok: true } | { ok: false; reason: string };
