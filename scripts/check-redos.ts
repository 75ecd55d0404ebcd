/**
 * ReDoS check of every regular expression in the engine and in src/, with recheck.
 *
 *   npm run check:redos [-- --timeout <ms per pattern>] [--concurrency <n>] [--budget <s>] [--strict]
 *
 * What is checked, each distinct (source, flags) once:
 *   runtime  every RegExp the engine constructs — compiled rule patterns, strengths, the prefilter union — recorded
 *            by wrapping the RegExp constructor before the engine is imported, then running analyze() on every
 *            rule example so that patterns built lazily are seen too; plus each rule's anchorTest
 *   source   every regex literal in src/ (found with the TypeScript parser), and every `new RegExp(…)` call in
 *            src/: with literal arguments it is evaluated; with computed ones it must have been recorded at
 *            runtime, else it is listed as not checked
 *
 * recheck models a backtracking matcher; its automaton checker cannot take lookaround, so most rule patterns are
 * fuzzed, and a fuzzed verdict is a heuristic that can change from run to run (its limits are wall-clock). Every
 * 'vulnerable' verdict is therefore replayed in V8 (irregexp, which Firefox uses too): recheck's attack string at
 * doubling lengths, scanned the way the engine scans (every match of a global pattern).
 *
 * Exit status: 1 if a pattern is vulnerable and its attack also grows super-linearly in V8 (or cannot be
 * replayed); with --strict, 1 on any 'vulnerable' verdict. Otherwise 0; patterns whose check timed out or ran out
 * of budget are listed as unknown.
 */
import { setMaxListeners } from 'node:events';
import { createRequire } from 'node:module';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';
import { check, type Diagnostics, type VulnerableDiagnostics } from 'recheck';
import ts from 'typescript';
import { run } from './lib/cli';
import { oneLine, table } from './lib/format';

const USAGE = 'usage: npm run check:redos -- [--timeout <ms>] [--concurrency <n>] [--budget <s>] [--strict]';
const ROOT = resolve(import.meta.dirname, '..');
const SRC = join(ROOT, 'src');
/** V8 replay: stop doubling once one scan takes this long, or the attack string is this long. */
const REPLAY_ENOUGH_MS = 200;
const REPLAY_MAX_CHARS = 200_000;
/** A replay scan still running after this long is a confirmation in itself. */
const REPLAY_HANG_MS = 5_000;

interface Pattern {
  source: string;
  flags: string;
  /** Where it comes from: rule ids, file:line of literals, call sites of runtime constructions. */
  origins: string[];
}

type Status = 'safe' | 'vulnerable' | 'unknown';

interface Replay {
  /** [attack string length, ms for one full scan]; ms is null when the scan was still running at REPLAY_HANG_MS. */
  points: Array<[number, number | null]>;
  verdict: 'super-linear' | 'linear' | 'inconclusive' | 'failed';
  note: string;
}

interface Result {
  pattern: Pattern;
  status: Status;
  checker: string;
  /** Complexity for 'vulnerable', the reason for 'unknown'. */
  detail: string;
  diagnostics: Diagnostics | null;
  replay: Replay | null;
}

// ——— Collection ———

interface Construction {
  regex: RegExp;
  /** src/ frames of the constructor call, innermost first, as "src/…/file.ts:line". */
  frames: string[];
}

/** Records every RegExp constructed by code in src/ until `stop` is called. */
function recordConstructions(): { constructions: Construction[]; stop: () => void } {
  const constructions: Construction[] = [];
  const original = globalThis.RegExp;
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 50;
  const record = (regex: RegExp): RegExp => {
    const frames = callerFrames(new Error().stack ?? '');
    // Only calls made by src/ itself: a library that src/ calls (compromise) builds its own patterns.
    if (frames[0]?.startsWith('src/')) constructions.push({ regex, frames: frames.filter((f) => f.startsWith('src/')) });
    return regex;
  };
  globalThis.RegExp = new Proxy(original, {
    construct: (target, args: [string | RegExp, string?], newTarget: new (...a: unknown[]) => unknown) =>
      record(Reflect.construct(target, args, newTarget) as RegExp),
    apply: (target, _this, args: [string | RegExp, string?]) => record(Reflect.apply(target, undefined, args) as RegExp),
  });
  return {
    constructions,
    stop: () => {
      globalThis.RegExp = original;
      Error.stackTraceLimit = limit;
    },
  };
}

/** The stack's frames below this script, as paths relative to the repository (or as written, outside it). */
function callerFrames(stack: string): string[] {
  const frames: string[] = [];
  for (const line of stack.split('\n').slice(1)) {
    const location = /\(([^()]+)\)$/.exec(line)?.[1] ?? line.replace(/^\s*at\s+/, '');
    const path = location.replace(/^file:\/\//, '').replace(/:\d+$/, '');
    if (path.includes('/scripts/check-redos.ts')) continue;
    frames.push(path.startsWith(ROOT) ? relative(ROOT, path) : path);
  }
  return frames;
}

interface SourceSite {
  location: string;
  /** The regex, when its source and flags are literal. */
  regex: { source: string; flags: string } | null;
  text: string;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(?:ts|tsx|mts|js|jsx|mjs)$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/** Regex literals and RegExp constructor calls in src/, with TypeScript's own tokenizer and parser. */
function scanSource(): SourceSite[] {
  const sites: SourceSite[] = [];
  for (const file of sourceFiles(SRC)) {
    const text = readFileSync(file, 'utf8');
    const kind = /x$/.test(file) ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
    const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, kind);
    const where = (node: ts.Node): string => `${relative(ROOT, file)}:${sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1}`;
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const literal = node.getText(sf);
        const slash = literal.lastIndexOf('/');
        sites.push({ location: where(node), regex: { source: literal.slice(1, slash), flags: literal.slice(slash + 1) }, text: literal });
      } else if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && ts.isIdentifier(node.expression) && node.expression.text === 'RegExp') {
        const [source, flags] = node.arguments ?? [];
        const literal = (arg: ts.Expression | undefined): string | null =>
          arg === undefined ? '' : ts.isStringLiteral(arg) || ts.isNoSubstitutionTemplateLiteral(arg) ? arg.text : null;
        const s = literal(source);
        const f = literal(flags);
        sites.push({ location: where(node), regex: s !== null && f !== null ? { source: s, flags: f } : null, text: oneLine(node.getText(sf), 70) });
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return sites;
}

async function collect(): Promise<{ patterns: Pattern[]; unchecked: SourceSite[]; counts: Record<string, number> }> {
  const recording = recordConstructions();
  let constructions: Construction[];
  const rulePatterns: Array<{ regex: RegExp; origin: string }> = [];
  try {
    const { RULES } = await import('../src/engine/rules');
    const { analyze } = await import('../src/engine');
    // Patterns built while analysing, not only at import.
    for (const rule of RULES) {
      for (const example of [...Object.keys(rule.examples.flagged), ...rule.examples.clean]) {
        analyze(example.replace('[', '').replace(']', ''), { sensitivity: 'strict' });
      }
    }
    for (const rule of RULES) {
      rule.compiled.forEach((regex, i) => rulePatterns.push({ regex, origin: `rule ${rule.id} pattern ${i}` }));
      if (rule.anchorTest) rulePatterns.push({ regex: rule.anchorTest, origin: `rule ${rule.id} anchorTest` });
    }
  } finally {
    recording.stop();
    constructions = recording.constructions;
  }

  const byKey = new Map<string, Pattern>();
  const add = (source: string, flags: string, origin: string): void => {
    const key = `/${source}/${flags}`;
    const pattern = byKey.get(key) ?? { source, flags, origins: [] };
    if (!pattern.origins.includes(origin)) pattern.origins.push(origin);
    byKey.set(key, pattern);
  };
  const ruleOrigin = new Map(rulePatterns.map((r) => [r.regex, r.origin]));
  for (const r of rulePatterns) add(r.regex.source, r.regex.flags, r.origin);
  const sites = scanSource();
  for (const site of sites) if (site.regex) add(site.regex.source, site.regex.flags, site.location);
  // tsx (esbuild) turns some literals (\p{…}) into RegExp calls: those are the literal's own site.
  const literalAt = new Set(sites.filter((s) => s.regex).map((s) => s.location));
  const constructedAt = new Set<string>();
  for (const c of constructions) {
    const [site = '?', caller] = c.frames;
    constructedAt.add(site);
    // The call site alone is a generic helper (compilePattern); its caller says which pattern this is.
    const origin = ruleOrigin.get(c.regex) ?? (literalAt.has(site) || !caller ? site : `${caller} via ${site}`);
    add(c.regex.source, c.regex.flags, origin);
  }
  const unchecked = sites.filter((s) => !s.regex && !constructedAt.has(s.location));
  const counts = {
    'rule patterns': rulePatterns.filter((r) => !r.origin.endsWith('anchorTest')).length,
    anchorTests: rulePatterns.filter((r) => r.origin.endsWith('anchorTest')).length,
    'patterns constructed at runtime': new Set(constructions.map((c) => `/${c.regex.source}/${c.regex.flags}`)).size,
    'literals in src/': sites.filter((s) => s.text.startsWith('/')).length,
    'RegExp calls in src/': sites.filter((s) => !s.text.startsWith('/')).length,
  };
  return { patterns: [...byKey.values()], unchecked, counts };
}

// ——— Checking ———

/**
 * recheck's 'auto' backend runs its native binary, else a JVM with its jar, else its pure JS build. Without the
 * native binary for this platform, go straight to the pure JS build (in a worker thread) rather than start a JVM.
 * RECHECK_BACKEND, when set, wins.
 */
function chooseBackend(): string {
  if (process.env.RECHECK_BACKEND) return process.env.RECHECK_BACKEND;
  const os = process.platform === 'darwin' ? 'macos' : process.platform === 'win32' ? 'windows' : process.platform;
  try {
    createRequire(import.meta.url).resolve(`recheck-${os}-${process.arch}/package.json`);
    return 'auto (native binary)';
  } catch {
    process.env.RECHECK_BACKEND = 'worker';
    return 'worker (pure JS, no native binary for this platform)';
  }
}

/** recheck knows the flags that change matching; 'd' (match indices) does not, so it is dropped. */
function recheckFlags(flags: string): string {
  return flags.replace('d', '');
}

async function checkOne(pattern: Pattern, timeoutMs: number, signal: AbortSignal): Promise<Result> {
  let diagnostics: Diagnostics | null = null;
  let status: Status = 'unknown';
  let detail = '';
  let checker = '';
  if (signal.aborted) {
    detail = 'not run: budget spent';
  } else {
    diagnostics = await check(pattern.source, recheckFlags(pattern.flags), { timeout: timeoutMs, signal });
    status = diagnostics.status;
    checker = diagnostics.checker ?? '';
    if (diagnostics.status === 'unknown') {
      const error = diagnostics.error;
      detail = error.kind === 'cancel' ? 'cancelled: budget spent' : error.kind === 'timeout' ? 'timeout' : `${error.kind}: ${error.message}`;
    } else {
      detail = diagnostics.complexity.summary;
    }
  }
  // The V8 replay runs later, alone, so that recheck's own processes do not distort its timings.
  return { pattern, status, checker, detail, diagnostics, replay: null };
}

async function checkAll(patterns: Pattern[], timeoutMs: number, concurrency: number, budgetMs: number): Promise<Result[]> {
  const budget = new AbortController();
  setMaxListeners(0, budget.signal); // recheck listens once per running check
  const timer = setTimeout(() => budget.abort(), budgetMs);
  // Longest first: they are the slowest, and the short ones fill the gaps at the end.
  const queue = [...patterns].sort((a, b) => b.source.length - a.source.length);
  const results: Result[] = [];
  let done = 0;
  const worker = async (): Promise<void> => {
    for (let next = queue.shift(); next; next = queue.shift()) {
      results.push(await checkOne(next, timeoutMs, budget.signal));
      done += 1;
      if (process.stderr.isTTY) process.stderr.write(`\r${done}/${patterns.length} checked`);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  clearTimeout(timer);
  if (process.stderr.isTTY) process.stderr.write('\r\x1b[K');
  return results;
}

// ——— V8 replay ———

/** Worker: builds the attack string for `repeat` pumps and times one scan of it, as the engine scans. */
const REPLAY_WORKER = `
const { parentPort } = require('node:worker_threads');
parentPort.on('message', ({ source, flags, pumps, suffix, repeat }) => {
  const text = pumps.map((p) => p.prefix + p.pump.repeat(repeat)).join('') + suffix;
  const regex = new RegExp(source, flags);
  const start = performance.now();
  if (regex.global || regex.sticky) for (const _ of text.matchAll(regex.global ? regex : new RegExp(source, flags + 'g')));
  else regex.exec(text);
  parentPort.postMessage({ length: text.length, ms: performance.now() - start });
});
`;

async function replayInV8(pattern: Pattern, d: VulnerableDiagnostics): Promise<Replay> {
  const pumps = d.attack.pumps.map(({ prefix, pump }) => ({ prefix, pump }));
  const unit = Math.max(1, pumps.reduce((sum, p) => sum + p.pump.length, 0));
  const exponential = d.complexity.type === 'exponential';
  const points: Array<[number, number | null]> = [];
  let worker = new Worker(REPLAY_WORKER, { eval: true });
  const measure = (repeat: number): Promise<[number, number | null]> =>
    new Promise((done, fail) => {
      const timer = setTimeout(() => {
        worker.removeAllListeners();
        void worker.terminate();
        worker = new Worker(REPLAY_WORKER, { eval: true });
        done([pumps.reduce((sum, p) => sum + p.prefix.length + p.pump.length * repeat, d.attack.suffix.length), null]);
      }, REPLAY_HANG_MS);
      worker.once('error', (error) => {
        clearTimeout(timer);
        fail(error);
      });
      worker.once('message', ({ length, ms }: { length: number; ms: number }) => {
        clearTimeout(timer);
        worker.removeAllListeners('error');
        done([length, ms]);
      });
      worker.postMessage({ source: pattern.source, flags: pattern.flags, pumps, suffix: d.attack.suffix, repeat });
    });
  try {
    // Polynomial: double the length from ~1,000 characters. Exponential: one pump more each time.
    let repeat = exponential ? 1 : Math.max(1, Math.ceil(1000 / unit));
    for (;;) {
      // The fastest of three scans: a busy machine can only slow a scan down, never speed it up.
      const samples = [await measure(repeat), await measure(repeat), await measure(repeat)];
      const timed = samples.filter((s): s is [number, number] => s[1] !== null);
      const point: [number, number | null] = [samples[0]![0], timed.length === samples.length ? Math.min(...timed.map((s) => s[1])) : null];
      points.push(point);
      const [length, ms] = point;
      if (ms === null || ms >= REPLAY_ENOUGH_MS || length >= REPLAY_MAX_CHARS || (exponential && repeat >= 64)) break;
      repeat = exponential ? repeat + 1 : repeat * 2;
    }
  } catch (error) {
    return { points, verdict: 'failed', note: String(error) };
  } finally {
    void worker.terminate();
  }
  return judgeReplay(points, exponential);
}

function judgeReplay(points: Array<[number, number | null]>, exponential: boolean): Replay {
  const last = points.at(-1);
  if (!last) return { points, verdict: 'failed', note: 'no measurement' };
  const [length, ms] = last;
  if (ms === null) return { points, verdict: 'super-linear', note: `still scanning after ${REPLAY_HANG_MS / 1000} s at ${count(length)} chars` };
  const at = `${ms < 10 ? ms.toFixed(1) : ms.toFixed(0)} ms at ${count(length)} chars`;
  // Below half a millisecond a scan is timer noise; a linear scan of a few thousand characters never gets there.
  const timed = points.filter((p): p is [number, number] => p[1] !== null && p[1] >= 0.5);
  // Still quick at the longest attack: whatever the curve, not a denial of service at any length a page holds.
  const quickAtMax = length >= REPLAY_MAX_CHARS && ms < REPLAY_ENOUGH_MS / 4;
  if (timed.length < 2 || quickAtMax) {
    return ms >= REPLAY_ENOUGH_MS ? { points, verdict: 'super-linear', note: `${at} already` } : { points, verdict: 'linear', note: at };
  }
  if (exponential) {
    const ratios = timed.slice(1).map(([, t], i) => t / (timed[i]?.[1] ?? t)).sort((a, b) => a - b);
    const median = ratios[Math.floor(ratios.length / 2)] ?? 1;
    return { points, verdict: median >= 1.5 ? 'super-linear' : 'linear', note: `${at}, ×${median.toFixed(1)} per pump` };
  }
  // time ∝ length^k: k is the least-squares slope on log–log, steadier than any one doubling.
  const xs = timed.map(([n]) => Math.log(n));
  const ys = timed.map(([, t]) => Math.log(t));
  const mean = (v: number[]): number => v.reduce((a, b) => a + b, 0) / v.length;
  const [mx, my] = [mean(xs), mean(ys)];
  const k = xs.reduce((sum, x, i) => sum + (x - mx) * ((ys[i] ?? 0) - my), 0) / xs.reduce((sum, x) => sum + (x - mx) ** 2, 0);
  const verdict = k >= 1.5 ? 'super-linear' : k <= 1.25 ? 'linear' : 'inconclusive';
  return { points, verdict, note: `${at}, time ∝ n^${k.toFixed(1)}` };
}

// ——— Report ———

function count(value: number): string {
  return Math.round(value).toLocaleString('en-US');
}

function originLabel(p: Pattern): string {
  const [first = '?', ...rest] = p.origins;
  return rest.length === 0 ? first : `${first} (+${rest.length} more)`;
}

/** The pattern with recheck's hot spots marked ⟦…⟧: where the backtracking happens. */
function markHotspots(d: VulnerableDiagnostics): string {
  let out = '';
  let at = 0;
  for (const { start, end, temperature } of [...d.hotspot].sort((a, b) => a.start - b.start)) {
    if (temperature !== 'heat' || start < at) continue;
    out += `${d.source.slice(at, start)}⟦${d.source.slice(start, end)}⟧`;
    at = end;
  }
  return out + d.source.slice(at);
}

function replayCell(r: Result): string {
  if (!r.replay) return '';
  return `${r.replay.verdict}: ${r.replay.note}`;
}

function failing(r: Result, strict: boolean): boolean {
  return r.status === 'vulnerable' && (strict || r.replay?.verdict !== 'linear');
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      timeout: { type: 'string', default: '10000' },
      concurrency: { type: 'string', default: '3' },
      budget: { type: 'string', default: '150' },
      strict: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const timeoutMs = Number(values.timeout);
  const concurrency = Number(values.concurrency);
  const budgetMs = Number(values.budget) * 1000;
  if (!(timeoutMs > 0) || !(concurrency >= 1) || !(budgetMs > 0)) throw new Error('--timeout, --concurrency and --budget take positive numbers');

  const began = performance.now();
  const backend = chooseBackend();
  const { patterns, unchecked, counts } = await collect();
  console.log(
    `ReDoS check — ${patterns.length} distinct patterns from ${Object.entries(counts).map(([what, n]) => `${n} ${what}`).join(', ')}\n` +
      `recheck ${backend}, ${timeoutMs / 1000} s per pattern, ${concurrency} at a time, ${budgetMs / 1000} s budget; ` +
      `every 'vulnerable' replayed in V8 (${process.version})\n`,
  );
  const results = await checkAll(patterns, timeoutMs, concurrency, budgetMs);
  for (const r of results) if (r.diagnostics?.status === 'vulnerable') r.replay = await replayInV8(r.pattern, r.diagnostics);
  const order: Record<Status, number> = { vulnerable: 0, unknown: 1, safe: 2 };
  results.sort((a, b) => order[a.status] - order[b.status] || originLabel(a.pattern).localeCompare(originLabel(b.pattern)));

  console.log(
    table([
      ['location', 'status', 'checker', 'complexity / reason', 'attack string', 'V8 replay'],
      ...results.map((r) => [
        originLabel(r.pattern),
        r.status,
        r.checker,
        r.detail,
        r.diagnostics?.status === 'vulnerable' ? oneLine(r.diagnostics.attack.pattern, 60) : '',
        replayCell(r),
      ]),
    ], 'llllll'),
  );

  const vulnerable = results.filter((r) => r.status === 'vulnerable');
  if (vulnerable.length > 0) console.log(`\nVulnerable patterns (✗ failing, – linear in V8; recheck's hot spots in ⟦⟧):`);
  for (const r of vulnerable) {
    const d = r.diagnostics as VulnerableDiagnostics;
    const sign = failing(r, values.strict) ? '✗' : '–';
    console.log(`\n${sign} ${r.pattern.origins.join(', ')}\n  /${oneLine(markHotspots(d), 400)}/${r.pattern.flags}`);
    console.log(`  ${d.complexity.summary}; attack ${oneLine(d.attack.pattern, 200)}`);
    if (r.replay) console.log(`  V8: ${r.replay.verdict} — ${r.replay.points.map(([n, ms]) => `${count(n)} chars ${ms === null ? `> ${REPLAY_HANG_MS} ms` : `${ms.toFixed(1)} ms`}`).join(', ')}`);
  }

  const unknown = results.filter((r) => r.status === 'unknown');
  if (unknown.length > 0) {
    console.log(`\nUnknown (${unknown.length}) — not proven either way, not failing:`);
    for (const r of unknown) console.log(`  ${r.pattern.origins.join(', ')}: ${r.detail}`);
  }
  if (unchecked.length > 0) {
    console.log(`\nNot checked (${unchecked.length}) — RegExp built from computed values and never constructed while loading and running the engine:`);
    for (const site of unchecked) console.log(`  ${site.location}: ${site.text}`);
  }

  const failures = results.filter((r) => failing(r, values.strict));
  const tally = (s: Status): number => results.filter((r) => r.status === s).length;
  console.log(
    `\n${tally('safe')} safe, ${tally('vulnerable')} vulnerable (${failures.length} failing${values.strict ? ', --strict' : ' after V8 replay'}), ` +
      `${tally('unknown')} unknown, ${unchecked.length} not checked — ${((performance.now() - began) / 1000).toFixed(1)} s`,
  );
  return failures.length > 0 ? 1 : 0;
}

run(main, USAGE);
