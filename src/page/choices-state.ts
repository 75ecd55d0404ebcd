/**
 * What the writer tends to pick, as the page uses it: findings' alternatives in the order the writer's own
 * choices suggest (settings/choices.ts), and the counting of an alternative applied or a card closed without
 * one. Only the rule id and the alternative's name are counted, never text.
 */
import type { Finding, Suggestion } from '../engine/types';
import {
  alternativeKey,
  loadChoices,
  orderAlternatives,
  recordChoiceApplied,
  recordChoiceIgnored,
  ruleChoices,
  watchChoices,
  type Choices,
} from '../settings';

export class ChoicesState {
  private choices: Choices | null = null;
  private unwatch: (() => void) | null = null;
  /** Each alternative's place in the engine's order: its name when unlabelled is that place. */
  private readonly engineIndex = new WeakMap<Suggestion, number>();

  /** Loaded once, then kept live; until then alternatives keep the engine's order. */
  load(): void {
    if (this.unwatch) return;
    this.unwatch = watchChoices((choices) => (this.choices = choices));
    void loadChoices().then((choices) => (this.choices ??= choices));
  }

  /** The finding with its alternatives in the writer's order. */
  order(finding: Finding): Finding {
    finding.suggestions.forEach((s, i) => {
      if (!this.engineIndex.has(s)) this.engineIndex.set(s, i);
    });
    const rule = this.choices ? ruleChoices(this.choices, finding.rule) : undefined;
    return rule ? { ...finding, suggestions: orderAlternatives(finding.suggestions, rule) } : finding;
  }

  /** The engine's index of one of a finding's alternatives (as "Say it gently" is asked with). */
  engineIndexOf(finding: Finding, index: number): number {
    const suggestion = finding.suggestions[index];
    return (suggestion && this.engineIndex.get(suggestion)) ?? index;
  }

  applied(finding: Finding, index: number): void {
    const suggestion = finding.suggestions[index];
    if (suggestion) void recordChoiceApplied(finding.rule, alternativeKey(suggestion, this.engineIndexOf(finding, index)));
  }

  ignored(finding: Finding): void {
    void recordChoiceIgnored(finding.rule);
  }

  dispose(): void {
    this.unwatch?.();
    this.unwatch = null;
  }
}
