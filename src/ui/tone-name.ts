/** The tone labels as the UI names them (popup, card preview). */
import type { ToneLabel } from '../engine/types';
import { t, type MessageKey } from './i18n';

const TONE_KEYS: Record<ToneLabel, MessageKey> = {
  warm: 'toneWarm',
  neutral: 'toneNeutral',
  tense: 'toneTense',
  heated: 'toneHeated',
};

export function toneName(label: ToneLabel): string {
  return t(TONE_KEYS[label]);
}
