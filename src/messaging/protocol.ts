/**
 * Messages between extension contexts. The content script owns the page state; the popup asks for it and
 * sends user actions back; the background keeps the toolbar badge.
 */
import type { GentleMessage, GentleRequest } from '../engine/gentle';
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
  /** "Say it gently" from the popup: the field's whole text `analysedText` becomes `text`, in one edit. */
  | { type: 'heard:replace'; analysedText: string; text: string }
  | { type: 'heard:ignore'; phrase: string }
  /** Background → content script: the "open the card" command was pressed in this tab. */
  | { type: 'heard:open-card' };

/**
 * Content script → background. The engine runs in the background so that building it (the NLP lexicon takes
 * ~100 ms once) and analysing never occupy the page's main thread while someone types.
 */
export type BackgroundRequest =
  | { type: 'heard:badge'; count: number }
  | { type: 'heard:analyze'; text: string; options: AnalyzeOptions }
  /** The whole message with an alternative applied for every finding (engine/gentle.ts). */
  | { type: 'heard:gentle'; text: string; options: AnalyzeOptions; request: GentleRequest }
  /** Answered with the "open the card" command's current shortcut (content scripts cannot read commands). */
  | { type: 'heard:shortcut' };

export type ApplyResult = { ok: true } | { ok: false; reason: string };

/* One validator per channel: every message and answer that crosses a context boundary is checked once here. */

function record(value: unknown): Record<string, unknown> | null {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : null;
}

/** Popup → content script. */
export function isContentRequest(message: unknown): message is ContentRequest {
  const m = record(message);
  switch (m?.type) {
    case 'heard:get-state':
    case 'heard:open-card':
      return true;
    case 'heard:apply':
      return typeof m.findingId === 'string' && Number.isInteger(m.suggestionIndex) && (m.suggestionIndex as number) >= 0;
    case 'heard:ignore':
      return typeof m.phrase === 'string';
    case 'heard:replace':
      return typeof m.analysedText === 'string' && typeof m.text === 'string';
    default:
      return false;
  }
}

/** Content script → background. */
export function isBackgroundRequest(message: unknown): message is BackgroundRequest {
  const m = record(message);
  switch (m?.type) {
    case 'heard:badge':
      return typeof m.count === 'number' && Number.isFinite(m.count) && m.count >= 0;
    case 'heard:analyze':
      return typeof m.text === 'string' && record(m.options) !== null;
    case 'heard:gentle':
      return typeof m.text === 'string' && record(m.options) !== null && record(m.request) !== null;
    case 'heard:shortcut':
      return true;
    default:
      return false;
  }
}

/** The background's answer to 'heard:analyze'. */
export function isAnalysis(value: unknown): value is Analysis {
  const v = record(value);
  return !!v && Array.isArray(v.findings) && Array.isArray(v.strengths) && record(v.tone) !== null && typeof v.language === 'string';
}

/** The background's answer to 'heard:gentle'. */
export function isGentleMessage(value: unknown): value is GentleMessage {
  const v = record(value);
  return (
    !!v &&
    typeof v.original === 'string' &&
    typeof v.text === 'string' &&
    Array.isArray(v.steps) &&
    Array.isArray(v.remaining) &&
    record(v.toneBefore) !== null &&
    record(v.toneAfter) !== null
  );
}

/** The content script's answer to 'heard:get-state'. */
export function isTabState(value: unknown): value is TabState {
  const v = record(value);
  if (!v || typeof v.host !== 'string' || typeof v.enabled !== 'boolean') return false;
  if (v.field === null) return true;
  const field = record(v.field);
  return !!field && typeof field.text === 'string' && isAnalysis(field.analysis);
}

/** The content script's answer to 'heard:apply' and 'heard:ignore'. */
export function isApplyResult(value: unknown): value is ApplyResult {
  const v = record(value);
  return !!v && (v.ok === true || (v.ok === false && typeof v.reason === 'string'));
}
