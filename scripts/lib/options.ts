/** Command-line values shared by tone and eval, checked against the engine contract. */
import { CATEGORIES, isCategory, type Category, type Sensitivity } from '../../src/engine/types';

const SENSITIVITIES: readonly Sensitivity[] = ['gentle', 'balanced', 'strict'];

/** Parses `a,b,c`; throws on a name that is not one of the nine categories. */
export function parseCategories(csv: string): Category[] {
  const names = csv
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name !== '');
  const unknown = names.filter((name) => !isCategory(name));
  if (unknown.length > 0) {
    throw new Error(`unknown categor${unknown.length > 1 ? 'ies' : 'y'} ${unknown.join(', ')} (known: ${CATEGORIES.join(', ')})`);
  }
  return names.filter(isCategory);
}

export function parseSensitivity(value: string): Sensitivity {
  const found = SENSITIVITIES.find((s) => s === value);
  if (found === undefined) throw new Error(`unknown sensitivity "${value}" (known: ${SENSITIVITIES.join(', ')})`);
  return found;
}
