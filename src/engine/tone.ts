import type { Finding, Tone } from './types';

const WEIGHT = { hint: 0.1, warning: 0.3, alert: 0.5 } as const;
/** Where the labels start on the score (-1 heated … 1 warm): the label is always read off the score. */
const HEATED = -0.6;
const TENSE = -0.15;
const WARM = 0.3;

/**
 * The overall temperature of a message as one figure, from which the label is read: word polarity, lifted by
 * what is going well and pulled down by what was flagged. A message with an alert is heated and one with a
 * warning at least tense, whatever its words; one with nothing flagged is never tense (sad or sorry words are
 * not tension) and reads warm when something in it is going well. `mocking`: contempt or passive aggression
 * was found (even below the sensitivity shown), so praise in it is not warmth.
 */
export function toneOf(polarityScore: number, findings: Finding[], strengths: number, mocking: boolean): Tone {
  const penalty = findings.reduce((sum, f) => sum + WEIGHT[f.severity], 0);
  let raw = Math.tanh(polarityScore / 6) + Math.min(strengths, 3) * 0.1 - penalty;
  if (findings.length === 0) raw = Math.max(raw, strengths > 0 ? WARM : 0);
  if (findings.some((f) => f.severity === 'alert')) raw = Math.min(raw, HEATED);
  else if (findings.some((f) => f.severity === 'warning')) raw = Math.min(raw, TENSE - 0.05);
  if (mocking) raw = Math.min(raw, 0);
  const score = Math.round(Math.max(-1, Math.min(1, raw)) * 100) / 100;
  let label: Tone['label'] = 'neutral';
  if (score <= HEATED) label = 'heated';
  else if (score < TENSE) label = 'tense';
  else if (score >= WARM) label = 'warm';
  return { label, score };
}
