export { analyze } from './analyze';
export { CATEGORY_INFO } from './categories';
export type { CategoryInfo } from './categories';
export { triggerPattern } from './prefilter';
export * from './types';
