import type { Category } from './types';

/** What each category means to a user, and the practice of emotional safety it speaks from (PRODUCT.md §1). */
export interface CategoryInfo {
  label: string;
  practice: string;
  /** One line for the welcome page and options. */
  description: string;
  /** A phrase that this category flags, for settings and onboarding. */
  example: string;
}

export const CATEGORY_INFO: Record<Category, CategoryInfo> = {
  blame: {
    label: 'Blame',
    practice: 'Accountability and benefit of the doubt',
    description: 'Putting the fault on the other person instead of naming the impact.',
    example: "it's your fault we're late",
  },
  absolutist: {
    label: 'Always / never',
    practice: 'Benefit of the doubt',
    description: 'Turning one moment into "always" or "never", which leaves no room to answer.',
    example: 'you never listen',
  },
  dismissive: {
    label: 'Dismissive',
    practice: 'Active listening',
    description: 'Minimising or waving away how someone feels.',
    example: 'calm down, it is not a big deal',
  },
  'assumed-intent': {
    label: 'Mind-reading',
    practice: 'Benefit of the doubt',
    description: 'Deciding what someone meant or wanted without asking.',
    example: 'you did that on purpose',
  },
  contempt: {
    label: 'Contempt',
    practice: 'Respect',
    description: 'Insults, mockery and eye-rolls aimed at the person rather than the problem.',
    example: 'what is wrong with you',
  },
  nonverbal: {
    label: 'Tone of voice',
    practice: 'Nonverbal communication',
    description: 'Shouting in capitals, piled-up marks or a cold one-word reply.',
    example: 'WHY DIDN’T YOU CALL',
  },
  demand: {
    label: 'Demand',
    practice: 'Boundaries and consent',
    description: 'Orders and ultimatums that leave the other person no choice.',
    example: "you'd better be home by 8",
  },
  defensive: {
    label: 'Defensive',
    practice: 'Accountability and follow-through',
    description: 'Deflecting responsibility or turning the blame around.',
    example: "it's not my fault",
  },
  'passive-aggressive': {
    label: 'Passive-aggressive',
    practice: 'Transparency',
    description: 'Saying one thing and meaning another instead of asking directly.',
    example: 'per my last message',
  },
};
