/**
 * Measures the engine's rewrites against PRODUCT.md §5: for every finding of every message and every one of its
 * suggestions, the suggestion is applied and the whole message analysed again.
 *
 *   npm run check:rewrites -- [FILE...] [--sensitivity gentle|balanced|strict] [--ci]
 *
 * FILE defaults to ../shared/corpus/messages-train.jsonl and messages-dev.jsonl (rows need only "text").
 * Per rewrite: it clears (no finding of the same rule left over the edited words, no new finding of equal or
 * higher severity) and adds no grammar problem (harper.js, see lib/grammar.ts for the kinds left out). Per
 * finding: at least two distinct alternatives, and at least one that is practice-based — it changes a word other
 * than an adverb or intensifier (not only "always" → "sometimes", not only case or marks).
 * Prints the figures; every failure, with its message, goes to .output/check-rewrites.txt.
 * Exits 1 when a target is missed; with --ci, when a rewrite adds a grammar problem or a figure falls below
 * what main has reached (FLOORS), so CI holds the ground gained while the targets are still open.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { analyze, type AnalyzeOptions, type Finding, type Suggestion } from '../src/engine';
import { applySuggestion } from '../src/engine/apply';
import { SEVERITY_RANK } from '../src/engine/options';
import { CORPUS_DIR, readCorpus, REPO_ROOT } from './lib/corpus';
import { run } from './lib/cli';
import { pct, table } from './lib/format';
import { createGrammar, type Grammar, type Problem } from './lib/grammar';
import { parseSensitivity } from './lib/options';

const DEFAULT_FILES = ['messages-train.jsonl', 'messages-dev.jsonl'].map((name) => join(CORPUS_DIR, name));
const REPORT = join(REPO_ROOT, '.output', 'check-rewrites.txt');
const TARGET = { clears: 0.99 };
// What main reached on messages-train + dev (2026-11-29: 99.2 %, 98.6 %, 98.8 %), a little below so that a
// rewrite reworded elsewhere does not fail CI; raise them as the figures rise.
const FLOORS = { clears: 0.985, twoAlternatives: 0.977, practiceBased: 0.977 };

/**
 * Words whose swap or removal only hedges a sentence: frequency and degree adverbs, intensifiers, fillers. A
 * rewrite that changes nothing else leaves the criticism as it was.
 */
const HEDGES = new Set(
  ('always never ever often sometimes usually rarely seldom occasionally constantly forever every time times lately ' +
    'really so very just totally completely literally honestly seriously actually basically absolutely definitely ' +
    'quite pretty rather bit little kind kinda sort sorta maybe perhaps probably even still too much all at once')
    .split(' '),
);

interface RewriteCheck {
  text: string;
  finding: Finding;
  suggestion: Suggestion;
  rewritten: string;
  /** Same-rule findings left over the edited words. */
  leftOver: Finding[];
  /** New findings at least as severe as the one rewritten. */
  added: Finding[];
  grammar: Problem[];
  practiceBased: boolean;
}

/** The words of a text, lowercased, without marks; "don't" stays one word. */
function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu) ?? [];
}

/** Whether the rewrite changes a word that is not a hedge: "you never listen" → "you don't always listen" does not. */
function practiceBased(original: string, rewritten: string): boolean {
  const left = new Map<string, number>();
  for (const w of words(original)) left.set(w, (left.get(w) ?? 0) + 1);
  const addedWords: string[] = [];
  for (const w of words(rewritten)) {
    const n = left.get(w) ?? 0;
    if (n > 0) left.set(w, n - 1);
    else addedWords.push(w);
  }
  const removedWords = [...left].flatMap(([w, n]) => Array<string>(n).fill(w));
  // "never" → "don't always" only moves the negation.
  return [...addedWords, ...removedWords].some((w) => !HEDGES.has(w) && !/^(?:not|(?:do|does|did|is|are|was|were)n['’]?t)$/.test(w));
}

/**
 * Findings in `after` that `before` had not, by rule and words (as many times as they occur). A finding of
 * another rule whose words the rewrite changed is the same finding if that rule had one there before: "you just
 * like having something to complain about" → "am I right that you like …?" keeps the dismissive finding the
 * sentence already had, on new words.
 */
function newFindings(before: readonly Finding[], after: readonly Finding[], s: Suggestion): Finding[] {
  const key = (f: Finding): string => `${f.rule}\u0000${f.text}`;
  const remaining = new Map<string, number>();
  for (const f of before) remaining.set(key(f), (remaining.get(key(f)) ?? 0) + 1);
  const unmatched = after.filter((f) => {
    const left = remaining.get(key(f)) ?? 0;
    remaining.set(key(f), left - 1);
    return left <= 0;
  });
  const edited = before.filter((f) => (remaining.get(key(f)) ?? 0) > 0 && f.start < Math.max(s.end, s.start + 1) && s.start < f.end);
  return unmatched.filter((f) => {
    const same = touches(f, s) ? edited.findIndex((b) => b.rule === f.rule) : -1;
    if (same >= 0) edited.splice(same, 1);
    return same < 0;
  });
}

async function checkRewrite(text: string, findings: Finding[], finding: Finding, suggestion: Suggestion, grammar: Grammar, options: AnalyzeOptions): Promise<RewriteCheck> {
  const rewritten = applySuggestion(text, suggestion);
  const after = analyze(rewritten, options).findings;
  const leftOver = after.filter((f) => f.rule === finding.rule && touches(f, suggestion));
  const added = newFindings(findings, after, suggestion).filter((f) => !leftOver.includes(f) && SEVERITY_RANK[f.severity] >= SEVERITY_RANK[finding.severity]);
  const grammarAdded = await grammar.added(text, rewritten);
  return { text, finding, suggestion, rewritten, leftOver, added, grammar: grammarAdded, practiceBased: practiceBased(text, rewritten) };
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { sensitivity: { type: 'string' }, ci: { type: 'boolean', default: false } } });
  const options: AnalyzeOptions = values.sensitivity === undefined ? {} : { sensitivity: parseSensitivity(values.sensitivity) };
  const { rows, problems } = readCorpus(positionals.length > 0 ? positionals : DEFAULT_FILES);
  for (const problem of problems) console.error(`skipped ${problem}`);
  const grammar = await createGrammar();

  const checks: RewriteCheck[] = [];
  let findingCount = 0;
  let twoAlternatives = 0;
  let withPractice = 0;
  const fewAlternatives: string[] = [];
  const hedgeOnly: string[] = [];
  for (const row of rows) {
    const { findings } = analyze(row.text, options);
    for (const finding of findings) {
      findingCount++;
      const own = await Promise.all(finding.suggestions.map((s) => checkRewrite(row.text, findings, finding, s, grammar, options)));
      checks.push(...own);
      const distinct = new Set(own.map((c) => c.rewritten)).size;
      if (distinct >= 2) twoAlternatives++;
      else fewAlternatives.push(describe(row.id, row.text, finding, own));
      if (own.some((c) => c.practiceBased)) withPractice++;
      else hedgeOnly.push(describe(row.id, row.text, finding, own));
    }
  }

  const cleared = checks.filter((c) => c.leftOver.length === 0 && c.added.length === 0);
  // Most findings a rewrite "adds" elsewhere were there all along, hidden while a rule named their category.
  const clearedLocally = checks.filter((c) => c.leftOver.length === 0 && !c.added.some((f) => touches(f, c.suggestion)));
  const ungrammatical = checks.filter((c) => c.grammar.length > 0);
  const byKind = new Map<string, number>();
  for (const c of ungrammatical) for (const p of c.grammar) byKind.set(p.kind, (byKind.get(p.kind) ?? 0) + 1);

  console.log(`${rows.length} messages, ${findingCount} findings, ${checks.length} rewrites checked`);
  console.log(
    table([
      ['rewrites that clear their finding', `${cleared.length} / ${checks.length}`, pct(cleared.length, checks.length)],
      ['… counting only findings on the rewritten words', `${clearedLocally.length} / ${checks.length}`, pct(clearedLocally.length, checks.length)],
      ['rewrites adding a grammar problem', `${ungrammatical.length} / ${checks.length}`, pct(ungrammatical.length, checks.length)],
      ['findings with ≥ 2 distinct alternatives', `${twoAlternatives} / ${findingCount}`, pct(twoAlternatives, findingCount)],
      ['findings with a practice-based alternative', `${withPractice} / ${findingCount}`, pct(withPractice, findingCount)],
    ]),
  );
  if (byKind.size > 0) {
    console.log('\ngrammar problems added, by harper lint kind');
    console.log(table([...byKind].sort((a, b) => b[1] - a[1]).map(([kind, n]) => [kind, String(n)])));
  }

  const report = [
    section('rewrites that do not clear their finding', checks.filter((c) => !cleared.includes(c)).map(describeCheck)),
    section('rewrites that add a grammar problem', ungrammatical.map(describeCheck)),
    section('findings with fewer than two distinct alternatives', fewAlternatives),
    section('findings whose alternatives only hedge', hedgeOnly),
  ].join('\n');
  mkdirSync(join(REPO_ROOT, '.output'), { recursive: true });
  writeFileSync(REPORT, report);
  console.log(`\nfailures written to ${REPORT}`);

  const pass =
    cleared.length >= TARGET.clears * checks.length && ungrammatical.length === 0 && twoAlternatives === findingCount && withPractice === findingCount;
  if (!values.ci) return pass ? 0 : 1;
  const held = [
    ['rewrites that clear their finding', cleared.length / checks.length, FLOORS.clears],
    ['findings with ≥ 2 distinct alternatives', twoAlternatives / findingCount, FLOORS.twoAlternatives],
    ['findings with a practice-based alternative', withPractice / findingCount, FLOORS.practiceBased],
  ] as const;
  const fallen = held.filter(([, value, floor]) => value < floor);
  for (const [name, value, floor] of fallen) console.error(`✗ ${name}: ${pct(value, 1)} is below the floor main reached, ${pct(floor, 1)}`);
  if (ungrammatical.length > 0) console.error(`✗ ${ungrammatical.length} rewrites add a grammar problem (target 0)`);
  return fallen.length === 0 && ungrammatical.length === 0 ? 0 : 1;
}

/** Whether a finding of the rewritten message lies on the words the suggestion put in. */
function touches(f: Finding, s: Suggestion): boolean {
  return f.start < Math.max(s.start + s.replacement.length, s.start + 1) && s.start < f.end;
}

function section(title: string, items: string[]): string {
  return `## ${title} (${items.length})\n\n${items.join('\n')}\n`;
}

function describe(id: string, text: string, finding: Finding, own: RewriteCheck[]): string {
  return [`${id} ${finding.rule} [${finding.text}]`, `  ${text}`, ...own.map((c) => `  → ${c.rewritten}`), ''].join('\n');
}

function describeCheck(c: RewriteCheck): string {
  const lines = [`${c.finding.rule} [${c.finding.text}] → "${c.suggestion.replacement}"`, `  ${c.text}`, `  ${c.rewritten}`];
  for (const f of c.leftOver) lines.push(`  still: ${f.rule} [${f.text}]`);
  for (const f of c.added) lines.push(`  adds: ${f.rule} (${f.severity}) [${f.text}]`);
  for (const p of c.grammar) lines.push(`  grammar: ${p.kind} "${p.text}" — ${p.message}`);
  return `${lines.join('\n')}\n`;
}

run(main, 'usage: npm run check:rewrites -- [FILE...] [--sensitivity gentle|balanced|strict] [--ci]');
