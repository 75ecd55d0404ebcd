/**
 * Browser budgets of the page layer (PRODUCT.md §4), in Chromium with the e2e build of the extension:
 *
 *   1. last keystroke → hint visible, p50/p95 (debounce included), textarea / contenteditable / Lexical, with
 *      the service worker running (warm), and right after it was stopped (cold: CDP ServiceWorker.stopAllWorkers
 *      before the message is typed, as Chrome stops it after 30 s idle — typing wakes it and rebuilds the
 *      engine). Also printed, outside the budget verdict: the worker stopped between the last two keys, so only
 *      the last key can wake it (cold-last-key);
 *   2. long tasks (> 50 ms) while typing 2,000 characters, with the extension and without (baseline);
 *   3. content-script script time on page load before any field is focused: CPU profile samples in
 *      chrome-extension:// scripts, and Performance.getMetrics ScriptDuration with vs. without the extension.
 *
 * Needs `npm run build:e2e`. Usage: npm run bench:browser [-- --runs 20 --chars 2000 --loads 8]
 */
import { setTimeout as sleep } from 'node:timers/promises';
import type { CDPSession, Page } from 'playwright-core';
import { launchBrowser, openFixture, startFixtureServer, type FixtureServer, type LaunchedBrowser } from '../test/e2e/harness';

const BUDGET = { p95Ms: 300, longTasks: 0, loadScriptMs: 30 };
const EDITORS = ['textarea', 'contenteditable', 'lexical'] as const;
const MESSAGE = 'ok so honestly you never listen to me';
const LONG_TEXT_UNIT =
  'Hey, about tonight. I was upset earlier and you never listen to me when I bring it up. ' +
  'Calm down, it is not a big deal, but I would like us to talk about it after dinner. ';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const v = i >= 0 ? Number(process.argv[i + 1]) : NaN;
  return Number.isFinite(v) && v > 0 ? v : fallback;
}

const RUNS = arg('runs', 20);
const CHARS = arg('chars', 2000);
const LOADS = arg('loads', 8);
/** --only latency|longtasks|load runs one section. */
const ONLY = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : undefined;
const run = (section: string): boolean => ONLY === undefined || ONLY === section;

function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const idx = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[idx] ?? NaN;
}

const median = (values: number[]): number => percentile(values, 50);
const fmt = (n: number): string => (Number.isFinite(n) ? n.toFixed(1) : 'n/a');

async function enableLocalhost(b: LaunchedBrowser): Promise<void> {
  await b.serviceWorker?.evaluate(async () => {
    const blob = {
      version: 1,
      categories: {},
      sensitivity: 'balanced',
      disabledSites: [],
      addedSites: ['localhost', '127.0.0.1'],
      ignoredPhrases: [],
      hints: 'inline',
      pausedUntil: 0,
      savedAt: Date.now(),
    };
    const g = globalThis as unknown as { chrome: { storage: { sync: { set(v: object): Promise<void> } } } };
    await g.chrome.storage.sync.set({ 'heard.settings': blob });
  });
}

async function clearField(page: Page): Promise<void> {
  await page.evaluate(() => window.heardFixture?.focus());
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
}

/** In the page: time from the keydown of the next key to the first frame with an underline in heard-ui. */
function armLatencyProbe(page: Page): Promise<void> {
  // A string, not a function: tsx would wrap named inner functions in a helper the page does not have.
  return page.evaluate(`(() => {
    window.__heardLatency = new Promise((resolve) => {
      function visible() {
        const shadow = document.querySelector('heard-ui')?.shadowRoot;
        if (!shadow) return false;
        return Array.from(shadow.querySelectorAll('.mark')).some((m) => !m.parentElement.hidden);
      }
      window.addEventListener('keydown', (e) => {
        const t0 = e.timeStamp;
        const deadline = t0 + 5000;
        function tick(now) {
          if (visible()) resolve(now - t0);
          else if (now > deadline) resolve(NaN);
          else requestAnimationFrame(tick);
        }
        // Skip the frame of the keystroke itself: the previous hint (if any) is hidden on input.
        requestAnimationFrame(() => requestAnimationFrame(tick));
      }, { capture: true, once: true });
    });
  })()`);
}

interface WorkerVersion {
  scriptURL: string;
  runningStatus: string;
}

/**
 * Stops every service worker (ServiceWorker.stopAllWorkers) and waits until the extension's worker reports
 * itself stopped, so a cold sample is never taken against a worker that is still running.
 */
async function stopServiceWorker(cdp: CDPSession): Promise<void> {
  let onUpdate: ((e: { versions: WorkerVersion[] }) => void) | undefined;
  const stopped = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the extension service worker did not stop within 5 s')), 5000);
    onUpdate = (e) => {
      const ours = e.versions.filter((v) => v.scriptURL.startsWith('chrome-extension://'));
      if (ours.length > 0 && ours.every((v) => v.runningStatus === 'stopped')) {
        clearTimeout(timer);
        resolve();
      }
    };
    cdp.on('ServiceWorker.workerVersionUpdated', onUpdate);
  });
  try {
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await stopped;
  } finally {
    if (onUpdate) cdp.off('ServiceWorker.workerVersionUpdated', onUpdate);
    await cdp.send('ServiceWorker.disable');
  }
}

type WorkerState = 'warm' | 'cold' | 'cold-last-key';

async function latency(server: FixtureServer, b: LaunchedBrowser, name: string, worker: WorkerState): Promise<number[]> {
  const page = await openFixture(b.context, server.url(`${name}.html`));
  const cdp = await b.context.newCDPSession(page);
  const samples: number[] = [];
  try {
    await page.evaluate(() => window.heardFixture?.focus());
    // Warm-up: the first focus loads settings and builds the engine.
    await page.keyboard.type(MESSAGE, { delay: 5 });
    await sleep(800);
    for (let i = 0; i < RUNS; i++) {
      await clearField(page);
      await sleep(300);
      // Typing at 40 ms a key stays inside the debounce: nothing reaches the worker before the last key.
      if (worker === 'cold') await stopServiceWorker(cdp);
      await page.keyboard.type(MESSAGE.slice(0, -1), { delay: 40 });
      if (worker === 'cold-last-key') {
        await sleep(400); // the analysis of the text so far is answered before the worker stops
        await stopServiceWorker(cdp);
      }
      await armLatencyProbe(page);
      await page.keyboard.type(MESSAGE.slice(-1));
      const ms = await page.evaluate(() => (window as unknown as { __heardLatency: Promise<number> }).__heardLatency);
      samples.push(ms);
    }
  } finally {
    await cdp.detach().catch(() => undefined);
    await page.close();
  }
  return samples;
}

interface LongTaskResult {
  count: number;
  longestMs: number;
  /** Long tasks in which Heard's scripts ran for ≥ ATTRIBUTION_MS (CPU profile samples in chrome-extension://). */
  heard: Array<{ durationMs: number; heardMs: number }>;
  firstFocus: Array<{ durationMs: number; heardMs: number }>;
}

const ATTRIBUTION_MS = 10;

/** Self time (ms) of profile samples in chrome-extension:// scripts within [fromUs, toUs]. */
function extensionTime(profile: ProfileLike, fromUs: number, toUs: number): number {
  const ext = new Set(profile.nodes.filter((n) => n.callFrame.url.startsWith('chrome-extension://')).map((n) => n.id));
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  let t = profile.startTime;
  let us = 0;
  samples.forEach((id, i) => {
    t += deltas[i] ?? 0;
    if (t >= fromUs && t <= toUs && ext.has(id)) us += deltas[i + 1] ?? deltas[i] ?? 0;
  });
  return us / 1000;
}

interface ProfileLike {
  nodes: Array<{ id: number; callFrame: { url: string } }>;
  startTime: number;
  samples?: number[];
  timeDeltas?: number[];
}

async function longTasksWhileTyping(server: FixtureServer, b: LaunchedBrowser, name: string): Promise<LongTaskResult> {
  const page = await openFixture(b.context, server.url(`${name}.html`));
  const cdp = await b.context.newCDPSession(page);
  try {
    await page.evaluate(() => {
      const w = window as unknown as { __longTasks: Array<[number, number]> };
      w.__longTasks = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.__longTasks.push([e.startTime, e.duration]);
      }).observe({ type: 'longtask' });
    });
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
    // Profile timestamps and performance.now() share no origin: anchor them at the start.
    const pageT0 = await page.evaluate(() => performance.now());
    await page.evaluate(() => window.heardFixture?.focus());
    // The first focus loads settings and builds the engine (lazily, not at page load): reported apart.
    await sleep(1000);
    const typingFrom = await page.evaluate(() => performance.now());
    let text = '';
    while (text.length < CHARS) text += LONG_TEXT_UNIT;
    text = text.slice(0, CHARS);
    // ~100 ms per character would take minutes; 8 ms still leaves the debounce running every pause.
    const chunks = text.match(/[^.]+\.?/g) ?? [text];
    for (const chunk of chunks) {
      await page.keyboard.type(chunk, { delay: 8 });
      await sleep(250); // a pause after each sentence: analysis and redraw happen here
    }
    await sleep(500);
    const { profile } = await cdp.send('Profiler.stop');
    const all = await page.evaluate(() => (window as unknown as { __longTasks: Array<[number, number]> }).__longTasks);
    const attribute = ([start, duration]: [number, number]): { durationMs: number; heardMs: number } => {
      const from = profile.startTime + (start - pageT0) * 1000;
      return { durationMs: duration, heardMs: extensionTime(profile, from - 2000, from + duration * 1000 + 2000) };
    };
    const firstFocus = all.filter(([start]) => start < typingFrom).map(attribute);
    const tasks = all.filter(([start]) => start >= typingFrom);
    const heard = tasks.map(attribute).filter((t) => t.heardMs >= ATTRIBUTION_MS);
    const durations = tasks.map(([, d]) => d);
    return { count: durations.length, longestMs: durations.length ? Math.max(...durations) : 0, heard, firstFocus };
  } finally {
    await cdp.detach().catch(() => undefined);
    await page.close();
  }
}

interface LoadCost {
  /** Self time of profile samples in chrome-extension:// scripts. */
  extensionProfileMs: number;
  scriptDurationMs: number;
}

async function loadCost(server: FixtureServer, b: LaunchedBrowser, name: string): Promise<LoadCost> {
  const page = await b.newPage();
  const cdp: CDPSession = await b.context.newCDPSession(page);
  try {
    await cdp.send('Performance.enable');
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
    await page.goto(server.url(`${name}.html`));
    await page.waitForFunction(() => window.heardFixture !== undefined);
    // document_idle content scripts run after load; give them time, without focusing any field.
    await sleep(1000);
    const { profile } = await cdp.send('Profiler.stop');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const scriptDuration = (metrics.find((m) => m.name === 'ScriptDuration')?.value ?? 0) * 1000;
    const extNodes = new Set(profile.nodes.filter((n) => n.callFrame.url.startsWith('chrome-extension://')).map((n) => n.id));
    let extUs = 0;
    const deltas = profile.timeDeltas ?? [];
    (profile.samples ?? []).forEach((id, i) => {
      if (extNodes.has(id)) extUs += deltas[i + 1] ?? deltas[i] ?? 0;
    });
    return { extensionProfileMs: extUs / 1000, scriptDurationMs: scriptDuration };
  } finally {
    await cdp.detach().catch(() => undefined);
    await page.close();
  }
}

async function main(): Promise<void> {
  const server = await startFixtureServer();
  const rows: string[] = [];
  const verdicts: boolean[] = [];
  const line = (s: string): void => {
    rows.push(s);
    console.log(s);
  };
  let withExt: LaunchedBrowser | undefined;
  let without: LaunchedBrowser | undefined;
  try {
    withExt = await launchBrowser();
    await enableLocalhost(withExt);
    without = await launchBrowser({ extension: false });

    line(`Heard browser bench — Chromium, ${RUNS} runs, ${CHARS} chars, ${LOADS} loads per page`);
    line('');
    line('1. Last keystroke → hint visible (ms, debounce included)      budget p95 ≤ 300');
    line('   warm: service worker running; cold: stopped (ServiceWorker.stopAllWorkers) before the message is typed;');
    line('   cold-last-key: stopped between the last two keys (not in the verdict: only the last key can wake it)');
    for (const worker of ['warm', 'cold', 'cold-last-key'] as const) {
      for (const name of run('latency') ? EDITORS : []) {
        const samples = await latency(server, withExt, name, worker);
        const ok = samples.filter(Number.isFinite);
        const p95 = percentile(ok, 95);
        const pass = ok.length === samples.length && p95 <= BUDGET.p95Ms;
        if (worker !== 'cold-last-key') verdicts.push(pass);
        line(`   ${worker.padEnd(13)} ${name.padEnd(16)} p50 ${fmt(median(ok)).padStart(6)}  p95 ${fmt(p95).padStart(6)}  max ${fmt(Math.max(...ok)).padStart(6)}  missed ${samples.length - ok.length}  ${pass ? 'OK' : 'OVER'}`);
      }
    }

    line('');
    line(`2. Long tasks (> 50 ms) while typing ${CHARS} chars, caused by Heard (≥ ${ATTRIBUTION_MS} ms of its script in the task)   budget 0`);
    for (const name of run('longtasks') ? EDITORS : []) {
      const a = await longTasksWhileTyping(server, withExt, name);
      const base = await longTasksWhileTyping(server, without, name);
      const caused = a.heard.length;
      const pass = caused <= BUDGET.longTasks;
      verdicts.push(pass);
      const causedText = a.heard.map((t) => `${fmt(t.durationMs)} ms (Heard ${fmt(t.heardMs)} ms)`).join(', ');
      line(
        `   ${name.padEnd(16)} caused by Heard ${caused}${causedText ? `: ${causedText}` : ''}  ${pass ? 'OK' : 'OVER'}` +
          `   [all long tasks: with Heard ${a.count} (longest ${fmt(a.longestMs)} ms), without ${base.count} (longest ${fmt(base.longestMs)} ms)]`,
      );
      const warm = a.firstFocus.map((t) => `${fmt(t.durationMs)} ms (Heard ${fmt(t.heardMs)} ms)`).join(', ') || 'none';
      const warmBase = base.firstFocus.map((t) => `${fmt(t.durationMs)} ms`).join(', ') || 'none';
      line(`   ${''.padEnd(16)} (first focus, before typing — settings + engine build: long tasks ${warm}; without Heard: ${warmBase})`);
    }

    line('');
    line(`3. Content-script script time on page load, no field focused (ms, median of ${LOADS})  budget ≤ 30`);
    for (const name of run('load') ? EDITORS : []) {
      const a: LoadCost[] = [];
      const base: LoadCost[] = [];
      for (let i = 0; i < LOADS; i++) {
        a.push(await loadCost(server, withExt, name));
        base.push(await loadCost(server, without, name));
      }
      const profileMs = median(a.map((x) => x.extensionProfileMs));
      const diff = median(a.map((x) => x.scriptDurationMs)) - median(base.map((x) => x.scriptDurationMs));
      const pass = profileMs <= BUDGET.loadScriptMs && diff <= BUDGET.loadScriptMs;
      verdicts.push(pass);
      line(`   ${name.padEnd(16)} CPU profile in extension scripts ${fmt(profileMs).padStart(6)}   ScriptDuration with − without ${fmt(diff).padStart(6)}  ${pass ? 'OK' : 'OVER'}`);
    }
    line('');
    line(verdicts.every(Boolean) ? 'All browser budgets met.' : 'Some browser budgets are NOT met (see OVER above).');
  } finally {
    await withExt?.close();
    await without?.close();
    await server.close();
  }
  if (!verdicts.every(Boolean)) process.exitCode = 1;
}

await main();
