import type { Finding, Tone } from './types';

const WEIGHT = { hint: 0.1, warning: 0.3, alert: 0.5 } as const;

/** The overall temperature of a message: word polarity, pulled down by what was flagged. */
export function toneOf(polarityScore: number, findings: Finding[], strengths: number): Tone {
  const penalty = findings.reduce((sum, f) => sum + WEIGHT[f.severity], 0);
  const raw = Math.tanh(polarityScore / 6) + Math.min(strengths, 3) * 0.1 - penalty;
  const score = Math.round(Math.max(-1, Math.min(1, raw)) * 100) / 100;
  const alerts = findings.some((f) => f.severity === 'alert');
  const warnings = findings.some((f) => f.severity === 'warning');
  let label: Tone['label'] = 'neutral';
  if (alerts || score <= -0.6) label = 'heated';
  else if (warnings || score < -0.15) label = 'tense';
  else if (score >= 0.3) label = 'warm';
  return { label, score };
}
