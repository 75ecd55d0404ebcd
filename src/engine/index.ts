export { analyze } from './analyze';
export { applySuggestion, changedSpan } from './apply';
export { sayItGently, type GentleMessage, type GentleRequest, type GentleStep } from './gentle';
export { CATEGORY_INFO } from './categories';
export type { CategoryInfo } from './categories';
export { triggerPattern } from './prefilter';
export { splitSentences, type SentenceSpan } from './text/sentences';
export * from './types';
