/** Every rule, by category. Adding a rule: write it in its category's file with examples; the tests pick it up. */
import type { Rule } from './rule';
import { absolutistRules } from './absolutist';
import { assumedIntentRules } from './assumed-intent';
import { blameRules } from './blame';
import { contemptRules } from './contempt';
import { defensiveRules } from './defensive';
import { demandRules } from './demand';
import { dismissiveRules } from './dismissive';
import { nonverbalRules } from './nonverbal';
import { passiveAggressiveRules } from './passive-aggressive';

export const RULES: readonly Rule[] = [
  ...blameRules,
  ...absolutistRules,
  ...dismissiveRules,
  ...assumedIntentRules,
  ...contemptRules,
  ...nonverbalRules,
  ...demandRules,
  ...defensiveRules,
  ...passiveAggressiveRules,
];

export type { Rule, RuleSpec, RuleMatch, Alternative, Guard } from './rule';
