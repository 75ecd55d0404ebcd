/** The public contract of the tone engine (PRODUCT.md §2). Pure data: no DOM, no browser API. */

export const CATEGORIES = [
  'blame',
  'absolutist',
  'dismissive',
  'assumed-intent',
  'contempt',
  'nonverbal',
  'demand',
  'defensive',
  'passive-aggressive',
] as const;

export type Category = (typeof CATEGORIES)[number];

export function isCategory(value: unknown): value is Category {
  return (CATEGORIES as readonly unknown[]).includes(value);
}

export type Severity = 'hint' | 'warning' | 'alert';

export type Sensitivity = 'gentle' | 'balanced' | 'strict';

export type ToneLabel = 'warm' | 'neutral' | 'tense' | 'heated';

export interface Suggestion {
  /** UTF-16 range of the input that `replacement` replaces. */
  start: number;
  end: number;
  replacement: string;
  label?: string;
}

export interface Finding {
  /** Stable across re-analysis of the same text. */
  id: string;
  rule: string;
  category: Category;
  severity: Severity;
  start: number;
  end: number;
  /** Always `input.slice(start, end)`. */
  text: string;
  message: string;
  practice: string;
  suggestions: Suggestion[];
}

/** The kinds of Strength the engine reports (strengths.ts). */
export type StrengthKind = 'i-statement' | 'appreciation' | 'apology' | 'validation' | 'curious-question';

export interface Strength {
  kind: string;
  start: number;
  end: number;
  text: string;
  message: string;
}

export interface Tone {
  label: ToneLabel;
  /** -1 (heated) … 1 (warm). */
  score: number;
}

export interface Analysis {
  findings: Finding[];
  strengths: Strength[];
  tone: Tone;
  language: 'en' | 'unsupported';
}

export interface AnalyzeOptions {
  categories?: Category[];
  sensitivity?: Sensitivity;
  /** Phrases the user chose to ignore; compared case-insensitively with a finding's text. */
  ignore?: string[];
}
