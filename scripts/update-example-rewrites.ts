/**
 * Writes each flagged example's expected rewrites (src/engine/rules/*.ts) from what the engine produces now,
 * like a snapshot update: run it after changing a rule's rewrites on purpose, then read the diff — it is the
 * review. `npm run examples:rewrites [-- <rule file name>…]`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { RULES } from '../src/engine/rules';
import { exampleFinding } from '../test/unit/engine/examples';

const RULES_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../src/engine/rules');
const only = process.argv.slice(2);

/** A string as the rule files write it: single quotes unless the text has one. */
function literal(text: string): string {
  return text.includes("'") ? JSON.stringify(text) : `'${text.replace(/\\/g, '\\\\')}'`;
}

/** The end of the array literal that starts at `open` (a '['), skipping over string literals. */
function arrayEnd(source: string, open: number): number {
  let depth = 0;
  for (let i = open; i < source.length; i++) {
    const c = source[i];
    if (c === "'" || c === '"' || c === '`') {
      for (i++; i < source.length && source[i] !== c; i++) if (source[i] === '\\') i++;
    } else if (c === '[') depth++;
    else if (c === ']' && --depth === 0) return i;
  }
  throw new Error('unclosed array');
}

let changed = 0;
for (const file of new Set(RULES.map((r) => `${r.category}.ts`))) {
  if (only.length > 0 && !only.some((name) => file.startsWith(name))) continue;
  const filePath = path.join(RULES_DIR, file);
  let source = readFileSync(filePath, 'utf8');
  for (const rule of RULES.filter((r) => `${r.category}.ts` === file)) {
    for (const [example, expected] of Object.entries(rule.examples.flagged)) {
      const now = exampleFinding(rule, example).rewrites;
      if (JSON.stringify(now) === JSON.stringify(expected)) continue;
      // The rule's own examples: searched from where the rule is defined.
      const from = Math.max(0, rule.learned ? source.indexOf('defineLearnedRule(') : source.indexOf(`id: '${rule.id}'`));
      const key = [literal(example), JSON.stringify(example), `'${example.replace(/'/g, "\\'")}'`].find((k) => source.includes(`${k}: [`, from));
      if (!key) {
        console.warn(`${rule.id}: could not find ${example} in ${file}`);
        continue;
      }
      const open = source.indexOf(`${key}: [`, from) + key.length + 2;
      source = `${source.slice(0, open)}[${now.map(literal).join(', ')}]${source.slice(arrayEnd(source, open) + 1)}`;
      changed++;
    }
  }
  writeFileSync(filePath, source);
}
console.log(`${changed} example${changed === 1 ? '' : 's'} updated`);
