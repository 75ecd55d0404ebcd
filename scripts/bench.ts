/**
 * Engine speed next to the budgets of PRODUCT.md §4. Prints figures; never asserts, always exits 0.
 *
 *   npm run bench                                 (NODE_OPTIONS=--expose-gc also collects between runs)
 *
 * Texts: every corpus row, de-duplicated by text, split into disjoint pools so that a text measured as
 * "cold" is one the engine has not analysed earlier in this run (its per-sentence cache cannot help):
 *   throughput  every THROUGHPUT_STRIDE-th text — alex needs ~40 µs a character, so the whole corpus
 *               would take it about a minute on its own; all four tools run on exactly these texts
 *   warm-up     WARMUP_TEXTS other external texts, the same ones for every tool (alex: the first ALEX_WARMUP)
 *   280 chars   further external texts, concatenated and cut at a word boundary
 *   email       messages-dev texts outside the throughput pool, joined into paragraphs
 *   linear time the last external texts, set apart so no size repeats a text of another section or size
 */
import { spawnSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { text as alex } from 'alex';
import writeGood from 'write-good';
import { analyze } from '../src/engine';
import { triggerPattern } from '../src/engine/prefilter';
import { run } from './lib/cli';
import { readCorpus, type CorpusRow } from './lib/corpus';
import { mark, table } from './lib/format';

const THROUGHPUT_STRIDE = 3;
const WARMUP_TEXTS = 300;
const ALEX_WARMUP = 60;
/** Tools without a cache repeat the pass until this long, so fast ones are not lost in timer noise. */
const MIN_THROUGHPUT_MS = 500;
const MESSAGE_COUNT = 500;
const MESSAGE_LENGTH = 280;
const EMAIL_LENGTH = 5000;
const EMAIL_EDITS = 200;
const SHUFFLE_SEED = 20240611;
const BUDGET = { vsAlex: 10, vsWriteGood: 1, messageP95Ms: 3, editMs: 3, cliStartMs: 600 };
const CLI_STARTS = 10;
const LINEAR_SIZES = [1_000, 2_000, 5_000, 10_000, 20_000, 50_000, 100_000, 200_000];

const collectGarbage = (globalThis as { gc?: () => void }).gc;

interface Tool {
  name: string;
  /** Whether the tool flags anything — counted, so no call can be optimised away. */
  flags: (text: string) => boolean;
  /** Heard caches sentences: a second pass over the same texts would measure the cache, not the engine. */
  onePassOnly: boolean;
  /** alex is slow enough that a few dozen texts warm it up; more would only lengthen the run. */
  warmupTexts: number;
}

interface Throughput {
  passes: number;
  messagesPerSecond: number;
  charsPerSecond: number;
  flagged: number;
}

const HEARD: Tool = { name: 'Heard analyze()', flags: (t) => analyze(t).findings.length > 0, onePassOnly: true, warmupTexts: WARMUP_TEXTS };
// search() ignores the global flag's lastIndex, so the shared RegExp needs no reset between texts.
const REGEX: Tool = { name: 'regex triggerPattern', flags: (t) => t.search(triggerPattern) >= 0, onePassOnly: false, warmupTexts: WARMUP_TEXTS };
const WRITE_GOOD: Tool = { name: 'write-good', flags: (t) => writeGood(t).length > 0, onePassOnly: false, warmupTexts: WARMUP_TEXTS };
const ALEX: Tool = { name: 'alex text()', flags: (t) => alex(t).messages.length > 0, onePassOnly: false, warmupTexts: ALEX_WARMUP };
const TOOLS = [HEARD, REGEX, WRITE_GOOD, ALEX];

function main(): void {
  const began = performance.now();
  const pools = buildPools();
  // The machine is shared: the load average says how much to trust the figures.
  console.log(
    `Heard engine bench — node ${process.version}, ${cpus().length} CPUs, load ${loadavg()[0]?.toFixed(1)}, ` +
      `gc between runs: ${collectGarbage ? 'yes' : 'no (NODE_OPTIONS=--expose-gc)'}\n`,
  );

  for (const tool of TOOLS) for (const text of pools.warmup.slice(0, tool.warmupTexts)) tool.flags(text);
  benchThroughput(pools.throughput);
  benchMessages(buildMessages(pools.messages));
  benchEmail(buildEmail(pools.email));
  benchLinear(pools.linear);
  benchCommandLine();
  console.log(`\nTotal bench time ${((performance.now() - began) / 1000).toFixed(1)} s`);
}

function buildPools(): { throughput: string[]; warmup: string[]; messages: string[]; email: string[]; linear: string[] } {
  const byText = new Map<string, CorpusRow>();
  for (const row of readCorpus().rows) if (!byText.has(row.text)) byText.set(row.text, row);
  const unique = [...byText.values()];
  const throughput = unique.filter((_, i) => i % THROUGHPUT_STRIDE === 0);
  const rest = unique.filter((_, i) => i % THROUGHPUT_STRIDE !== 0);
  const external = shuffle(
    rest.filter((row) => row.type === 'external').map((row) => row.text),
    SHUFFLE_SEED,
  );
  // Enough texts from the end for every size (separators and cuts take a little), none of them a message's.
  const linearChars = 1.1 * LINEAR_SIZES.reduce((sum, size) => sum + size, 0);
  let linearStart = external.length;
  for (let chars = 0; chars < linearChars && linearStart > WARMUP_TEXTS; linearStart--) chars += (external[linearStart - 1] ?? '').length;
  return {
    throughput: throughput.map((row) => row.text),
    warmup: external.slice(0, WARMUP_TEXTS),
    messages: external.slice(WARMUP_TEXTS, linearStart),
    email: rest.filter((row) => row.type === 'labelled').map((row) => row.text),
    linear: external.slice(linearStart),
  };
}

/** Fisher–Yates with mulberry32, so every run mixes the sources the same way. */
function shuffle<T>(items: T[], seed: number): T[] {
  const out = [...items];
  let state = seed;
  const random = (): number => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

function measureThroughput(tool: Tool, texts: string[], chars: number): Throughput {
  collectGarbage?.();
  let passes = 0;
  let flagged = 0;
  const start = performance.now();
  let elapsed = 0;
  do {
    flagged = 0;
    for (const text of texts) if (tool.flags(text)) flagged += 1;
    passes += 1;
    elapsed = performance.now() - start;
  } while (!tool.onePassOnly && elapsed < MIN_THROUGHPUT_MS);
  const seconds = elapsed / 1000;
  return { passes, messagesPerSecond: (passes * texts.length) / seconds, charsPerSecond: (passes * chars) / seconds, flagged };
}

function benchThroughput(texts: string[]): void {
  const chars = texts.reduce((sum, t) => sum + t.length, 0);
  console.log(
    `Throughput — ${count(texts.length)} texts, ${count(chars)} chars (1 in ${THROUGHPUT_STRIDE} unique corpus texts), ` +
      'warmed up; Heard in one pass with a cold cache',
  );
  const results = new Map(TOOLS.map((tool) => [tool, measureThroughput(tool, texts, chars)]));
  console.log(
    table([
      ['tool', 'msgs/s', 'chars/s', 'passes', 'flagged'],
      ...[...results].map(([tool, result]) => [
        tool.name,
        count(result.messagesPerSecond),
        count(result.charsPerSecond),
        String(result.passes),
        `${count(result.flagged)} (${((100 * result.flagged) / texts.length).toFixed(1)} %)`,
      ]),
    ]),
  );
  const speed = (tool: Tool): number => results.get(tool)?.messagesPerSecond ?? NaN;
  const vsAlex = speed(HEARD) / speed(ALEX);
  const vsWriteGood = speed(HEARD) / speed(WRITE_GOOD);
  console.log(
    table([
      [`${mark(vsAlex >= BUDGET.vsAlex)} Heard / alex`, `${vsAlex.toFixed(1)}×`, `budget ≥ ${BUDGET.vsAlex}×`],
      [`${mark(vsWriteGood >= BUDGET.vsWriteGood)} Heard / write-good`, `${vsWriteGood.toFixed(1)}×`, `budget ≥ ${BUDGET.vsWriteGood}×`],
    ], 'lrl'),
  );
}

/** Distinct texts joined until MESSAGE_LENGTH and cut at a word boundary; each corpus text used once. */
function buildMessages(pool: string[]): string[] {
  const messages: string[] = [];
  let next = 0;
  while (messages.length < MESSAGE_COUNT && next < pool.length) {
    let message = '';
    while (message.length < MESSAGE_LENGTH && next < pool.length) {
      const piece = pool[next++] ?? '';
      message = message ? `${message} ${piece}` : piece;
    }
    messages.push(cutAtWord(message, MESSAGE_LENGTH));
  }
  return messages;
}

function cutAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  const space = text.lastIndexOf(' ', max);
  return text.slice(0, space > 0 ? space : max);
}

function benchMessages(messages: string[]): void {
  const meanLength = messages.reduce((sum, m) => sum + m.length, 0) / messages.length;
  console.log(`\nOne message — ${messages.length} distinct messages of ≤ ${MESSAGE_LENGTH} chars (mean ${meanLength.toFixed(0)}), ms per analyze()`);
  const cold = timeEach(messages);
  const warm = timeEach(messages);
  console.log(
    table([
      ['', 'p50', 'p95', 'max', ''],
      latencyRow('cold cache (first analysis)', cold, `${mark(percentile(cold, 95) <= BUDGET.messageP95Ms)} budget p95 ≤ ${BUDGET.messageP95Ms} ms`),
      latencyRow('warm cache (same texts again)', warm, 'for comparison'),
    ], 'lrrrl'),
  );
}

function buildEmail(texts: string[], length = EMAIL_LENGTH): string {
  const greeting = 'Hi Sam,\n\n';
  const signOff = '\n\nBest,\nAlex';
  const paragraphs: string[] = [];
  const room = length - greeting.length - signOff.length;
  for (let i = 0; i < texts.length && paragraphs.join('\n\n').length < room; i += 4) {
    // A text ending in a word gets a full stop, so neighbouring texts stay separate sentences as in an email.
    paragraphs.push(texts.slice(i, i + 4).map((t) => (/[\p{L}\p{N}]$/u.test(t.trim()) ? `${t.trim()}.` : t.trim())).join(' '));
  }
  return `${greeting}${cutAtWord(paragraphs.join('\n\n'), room)}${signOff}`;
}

/** The letter after `letter`, same case, so an edit changes one word but never the sentence layout. */
function nextLetter(letter: string): string {
  const base = letter === letter.toLowerCase() ? 97 : 65;
  return String.fromCharCode(base + ((letter.toLowerCase().charCodeAt(0) - 97 + 1) % 26));
}

function benchEmail(email: string): void {
  const paragraphs = email.split('\n\n').length - 2;
  console.log(`\nEmail — ${count(email.length)} chars, greeting + ${paragraphs} paragraphs of messages-dev texts + sign-off, ms per analyze()`);
  const cold = timeEach([email]);
  const unchanged = timeEach([email]);
  const letters = [...email.matchAll(/[a-z]/gi)].map((m) => m.index);
  const positions = Array.from({ length: EMAIL_EDITS }, (_, k) => letters[Math.floor(((k + 0.5) * letters.length) / EMAIL_EDITS)] ?? 0);
  const edits: number[] = [];
  collectGarbage?.();
  for (const at of positions) {
    const edited = `${email.slice(0, at)}${nextLetter(email.charAt(at))}${email.slice(at + 1)}`;
    analyze(email); // the state before the keystroke, as in the editor
    const start = performance.now();
    analyze(edited);
    edits.push(performance.now() - start);
  }
  console.log(
    table([
      ['', 'p50', 'p95', 'max', ''],
      latencyRow('full analysis, cold (fresh text)', cold, 'no budget; one run'),
      latencyRow('same text again', unchanged, 'one run'),
      latencyRow(`one-letter edit (${EMAIL_EDITS} positions)`, edits, `${mark(percentile(edits, 95) <= BUDGET.editMs)} budget p95 ≤ ${BUDGET.editMs} ms`),
    ], 'lrrrl'),
  );
}

/** One cold analysis per size, each an e-mail of texts no other size or section uses: time should grow linearly. */
function benchLinear(pool: string[]): void {
  console.log('\nLinear time — one e-mail per size built like the one above from its own external texts, cold, ms per analyze()');
  const rows: string[][] = [['chars', 'ms', 'ms / 1k chars']];
  let next = 0;
  for (const size of LINEAR_SIZES) {
    const texts: string[] = [];
    let chars = 0;
    while (chars < size && next < pool.length) {
      const text = pool[next++] ?? '';
      texts.push(text);
      chars += text.length + 1;
    }
    const email = buildEmail(texts, size);
    const [elapsed = NaN] = timeEach([email]);
    rows.push([count(email.length), ms(elapsed), ms((1000 * elapsed) / email.length)]);
  }
  console.log(table(rows, 'rrr'));
}

/** Whole-process starts of the command line on a one-line input, as users and evaluations call it. */
function benchCommandLine(): void {
  console.log(`\nCommand line — ${CLI_STARTS} starts of \`node scripts/tone-cli.mjs "<one line>"\`, ms per process`);
  const start = (): number => {
    const began = performance.now();
    const result = spawnSync(process.execPath, ['scripts/tone-cli.mjs', 'you never listen to me'], { encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`tone-cli failed: ${result.stderr}`);
    return performance.now() - began;
  };
  const first = start(); // builds the bundle and the snapshot if a source changed since the last start
  const samples = Array.from({ length: CLI_STARTS }, start);
  console.log(
    table([
      ['', 'p50', 'p95', 'max', ''],
      latencyRow('first start (may rebuild)', [first], 'once per source change'),
      latencyRow('start', samples, `${mark(percentile(samples, 50) < BUDGET.cliStartMs)} budget < ${BUDGET.cliStartMs} ms`),
    ], 'lrrrl'),
  );
}

function timeEach(texts: string[]): number[] {
  collectGarbage?.();
  return texts.map((text) => {
    const start = performance.now();
    analyze(text);
    return performance.now() - start;
  });
}

/** Nearest-rank percentile. */
function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

/** A single run has no spread: its one figure goes under p50. */
function latencyRow(label: string, samples: number[], note: string): string[] {
  if (samples.length === 1) return [label, ms(samples[0] ?? NaN), '', '', note];
  return [label, ms(percentile(samples, 50)), ms(percentile(samples, 95)), ms(Math.max(...samples)), note];
}

function ms(value: number): string {
  return value.toFixed(value < 10 ? 3 : 1);
}

function count(value: number): string {
  return Math.round(value).toLocaleString('en-US');
}

run(main, 'usage: npm run bench');
