/**
 * Checks that every pattern rule's anchors wake it wherever its patterns match: runs each rule's patterns on
 * every sentence of the corpus files, without the anchor prefilter, and lists the rules a pattern fires on while
 * their anchors (`applies`) say not to run. Such a gap means the engine never sees what the pattern was written
 * for, while the rule's own examples may still pass ("nice of you to show up" once was one).
 *
 *   npm run check:anchors -- [FILE...]      FILE defaults to every *.jsonl in ../shared/corpus
 *
 * Exits 1 when a pattern matches something its anchors miss.
 */
import { messageSentences } from '../src/engine/analyze';
import { RULES } from '../src/engine/rules';
import { anchorWords } from '../src/engine/rules/rule';
import { matchWords } from '../src/engine/text/macros';
import { corpusFiles, readCorpus } from './lib/corpus';

const files = process.argv.slice(2);
const { rows } = readCorpus(files.length > 0 ? files : corpusFiles());
const PATTERN_RULES = RULES.filter((rule) => !rule.learned);

const missed = new Map<string, Set<string>>();
for (const row of rows) {
  // Sentences as the engine cuts and masks them.
  const { masked, spans } = messageSentences(row.text);
  for (const span of spans) {
    const sentence = { text: row.text.slice(span.start, span.end), masked: masked.slice(span.start, span.end) };
    const words = anchorWords(sentence.masked);
    for (const rule of PATTERN_RULES) {
      const source = rule.source === 'text' ? sentence.text : sentence.masked;
      if (rule.applies(words, source)) continue;
      for (const pattern of rule.compiled) {
        const [match] = matchWords(pattern, source);
        if (!match) continue;
        const seen = missed.get(rule.id) ?? new Set<string>();
        seen.add(match[0]);
        missed.set(rule.id, seen);
        break;
      }
    }
  }
}

console.log(`${rows.length} rows, ${PATTERN_RULES.length} pattern rules`);
if (missed.size === 0) console.log('every pattern match is woken by its rule’s anchors');
for (const [id, matches] of missed) console.log(`${id}: ${matches.size} phrase(s) its anchors miss, e.g. ${JSON.stringify([...matches].slice(0, 6))}`);
process.exitCode = missed.size > 0 ? 1 : 0;
