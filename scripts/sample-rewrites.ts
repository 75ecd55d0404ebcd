/**
 * A sample of rewrites for blind judging ("judge as the writer would", issue 10): findings drawn at random
 * (seeded, so a sample can be drawn again) from a labelled corpus, with up to two rewrites each, written as the
 * whole message before and after. Judges get `<out>.jsonl` only — the message, the flagged words, the message
 * rewritten — never the rules; `<out>.key.jsonl` maps each line back to its rule and alternative.
 *
 * npm run sample:rewrites -- <corpus.jsonl> <out.jsonl> [seed=7] [findings=70]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { analyze } from '../src/engine/analyze';
import { applySuggestion } from '../src/engine/apply';

const [file, out, seedArg, countArg] = process.argv.slice(2);
if (!file || !out) {
  console.error('usage: npm run sample:rewrites -- <corpus.jsonl> <out.jsonl> [seed] [findings]');
  process.exit(2);
}
// A small linear congruential generator: the same seed draws the same sample.
let seed = Number(seedArg ?? 7);
const random = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;

const messages = readFileSync(file, 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line) as { id: string; text: string });
const pool = messages.filter((m) => analyze(m.text).findings.length > 0);
for (let i = pool.length - 1; i > 0; i--) {
  const j = Math.floor(random() * (i + 1));
  [pool[i], pool[j]] = [pool[j] as (typeof pool)[number], pool[i] as (typeof pool)[number]];
}

const rows: string[] = [];
const keys: string[] = [];
for (const message of pool.slice(0, Number(countArg ?? 70))) {
  const findings = analyze(message.text).findings;
  const finding = findings[Math.floor(random() * findings.length)];
  if (!finding) continue;
  finding.suggestions.slice(0, 2).forEach((suggestion, alternative) => {
    const n = rows.length + 1;
    rows.push(JSON.stringify({ n, message: message.text, flagged_words: finding.text, rewritten_message: applySuggestion(message.text, suggestion) }));
    keys.push(JSON.stringify({ n, id: message.id, rule: finding.rule, alternative, label: suggestion.label, finding: `${message.id}:${finding.id}` }));
  });
}
writeFileSync(out, `${rows.join('\n')}\n`);
writeFileSync(out.replace(/\.jsonl$/, '.key.jsonl'), `${keys.join('\n')}\n`);
console.log(`${rows.length} rewrites of ${new Set(keys.map((k) => (JSON.parse(k) as { finding: string }).finding)).size} findings → ${out}`);
