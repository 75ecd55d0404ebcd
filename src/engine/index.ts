export { analyze } from './analyze';
export { applySuggestion } from './apply';
export { CATEGORY_INFO } from './categories';
export type { CategoryInfo } from './categories';
export { triggerPattern } from './prefilter';
export { splitSentences, type SentenceSpan } from './text/sentences';
export * from './types';
