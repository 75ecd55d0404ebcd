/**
 * Hostile input: the invariants of PRODUCT.md §2 on text no corpus holds — any Unicode, lone surrogates, emoji
 * and ZWJ sequences, right-to-left scripts, CR and CRLF, quoted history — checked with fast-check, plus
 * pathological repeats that a backtracking pattern or a pass quadratic in the sentence would choke on.
 *
 * The repeats run in a worker thread that is terminated after HANG_GUARD_MS: analyze() is synchronous, so a
 * hang in this process could never be reported as a failure. The guard is not a speed budget (the bench
 * measures speed); it only turns "never finishes" into a failing test.
 *
 * fast-check picks a new seed every run and prints it with the shrunk counterexample on failure; pin it with
 * FC_SEED=<seed>, and search longer with FC_RUNS=<runs per property> (default 200).
 */
import { Worker } from 'node:worker_threads';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { analyze, CATEGORIES } from '../../../src/engine';
import type { Analysis, AnalyzeOptions, Finding } from '../../../src/engine';
import { RULES } from '../../../src/engine/rules';

const FC_SEED = process.env.FC_SEED === undefined ? undefined : Number(process.env.FC_SEED);
/** Runs per property: enough to shake out offset slips, few enough for the whole file to stay well under 20 s. */
const RUNS = Number(process.env.FC_RUNS ?? 200);
const HANG_GUARD_MS = 30_000;

function params(numRuns = RUNS): fc.Parameters<unknown> {
  return FC_SEED === undefined ? { numRuns } : { numRuns, seed: FC_SEED };
}

/** Every invariant the contract promises for one input, whatever the input. */
function expectContract(input: string, a: Analysis): void {
  expect(['en', 'unsupported']).toContain(a.language);
  expect(Number.isFinite(a.tone.score)).toBe(true);
  expect(a.tone.score).toBeGreaterThanOrEqual(-1);
  expect(a.tone.score).toBeLessThanOrEqual(1);
  const ids = new Set<string>();
  for (const f of a.findings) {
    expect(Number.isInteger(f.start) && Number.isInteger(f.end), `integer offsets for ${f.rule}`).toBe(true);
    expect(f.start, `${f.rule} start`).toBeGreaterThanOrEqual(0);
    expect(f.end, `${f.rule} end after start`).toBeGreaterThan(f.start);
    expect(f.end, `${f.rule} end within the input`).toBeLessThanOrEqual(input.length);
    expect(f.text, `${f.rule} text is the slice`).toBe(input.slice(f.start, f.end));
    expect(ids.has(f.id), `id ${f.id} is unique`).toBe(false);
    ids.add(f.id);
    expect(f.suggestions.length, `${f.rule} has a suggestion`).toBeGreaterThan(0);
    for (const s of f.suggestions) {
      expect(s.start, `${f.rule} suggestion start`).toBeGreaterThanOrEqual(0);
      expect(s.end, `${f.rule} suggestion end`).toBeGreaterThanOrEqual(s.start);
      expect(s.end, `${f.rule} suggestion within the input`).toBeLessThanOrEqual(input.length);
    }
  }
  for (const s of a.strengths) {
    expect(s.start).toBeGreaterThanOrEqual(0);
    expect(s.end).toBeGreaterThan(s.start);
    expect(s.end).toBeLessThanOrEqual(input.length);
    expect(s.text).toBe(input.slice(s.start, s.end));
  }
}

// ——— Building blocks ———

const stripBrackets = (example: string): string => example.replace('[', '').replace(']', '');

/** The phrases of the brief, then one flagged example of every rule, so every rule's patterns get exercised. */
const TRIGGERS = [
  'you never listen',
  "it's your fault",
  'calm down',
  "WHY DIDN'T YOU CALL",
  'k.',
  '🙄',
  ...RULES.flatMap((rule) => Object.keys(rule.examples.flagged).map(stripBrackets)),
];
const WORDS = 'i we the a and but so then ok lol honestly really just now again me my dinner meeting train late home tonight today sorry thanks'.split(' ');
const EMOJI = ['😂', '❤️', '👍🏽', '👩‍👩‍👧', '🏳️‍🌈', '👨🏿‍💻', '🇺🇸', '🙄🙄', '😡', '🎉', '\u200d', '\ufe0f', '🏽', '#️⃣'];
const RTL = [
  'أنت لا تستمع أبدا',
  'هذا خطؤك',
  'אתה אף פעם לא מקשיב',
  'זו אשמתך',
  '\u200f',
  '\u200e',
  '\u202e',
  '\u202c',
  '\u2067',
  '\u2069',
  '\u061c',
];
const LINE_ENDS = ['\r\n', '\r', '\n', '\r\r\n', '\n\r', '\u2028', '\u2029', '\u0085'];
const MARKS = ['.', '!', '?', '…', ',', ';', '!!!', '?!', '"', "'", '“', '”', '‘', '’', '`', '```', '*', '>', '@', 'https://x.io/a?b'];
const ODD = ['\u0301', '\u200b', '\u00a0', '\ufeff', '\u0000', '\t', '\ud83d', '\ude44', '\udfff', '\ud800', 'ﬁ', 'İ', 'ß', 'ǅ'];
const SEPARATORS = [' ', ' ', ' ', '', ', ', '. ', '! ', '? ', '\n', '\r\n', '\r', '\n> ', '  ', '\t'];

const casing = fc.constantFrom<(t: string) => string>(
  (t) => t,
  (t) => t.toUpperCase(),
  (t) => t.toLowerCase(),
  (t) => t.charAt(0).toUpperCase() + t.slice(1),
);
const trigger = fc.tuple(fc.constantFrom(...TRIGGERS), casing).map(([t, c]) => c(t));
/** A trigger as quoted speech, quoted e-mail history or plain. */
const quotedTrigger = fc.tuple(trigger, fc.constantFrom('"$"', '“$”', "'$'", '‘$’', '\n> $\n', '> $', '`$`', 'she said "$"', 'On Mon, Sam wrote:\n> $')).map(([t, q]) => q.replace('$', t));
const noise = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 6 }),
  fc.string({ unit: 'binary', maxLength: 4 }),
  fc.constantFrom(...ODD),
);

/** A message: pieces joined by separators (spaces, sentence marks, line breaks, quote markers). */
function message(piece: fc.Arbitrary<string>, maxPieces = 16): fc.Arbitrary<string> {
  return fc
    .array(fc.tuple(fc.constantFrom(...SEPARATORS), piece), { maxLength: maxPieces })
    .map((parts) => parts.map(([sep, p], i) => (i === 0 ? p : sep + p)).join(''));
}

const loneSurrogates = fc.string({
  unit: fc.oneof(fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)), fc.constantFrom('a', ' ', 'you', '\n')),
  maxLength: 20,
});
const anyUnicode = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme-composite', maxLength: 40 }),
  loneSurrogates,
  fc.string({ unit: fc.constantFrom(...ODD, ...MARKS, ...LINE_ENDS, ...EMOJI, ...RTL, 'you', 'never', ' '), maxLength: 30 }),
);
const emojiMessage = message(fc.oneof(fc.constantFrom(...EMOJI), trigger, fc.constantFrom(...WORDS)));
const rtlMessage = message(fc.oneof(fc.constantFrom(...RTL), trigger, fc.constantFrom(...WORDS)));
const lineEndMessage = message(fc.oneof(fc.constantFrom(...LINE_ENDS), trigger, fc.constantFrom(...WORDS)));
const triggerMessage = message(
  fc.oneof(
    { weight: 3, arbitrary: trigger },
    { weight: 2, arbitrary: quotedTrigger },
    { weight: 3, arbitrary: fc.constantFrom(...WORDS) },
    { weight: 1, arbitrary: fc.constantFrom(...MARKS) },
    { weight: 1, arbitrary: noise },
  ),
);
/** English-ish: trigger phrases and plain words only, so the message is analysed as English. */
const englishMessage = message(fc.oneof({ weight: 2, arbitrary: trigger }, { weight: 3, arbitrary: fc.constantFrom(...WORDS) }), 10);
const hostileMessage = fc.oneof(anyUnicode, emojiMessage, rtlMessage, lineEndMessage, triggerMessage);

const options: fc.Arbitrary<AnalyzeOptions> = fc.record(
  {
    sensitivity: fc.constantFrom('gentle' as const, 'balanced' as const, 'strict' as const),
    categories: fc.subarray([...CATEGORIES]),
    ignore: fc.array(fc.oneof(trigger, fc.string({ maxLength: 5 })), { maxLength: 2 }),
  },
  { requiredKeys: [] },
);

// ——— Properties ———

describe('analyze on hostile input: never throws, keeps offsets and ids valid', () => {
  it.each([
    ['random Unicode (graphemes, code points, lone surrogates)', anyUnicode],
    ['emoji and ZWJ sequences', emojiMessage],
    ['right-to-left text mixed with English', rtlMessage],
    ['CRLF, lone CR and other line ends', lineEndMessage],
    ['trigger phrases with noise, quotes and > lines', triggerMessage],
  ])('%s', (_what, texts) => {
    fc.assert(
      fc.property(texts, options, (text, opts) => {
        expectContract(text, analyze(text, opts));
      }),
      params(),
    );
  });
});

describe('analyze is deterministic despite its caches', () => {
  it('gives deep-equal output for the same input, also after analysing other texts in between', () => {
    fc.assert(
      fc.property(hostileMessage, options, fc.array(hostileMessage, { maxLength: 4 }), (text, opts, others) => {
        const first = structuredClone(analyze(text, opts));
        analyze(`${text} `, opts); // a different text, so the next call cannot answer from the last result
        expect(analyze(text, opts)).toEqual(first);
        for (const other of others) analyze(other, opts);
        analyze(text, {}); // the same text with other options
        expect(analyze(text, opts)).toEqual(first);
        const reordered: AnalyzeOptions = Object.fromEntries(Object.entries(opts).reverse());
        expect(analyze(text, reordered)).toEqual(first);
      }),
      params(),
    );
  });

  it('gives the same output once its sentence cache has been flushed', () => {
    const samples = fc.sample(fc.oneof(triggerMessage, englishMessage), { numRuns: 40, seed: 7 });
    samples.push("it's your fault we're late. you never listen!!! calm down 🙄", 'k.', 'WHY DIDN’T YOU CALL ME');
    const before = samples.map((t) => structuredClone(analyze(t)));
    // More distinct sentences than the engine's caches hold (4,000 entries each): every entry is replaced.
    analyze(Array.from({ length: 4500 }, (_, i) => `line ${i} of the log`).join('\n'));
    samples.forEach((t, i) => expect(analyze(t), t).toEqual(before[i]));
  });
});

describe('suggestions', () => {
  const countOf = (findings: Finding[], rule: string): number => findings.filter((f) => f.rule === rule).length;

  it('clear the finding they were offered for', () => {
    fc.assert(
      fc.property(englishMessage, fc.constantFrom('balanced' as const, 'strict' as const), (text, sensitivity) => {
        const before = analyze(text, { sensitivity }).findings;
        for (const f of before) {
          for (const s of f.suggestions) {
            const applied = text.slice(0, s.start) + s.replacement + text.slice(s.end);
            const after = analyze(applied, { sensitivity }).findings;
            const stillThere = after.some((g) => g.rule === f.rule && g.start === f.start);
            const fewer = countOf(after, f.rule) < countOf(before, f.rule);
            expect(
              !stillThere || fewer,
              `${f.rule} at ${f.start} ("${f.text}") survives "${s.label ?? ''}": ${JSON.stringify(applied)}`,
            ).toBe(true);
          }
        }
      }),
      params(Math.ceil(RUNS * 0.6)),
    );
  });
});

// ——— Deterministic edge cases ———

/** A fixed mix of everything above, cut into sentences the way people write them: no run-on paragraph. */
function mixedText(length: number): string {
  let state = 20240611;
  const random = (): number => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const pools = [TRIGGERS, WORDS, WORDS, EMOJI, RTL, MARKS, ODD];
  const ends = ['. ', '! ', '? ', '\n', '\r\n', '\r', '\n> ', '.\n\n'];
  const parts: string[] = [];
  let size = 0;
  while (size < length) {
    const part = `${pick(pools.map((pool) => pick(pool)))}${random() < 0.25 ? pick(ends) : ' '}`;
    parts.push(part);
    size += part.length;
  }
  return parts.join('').slice(0, length);
}

interface Isolated {
  analysis?: Analysis;
  error?: string;
  ms?: number;
}

/** Worker code: loads the engine through tsx and analyses each text it is sent. */
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
import(workerData.tsx).then(({ tsImport }) => tsImport(workerData.engine, workerData.engine)).then((engine) => {
  parentPort.on('message', ({ id, text }) => {
    const start = performance.now();
    try {
      parentPort.postMessage({ id, analysis: engine.analyze(text), ms: performance.now() - start });
    } catch (error) {
      parentPort.postMessage({ id, error: String((error && error.stack) || error) });
    }
  });
  parentPort.postMessage({ ready: true });
});
`;

class IsolatedEngine {
  private worker: Worker | null = null;
  private ready: Promise<void> | null = null;
  private next = 0;

  /** Analyses `text` in a worker; resolves `null` if it has not finished after `limitMs` (the worker is ended). */
  async analyze(text: string, limitMs: number): Promise<Isolated | null> {
    const worker = await this.start();
    const id = this.next++;
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        worker.off('message', onMessage);
        this.stop();
        resolve(null);
      }, limitMs);
      const onMessage = (m: Isolated & { id?: number }): void => {
        if (m.id !== id) return;
        clearTimeout(timer);
        worker.off('message', onMessage);
        resolve(m);
      };
      worker.on('message', onMessage);
      worker.postMessage({ id, text });
    });
  }

  stop(): void {
    void this.worker?.terminate();
    this.worker = null;
    this.ready = null;
  }

  private async start(): Promise<Worker> {
    if (!this.worker) {
      const worker = new Worker(WORKER, {
        eval: true,
        workerData: {
          tsx: import.meta.resolve('tsx/esm/api'),
          engine: new URL('../../../src/engine/index.ts', import.meta.url).href,
        },
      });
      this.worker = worker;
      this.ready = new Promise((resolve, reject) => {
        worker.once('error', reject);
        worker.once('message', () => resolve());
      });
    }
    await this.ready;
    return this.worker as Worker;
  }
}

describe('edge cases', () => {
  const isolated = new IsolatedEngine();
  afterAll(() => isolated.stop());

  it.each([
    ['the empty string', ''],
    ['only whitespace', ' \t\r\n\u00a0\u2028 \n '],
  ])('handles %s', (_what, text) => {
    const a = analyze(text);
    expectContract(text, a);
    expect(a.findings).toEqual([]);
  });

  it.each([
    ['200,000 characters of mixed text', () => mixedText(200_000)],
    ["'!' × 10,000", () => '!'.repeat(10_000)],
    ["'a' × 100,000", () => 'a'.repeat(100_000)],
    ["'never ' × 10,000", () => 'never '.repeat(10_000)],
    ["'you never ' × 5,000", () => 'you never '.repeat(5_000)],
    ["'🙄' × 5,000", () => '🙄'.repeat(5_000)],
    ["'\"' × 5,000", () => '"'.repeat(5_000)],
    ['"\'" × 5,000', () => "'".repeat(5_000)],
    ["'A' × 50,000", () => 'A'.repeat(50_000)],
    ["'\\n' × 10,000", () => '\n'.repeat(10_000)],
  ])(
    'finishes on %s with valid offsets',
    async (_what, build) => {
      const text = build();
      const result = await isolated.analyze(text, HANG_GUARD_MS);
      expect(result, `analyze() had not returned after ${HANG_GUARD_MS / 1000} s`).not.toBeNull();
      expect(result?.error).toBeUndefined();
      expectContract(text, result?.analysis as Analysis);
    },
    HANG_GUARD_MS + 15_000,
  );
});
