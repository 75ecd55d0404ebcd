/**
 * Which findings the user's options let through. Pure and small, so the page can apply the same filter to
 * findings it already has without loading the engine.
 */
import type { AnalyzeOptions, Finding, Sensitivity, Severity } from './types';

export const SEVERITY_RANK: Record<Severity, number> = { hint: 0, warning: 1, alert: 2 };

/** The least severe finding each sensitivity reports: gentle = alerts only, balanced = warnings too, strict = all. */
const SENSITIVITY_FLOOR: Record<Sensitivity, Severity> = { gentle: 'alert', balanced: 'warning', strict: 'hint' };

export function findingWanted(f: Pick<Finding, 'severity' | 'category' | 'text'>, options: AnalyzeOptions): boolean {
  if (SEVERITY_RANK[f.severity] < SEVERITY_RANK[SENSITIVITY_FLOOR[options.sensitivity ?? 'balanced']]) return false;
  if (options.categories && !options.categories.includes(f.category)) return false;
  const phrase = f.text.trim().toLowerCase();
  return !(options.ignore ?? []).some((p) => p.trim().toLowerCase() === phrase);
}
