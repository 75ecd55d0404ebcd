/**
 * What the writer chooses on a card, counted on this device so the alternatives they pick most come first.
 *
 * Only the rule id and which alternative are counted, never text: an alternative is keyed by its label (a
 * fixed string from the rule files, e.g. 'Ask with a choice') or, without one, by its index in the engine's
 * order ('#1'). Replacements are never stored, since they carry the writer's words.
 *
 * Layout: one key (CHOICES_KEY) in storage.local only (counts are per device and churn too often for
 * storage.sync's write quotas), holding `{ version, rules: { [ruleId]: { applied: { [key]: n }, ignored: n } } }`.
 * Everything read is validated and bounded (CHOICES_LIMITS); anything invalid is dropped, reads never throw.
 *
 * The pure parts (parse, record, order) have no browser dependency; createChoicesStore binds them to storage
 * areas passed in, like the settings store (index.ts binds it to browser.storage.local).
 */
import { isCategory, type Category } from '../engine/types';
import { isPlainObject } from './schema';
import type { StorageAreaLike, StorageChangeListener, StorageChangeSource } from './store';

export const CHOICES_KEY = 'heard.choices';

export const CHOICES_VERSION = 1;

export const CHOICES_LIMITS = {
  /** Rules with counts (the engine has fewer than 100); past this the least used rule is dropped. */
  rules: 200,
  /** Alternatives counted per rule (rules offer a handful); past this the least chosen is dropped. */
  alternativesPerRule: 16,
  ruleIdLength: 80,
  /** Longer labels are not used as keys (rule labels are short); the index stands in. */
  keyLength: 120,
  /** When a counter would pass this, all of the rule's counters are halved, which keeps their proportions. */
  count: 10_000,
} as const;

/** Applications an alternative needs before it is moved ahead of the engine's order. */
export const MIN_EVIDENCE = 2;

export interface RuleChoices {
  /** Times each alternative was applied, by alternativeKey. */
  applied: Record<string, number>;
  /** Times the card was closed with no alternative applied. */
  ignored: number;
}

export interface Choices {
  /** By rule id. A null-prototype object: look rules up with ruleChoices(). */
  rules: Record<string, RuleChoices>;
}

// Null-prototype dictionaries: keys come from storage and labels, so '__proto__' or 'constructor' must be plain keys.
function dict<V>(): Record<string, V> {
  return Object.create(null) as Record<string, V>;
}

const has = (object: object, key: string): boolean => Object.prototype.hasOwnProperty.call(object, key);

// Own keys only, so callers may pass ordinary objects too.
const countOf = (applied: Record<string, number>, key: string): number => (has(applied, key) ? (applied[key] ?? 0) : 0);

export function emptyChoices(): Choices {
  return { rules: dict() };
}

const RULE_ID = /^([a-z][a-z-]*)\/[a-z0-9][a-z0-9-]*$/;

/** A rule id as the engine writes them ('<category>/<name>'), of a category this version knows. */
export function isRuleId(value: unknown): value is string {
  if (typeof value !== 'string' || value.length > CHOICES_LIMITS.ruleIdLength) return false;
  const match = RULE_ID.exec(value);
  return match !== null && isCategory(match[1]);
}

/** The category a rule id belongs to (undefined for a string that is not a rule id). */
export function ruleCategory(ruleId: string): Category | undefined {
  return isRuleId(ruleId) ? (ruleId.slice(0, ruleId.indexOf('/')) as Category) : undefined;
}

function isAlternativeKey(value: string): boolean {
  return value.length > 0 && value.length <= CHOICES_LIMITS.keyLength;
}

/**
 * The stable key an alternative is counted under: its label, else '#<index>'. Pass the index the alternative
 * has in the finding's own suggestions (the engine's order), not its place after orderAlternatives.
 */
export function alternativeKey(suggestion: { label?: string }, index: number): string {
  const label = suggestion.label?.trim() ?? '';
  return isAlternativeKey(label) ? label : `#${index}`;
}

/** The 0-based index an index key ('#2') stands for; undefined for a label key. */
export function alternativeIndex(key: string): number | undefined {
  const match = /^#(\d{1,3})$/.exec(key);
  return match ? Number(match[1]) : undefined;
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value > 0;
}

function parseRule(raw: unknown): RuleChoices | undefined {
  if (!isPlainObject(raw)) return undefined;
  const applied = dict<number>();
  let kept = 0;
  if (isPlainObject(raw.applied)) {
    for (const [key, count] of Object.entries(raw.applied)) {
      if (kept >= CHOICES_LIMITS.alternativesPerRule) break;
      if (!isAlternativeKey(key) || !isCount(count)) continue;
      applied[key] = Math.min(count, CHOICES_LIMITS.count);
      kept += 1;
    }
  }
  const ignored = isCount(raw.ignored) ? Math.min(raw.ignored, CHOICES_LIMITS.count) : 0;
  return kept > 0 || ignored > 0 ? { applied, ignored } : undefined;
}

/** Choices from whatever storage holds: invalid rules, keys and counts are dropped, never thrown over. */
export function parseChoices(raw: unknown): Choices {
  const choices = emptyChoices();
  if (!isPlainObject(raw) || !isPlainObject(raw.rules)) return choices;
  let kept = 0;
  for (const [ruleId, value] of Object.entries(raw.rules)) {
    if (kept >= CHOICES_LIMITS.rules) break;
    if (!isRuleId(ruleId)) continue;
    const rule = parseRule(value);
    if (!rule) continue;
    choices.rules[ruleId] = rule;
    kept += 1;
  }
  return choices;
}

/** The blob written to storage. */
export function serializeChoices(choices: Choices): { version: number; rules: Record<string, RuleChoices> } {
  return { version: CHOICES_VERSION, rules: choices.rules };
}

/** The counts for one rule, if any (safe for any string). */
export function ruleChoices(choices: Choices, ruleId: string): RuleChoices | undefined {
  return has(choices.rules, ruleId) ? choices.rules[ruleId] : undefined;
}

function copyRule(rule: RuleChoices | undefined): RuleChoices {
  const applied = dict<number>();
  if (rule) Object.assign(applied, rule.applied);
  return { applied, ignored: rule?.ignored ?? 0 };
}

export function totalApplied(rule: RuleChoices): number {
  return Object.values(rule.applied).reduce((sum, n) => sum + n, 0);
}

/** Halves every counter of a rule that would pass the cap, dropping those that reach 0. */
function decayIfFull(rule: RuleChoices, next: number): void {
  if (next <= CHOICES_LIMITS.count) return;
  for (const [key, count] of Object.entries(rule.applied)) {
    const half = Math.floor(count / 2);
    if (half > 0) rule.applied[key] = half;
    else delete rule.applied[key];
  }
  rule.ignored = Math.floor(rule.ignored / 2);
}

/** `choices` with `rule` stored under `ruleId`, dropping the least used other rule when over the cap. */
function withRule(choices: Choices, ruleId: string, rule: RuleChoices): Choices {
  const rules = dict<RuleChoices>();
  Object.assign(rules, choices.rules);
  delete rules[ruleId];
  const others = Object.entries(rules);
  if (others.length >= CHOICES_LIMITS.rules) {
    const use = ([, rule]: [string, RuleChoices]) => totalApplied(rule) + rule.ignored;
    // The first of the least used goes: among equals, the one counted longest ago.
    const [victim] = others.reduce((least, entry) => (use(entry) < use(least) ? entry : least));
    delete rules[victim];
  }
  rules[ruleId] = rule; // Re-inserted last, so insertion order tracks recency.
  return { rules };
}

/** `choices` with one more application of an alternative (unchanged for an invalid rule id or key). */
export function withApplied(choices: Choices, ruleId: string, key: string): Choices {
  if (!isRuleId(ruleId) || !isAlternativeKey(key)) return choices;
  const rule = copyRule(ruleChoices(choices, ruleId));
  decayIfFull(rule, countOf(rule.applied, key) + 1);
  const current = has(rule.applied, key) ? rule.applied[key] : undefined;
  if (current === undefined) {
    const entries = Object.entries(rule.applied);
    if (entries.length >= CHOICES_LIMITS.alternativesPerRule) {
      // The least chosen goes; the latest among equals, so one-off keys churn a single slot.
      const [least] = entries.reduce((a, b) => (b[1] <= a[1] ? b : a));
      delete rule.applied[least];
    }
  }
  rule.applied[key] = (current ?? 0) + 1;
  return withRule(choices, ruleId, rule);
}

/** `choices` with one more card closed without an alternative (unchanged for an invalid rule id). */
export function withIgnored(choices: Choices, ruleId: string): Choices {
  if (!isRuleId(ruleId)) return choices;
  const rule = copyRule(ruleChoices(choices, ruleId));
  decayIfFull(rule, rule.ignored + 1);
  rule.ignored += 1;
  return withRule(choices, ruleId, rule);
}

/** The alternative applied most often (the first counted among equals), if any was. */
export function mostChosen(rule: RuleChoices): { key: string; count: number } | undefined {
  let best: { key: string; count: number } | undefined;
  for (const [key, count] of Object.entries(rule.applied)) {
    if (!best || count > best.count) best = { key, count };
  }
  return best;
}

/**
 * The suggestions with those the writer applied at least MIN_EVIDENCE times moved first, most applied
 * first. Stable: equals, and everything below the evidence bar, keep the engine's order. Never drops one.
 * `rule` is the finding's rule's counts (ruleChoices(choices, finding.rule)).
 */
export function orderAlternatives<T extends { label?: string }>(suggestions: readonly T[], rule: RuleChoices | undefined): T[] {
  if (!rule) return [...suggestions];
  const weight = (suggestion: T, index: number): number => {
    const count = countOf(rule.applied, alternativeKey(suggestion, index));
    return count >= MIN_EVIDENCE ? count : 0;
  };
  return suggestions
    .map((suggestion, index) => ({ suggestion, index, weight: weight(suggestion, index) }))
    .sort((a, b) => b.weight - a.weight || a.index - b.index)
    .map((entry) => entry.suggestion);
}

/* ------------------------------------------------------------------------------------------------ */
/* Storage                                                                                           */
/* ------------------------------------------------------------------------------------------------ */

export interface ChoicesStoreOptions {
  /** storage.local: counts stay on this device. */
  local: StorageAreaLike;
  onChanged?: StorageChangeSource;
  key?: string;
  /** Called with recoverable problems (storage could not be read or written). */
  onWarning?: (message: string, error?: unknown) => void;
}

export interface ChoicesStore {
  /** What is stored, validated; empty when nothing is, or storage cannot be read. Never rejects. */
  load(): Promise<Choices>;
  /** Counts one application of an alternative (key from alternativeKey). Best effort: never rejects. */
  recordApplied(ruleId: string, alternativeKey: string): Promise<void>;
  /** Counts one card closed with no alternative applied. Best effort: never rejects. */
  recordIgnored(ruleId: string): Promise<void>;
  /** Forgets every count. Rejects when storage cannot be written. */
  clear(): Promise<void>;
  /** Calls back with the new counts whenever they change, from any context. Returns unsubscribe. */
  watch(callback: (choices: Choices) => void): () => void;
}

export function createChoicesStore(options: ChoicesStoreOptions): ChoicesStore {
  const key = options.key ?? CHOICES_KEY;
  const local = options.local;
  const warn = options.onWarning ?? (() => undefined);

  /**
   * Serialises read-modify-write cycles made through this store. Two contexts (tabs) recording at the same
   * moment can still lose one count; these are statistics, so that is accepted rather than routed through
   * the background.
   */
  let queue: Promise<unknown> = Promise.resolve();
  function serial<T>(task: () => Promise<T>): Promise<T> {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  }

  async function load(): Promise<Choices> {
    try {
      const items = await local.get(key);
      return parseChoices(isPlainObject(items) ? items[key] : undefined);
    } catch (error) {
      warn('Could not read the choice counts', error);
      return emptyChoices();
    }
  }

  function record(change: (choices: Choices) => Choices): Promise<void> {
    return serial(async () => {
      const current = await load();
      const next = change(current);
      if (next === current) return; // Invalid rule id or key: nothing to write.
      await local.set({ [key]: serializeChoices(next) });
    }).catch((error: unknown) => {
      warn('Could not save a choice count', error);
    });
  }

  return {
    load,

    recordApplied(ruleId, alternative) {
      return record((choices) => withApplied(choices, ruleId, alternative));
    },

    recordIgnored(ruleId) {
      return record((choices) => withIgnored(choices, ruleId));
    },

    clear() {
      return serial(() => local.remove(key));
    },

    watch(callback) {
      const source = options.onChanged;
      if (!source) return () => undefined;
      const listener: StorageChangeListener = (changes, areaName) => {
        if (areaName !== 'local' || !has(changes, key)) return;
        callback(parseChoices(changes[key]?.newValue));
      };
      source.addListener(listener);
      return () => source.removeListener(listener);
    },
  };
}
