/** What drives a message's tone, for the popup's summary line. Pure. */
import { CATEGORY_INFO } from '../engine/categories';
import type { Analysis, Category, Severity } from '../engine/types';

const WEIGHT: Record<Severity, number> = { hint: 1, warning: 2, alert: 3 };

/** Up to `max` categories that weigh most in the findings (by severity, then first appearance). */
export function topCategories(analysis: Pick<Analysis, 'findings'>, max = 2): Category[] {
  const score = new Map<Category, { weight: number; first: number }>();
  for (const finding of analysis.findings) {
    const entry = score.get(finding.category) ?? { weight: 0, first: finding.start };
    entry.weight += WEIGHT[finding.severity];
    entry.first = Math.min(entry.first, finding.start);
    score.set(finding.category, entry);
  }
  return [...score.entries()]
    .sort((a, b) => b[1].weight - a[1].weight || a[1].first - b[1].first)
    .slice(0, max)
    .map(([category]) => category);
}

export function categoryLabel(category: Category): string {
  return CATEGORY_INFO[category]?.label ?? category;
}

/** Distinct strength kinds in order of appearance. */
export function strengthKinds(analysis: Pick<Analysis, 'strengths'>): string[] {
  const kinds: string[] = [];
  for (const strength of analysis.strengths) if (!kinds.includes(strength.kind)) kinds.push(strength.kind);
  return kinds;
}

/** Position of a tone score (-1 heated … 1 warm) on a 0–100 scale. */
export function tonePercent(score: number): number {
  const clamped = Math.max(-1, Math.min(1, Number.isFinite(score) ? score : 0));
  return Math.round(((clamped + 1) / 2) * 100);
}
