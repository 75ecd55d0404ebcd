import { describe, expect, it, vi } from 'vitest';
import {
  CHOICES_KEY,
  CHOICES_LIMITS,
  CHOICES_VERSION,
  MIN_EVIDENCE,
  alternativeIndex,
  alternativeKey,
  createChoicesStore,
  emptyChoices,
  isRuleId,
  mostChosen,
  orderAlternatives,
  parseChoices,
  ruleCategory,
  ruleChoices,
  totalApplied,
  withApplied,
  withIgnored,
  type Choices,
  type RuleChoices,
} from '../../src/settings/choices';
import { FakeArea, FakeChanges } from './settings-fakes';

function setup(local: Partial<ConstructorParameters<typeof FakeArea>[0]> = {}) {
  const changes = new FakeChanges();
  const area = new FakeArea({ name: 'local', changes, ...local });
  const warnings: string[] = [];
  const store = createChoicesStore({ local: area, onChanged: changes, onWarning: (m) => warnings.push(m) });
  return { store, local: area, changes, warnings };
}

/** Plain data for comparisons (the model uses null-prototype dictionaries). */
const plain = (choices: Choices): unknown => JSON.parse(JSON.stringify(choices));

const rule = (applied: Record<string, number>, ignored = 0): RuleChoices => ({ applied, ignored });

describe('rule ids and alternative keys', () => {
  it.each(['blame/your-fault', 'passive-aggressive/per-my-last', 'nonverbal/learned', 'absolutist/you-always'])('accepts %s', (id) => {
    expect(isRuleId(id)).toBe(true);
  });

  it.each(['', 'blame', 'sarcasm/x', 'Blame/your-fault', 'blame/', 'blame/a b', '__proto__', 'blame/x'.padEnd(100, 'x'), 42, null])(
    'rejects %p',
    (id) => {
      expect(isRuleId(id)).toBe(false);
    },
  );

  it('gives the category of a rule id', () => {
    expect(ruleCategory('assumed-intent/on-purpose')).toBe('assumed-intent');
    expect(ruleCategory('nope')).toBeUndefined();
  });

  it('keys an alternative by its label, else by its index', () => {
    expect(alternativeKey({ label: 'Ask with a choice' }, 3)).toBe('Ask with a choice');
    expect(alternativeKey({}, 1)).toBe('#1');
    expect(alternativeKey({ label: '   ' }, 0)).toBe('#0');
    expect(alternativeKey({ label: 'x'.repeat(CHOICES_LIMITS.keyLength + 1) }, 2)).toBe('#2');
    expect(alternativeIndex('#2')).toBe(2);
    expect(alternativeIndex('Ask with a choice')).toBeUndefined();
  });

  it('never keys by the replacement text', () => {
    expect(alternativeKey({ label: undefined, replacement: 'my private words' } as { label?: string }, 0)).toBe('#0');
  });
});

describe('recording (pure)', () => {
  it('counts applications per alternative and cards closed without one', () => {
    let c = emptyChoices();
    c = withApplied(c, 'blame/your-fault', 'Name the impact');
    c = withApplied(c, 'blame/your-fault', 'Name the impact');
    c = withApplied(c, 'blame/your-fault', '#1');
    c = withIgnored(c, 'blame/your-fault');
    c = withIgnored(c, 'demand/answer-me');
    expect(plain(c)).toEqual({
      rules: {
        'blame/your-fault': { applied: { 'Name the impact': 2, '#1': 1 }, ignored: 1 },
        'demand/answer-me': { applied: {}, ignored: 1 },
      },
    });
  });

  it('does not change its input', () => {
    const before = withApplied(emptyChoices(), 'blame/your-fault', 'A');
    const snapshot = plain(before);
    withApplied(before, 'blame/your-fault', 'A');
    withIgnored(before, 'blame/your-fault');
    expect(plain(before)).toEqual(snapshot);
  });

  it('leaves choices untouched for an invalid rule id or key', () => {
    const c = emptyChoices();
    expect(withApplied(c, 'not a rule', 'A')).toBe(c);
    expect(withApplied(c, 'blame/x', '')).toBe(c);
    expect(withApplied(c, 'blame/x', 'x'.repeat(CHOICES_LIMITS.keyLength + 1))).toBe(c);
    expect(withIgnored(c, 'sarcasm/x')).toBe(c);
  });

  it('treats __proto__ and constructor as ordinary labels', () => {
    let c = withApplied(emptyChoices(), 'blame/x', '__proto__');
    c = withApplied(c, 'blame/x', 'constructor');
    const applied = ruleChoices(c, 'blame/x')?.applied ?? {};
    expect(Object.entries(applied)).toEqual([
      ['__proto__', 1],
      ['constructor', 1],
    ]);
    expect(Object.getPrototypeOf({})).toBe(Object.prototype);
    expect(ruleChoices(c, 'constructor')).toBeUndefined();
    expect(ruleChoices(c, 'toString')).toBeUndefined();
  });

  it('halves a rule’s counters rather than passing the cap, keeping their proportions', () => {
    const full = parseChoices({ rules: { 'blame/x': { applied: { A: CHOICES_LIMITS.count, B: 400, C: 1 }, ignored: 10 } } });
    const next = ruleChoices(withApplied(full, 'blame/x', 'A'), 'blame/x');
    expect(next).toEqual({ applied: { A: CHOICES_LIMITS.count / 2 + 1, B: 200 }, ignored: 5 });
    const ignoredFull = parseChoices({ rules: { 'blame/x': { applied: { A: 8 }, ignored: CHOICES_LIMITS.count } } });
    expect(ruleChoices(withIgnored(ignoredFull, 'blame/x'), 'blame/x')).toEqual({ applied: { A: 4 }, ignored: CHOICES_LIMITS.count / 2 + 1 });
  });

  it('keeps at most CHOICES_LIMITS.alternativesPerRule alternatives, dropping the least chosen', () => {
    let c = emptyChoices();
    for (let i = 0; i < CHOICES_LIMITS.alternativesPerRule; i++) {
      c = withApplied(c, 'blame/x', `L${i}`);
      if (i !== 5) c = withApplied(c, 'blame/x', `L${i}`);
    }
    c = withApplied(c, 'blame/x', 'new');
    const applied = ruleChoices(c, 'blame/x')?.applied ?? {};
    expect(Object.keys(applied)).toHaveLength(CHOICES_LIMITS.alternativesPerRule);
    expect(applied).not.toHaveProperty('L5');
    expect(applied.new).toBe(1);
  });

  it('keeps at most CHOICES_LIMITS.rules rules, dropping the least used (the oldest among equals)', () => {
    const rules: Record<string, unknown> = {};
    for (let i = 0; i < CHOICES_LIMITS.rules; i++) rules[`blame/r${i}`] = { applied: { A: i === 0 ? 1 : 2 }, ignored: i === 1 ? 0 : 1 };
    const c = parseChoices({ rules });
    // r0 has 1+1 and r1 2+0: equal use, r0 was counted first.
    const next = withIgnored(c, 'demand/new');
    expect(Object.keys(next.rules)).toHaveLength(CHOICES_LIMITS.rules);
    expect(ruleChoices(next, 'blame/r0')).toBeUndefined();
    expect(ruleChoices(next, 'blame/r1')).toBeDefined();
    expect(ruleChoices(next, 'demand/new')).toEqual({ applied: {}, ignored: 1 });
    // Counting a rule already there drops nothing.
    expect(Object.keys(withIgnored(next, 'blame/r1').rules)).toHaveLength(CHOICES_LIMITS.rules);
    expect(ruleChoices(withIgnored(next, 'blame/r1'), 'blame/r2')).toBeDefined();
  });

  it('moves a counted rule last, so eviction among equals takes the least recently counted', () => {
    let c = withIgnored(emptyChoices(), 'blame/a');
    c = withIgnored(c, 'blame/b');
    c = withApplied(c, 'blame/a', 'A');
    expect(Object.keys(c.rules)).toEqual(['blame/b', 'blame/a']);
  });

  it('sums and picks the most chosen (the first among equals)', () => {
    expect(totalApplied(rule({ A: 2, B: 3 }))).toBe(5);
    expect(mostChosen(rule({ A: 2, B: 3, C: 3 }))).toEqual({ key: 'B', count: 3 });
    expect(mostChosen(rule({}, 4))).toBeUndefined();
  });
});

describe('parseChoices', () => {
  it.each([undefined, null, 42, 'x', [], { rules: [] }, { rules: 'x' }, { version: 1 }])('gives nothing for %p', (raw) => {
    expect(plain(parseChoices(raw))).toEqual({ rules: {} });
  });

  it('keeps valid data as it is', () => {
    const raw = { version: CHOICES_VERSION, rules: { 'blame/x': { applied: { A: 3, '#1': 1 }, ignored: 2 } } };
    expect(plain(parseChoices(raw))).toEqual({ rules: raw.rules });
  });

  it('drops invalid rule ids, keys and counts, and empty rules', () => {
    const raw = {
      rules: {
        'blame/x': { applied: { A: 2, B: -1, C: 1.5, D: '3', E: Number.NaN, F: Infinity, '': 4, [`${'x'.repeat(200)}`]: 2, G: 0 }, ignored: 'lots' },
        'sarcasm/x': { applied: { A: 1 }, ignored: 0 },
        'not-a-rule': { applied: { A: 1 } },
        'demand/y': { applied: [1, 2], ignored: 3 },
        'demand/z': { applied: {}, ignored: 0 },
        'demand/w': 'x',
        'contempt/v': null,
      },
    };
    expect(plain(parseChoices(raw))).toEqual({
      rules: { 'blame/x': { applied: { A: 2 }, ignored: 0 }, 'demand/y': { applied: {}, ignored: 3 } },
    });
  });

  it('clamps counts to the cap', () => {
    expect(ruleChoices(parseChoices({ rules: { 'blame/x': { applied: { A: 1e9 }, ignored: 1e12 } } }), 'blame/x')).toEqual({
      applied: { A: CHOICES_LIMITS.count },
      ignored: CHOICES_LIMITS.count,
    });
  });

  it('bounds the number of rules and of alternatives per rule', () => {
    const applied = Object.fromEntries(Array.from({ length: 100 }, (_, i) => [`L${i}`, 1]));
    const rules = Object.fromEntries(Array.from({ length: 1000 }, (_, i) => [`blame/r${i}`, { applied, ignored: 1 }]));
    const c = parseChoices({ rules });
    expect(Object.keys(c.rules)).toHaveLength(CHOICES_LIMITS.rules);
    expect(Object.keys(ruleChoices(c, 'blame/r0')?.applied ?? {})).toHaveLength(CHOICES_LIMITS.alternativesPerRule);
  });

  it('is not fooled by a __proto__ key from JSON', () => {
    const raw: unknown = JSON.parse('{"rules":{"__proto__":{"applied":{"A":1}},"blame/x":{"applied":{"__proto__":2},"ignored":1}}}');
    const c = parseChoices(raw);
    expect(Object.keys(c.rules)).toEqual(['blame/x']);
    expect(Object.keys(ruleChoices(c, 'blame/x')?.applied ?? {})).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>).applied).toBeUndefined();
  });

  it('reads a blob from a newer version for what validates', () => {
    const c = parseChoices({ version: CHOICES_VERSION + 1, rules: { 'blame/x': { applied: { A: 2 }, ignored: 1, lastSeen: 5 } }, extra: true });
    expect(plain(c)).toEqual({ rules: { 'blame/x': { applied: { A: 2 }, ignored: 1 } } });
  });
});

describe('orderAlternatives', () => {
  const alts = [{ label: 'First' }, { label: 'Second' }, {}, { label: 'Fourth' }];

  it('keeps the engine order with no counts', () => {
    expect(orderAlternatives(alts, undefined)).toEqual(alts);
    expect(orderAlternatives(alts, rule({}, 7))).toEqual(alts);
  });

  it('moves the alternatives chosen most first', () => {
    const ordered = orderAlternatives(alts, rule({ Fourth: 5, Second: 3 }));
    expect(ordered).toEqual([{ label: 'Fourth' }, { label: 'Second' }, { label: 'First' }, {}]);
  });

  it('counts an unlabelled alternative by its index', () => {
    expect(orderAlternatives(alts, rule({ '#2': 2 }))[0]).toBe(alts[2]);
  });

  it(`waits for ${MIN_EVIDENCE} applications before moving one`, () => {
    expect(orderAlternatives(alts, rule({ Fourth: MIN_EVIDENCE - 1 }))).toEqual(alts);
    expect(orderAlternatives(alts, rule({ Fourth: MIN_EVIDENCE }))[0]).toBe(alts[3]);
    // Below the bar counts as nothing: 1 does not beat the engine's order.
    expect(orderAlternatives(alts, rule({ Second: 1, Fourth: 2 }))).toEqual([alts[3], alts[0], alts[1], alts[2]]);
  });

  it('is stable: equal counts keep the engine order', () => {
    expect(orderAlternatives(alts, rule({ Fourth: 3, Second: 3 }))).toEqual([alts[1], alts[3], alts[0], alts[2]]);
    expect(orderAlternatives(alts, rule({ First: 2, Second: 2, '#2': 2, Fourth: 2 }))).toEqual(alts);
  });

  it('never drops or duplicates one, and does not change its input', () => {
    const input = [...alts];
    const ordered = orderAlternatives(input, rule({ Fourth: 9, First: 4, Unknown: 50 }));
    expect(ordered).toHaveLength(alts.length);
    expect(new Set(ordered)).toEqual(new Set(alts));
    expect(input).toEqual(alts);
    expect(orderAlternatives([], rule({ A: 3 }))).toEqual([]);
  });

  it('keeps the full suggestion objects', () => {
    const suggestions = [
      { start: 0, end: 4, replacement: 'a', label: 'A' },
      { start: 0, end: 4, replacement: 'b', label: 'B' },
    ];
    expect(orderAlternatives(suggestions, rule({ B: 2 }))).toEqual([suggestions[1], suggestions[0]]);
  });

  it('ignores inherited properties of an ordinary object', () => {
    const labelled = [{ label: 'A' }, { label: 'constructor' }];
    expect(orderAlternatives(labelled, { applied: { A: 1 }, ignored: 0 })).toEqual(labelled);
  });
});

describe('the store', () => {
  it('loads nothing when nothing is stored', async () => {
    const { store } = setup();
    expect(plain(await store.load())).toEqual({ rules: {} });
  });

  it('records under its own key in local, with a version, never the text', async () => {
    const { store, local } = setup();
    await store.recordApplied('blame/your-fault', 'Name the impact');
    await store.recordIgnored('blame/your-fault');
    expect(JSON.parse(JSON.stringify(local.data.get(CHOICES_KEY)))).toEqual({
      version: CHOICES_VERSION,
      rules: { 'blame/your-fault': { applied: { 'Name the impact': 1 }, ignored: 1 } },
    });
    expect([...local.data.keys()]).toEqual([CHOICES_KEY]);
    expect(plain(await store.load())).toEqual({ rules: { 'blame/your-fault': { applied: { 'Name the impact': 1 }, ignored: 1 } } });
  });

  it('serialises concurrent records so none is lost', async () => {
    const { store } = setup();
    await Promise.all([
      ...Array.from({ length: 5 }, () => store.recordApplied('blame/x', 'A')),
      ...Array.from({ length: 3 }, () => store.recordIgnored('blame/x')),
    ]);
    expect(ruleChoices(await store.load(), 'blame/x')).toEqual({ applied: { A: 5 }, ignored: 3 });
  });

  it('writes nothing for an invalid rule id or key', async () => {
    const { store, local } = setup();
    await store.recordApplied('what ever', 'A');
    await store.recordApplied('blame/x', '');
    await store.recordIgnored('');
    expect(local.sets).toBe(0);
  });

  it('drops corrupt data on load and repairs it on the next write', async () => {
    const { store, local } = setup();
    local.data.set(CHOICES_KEY, { version: 1, rules: { 'blame/x': { applied: { A: 'x', B: 2 } }, junk: 5 } });
    expect(plain(await store.load())).toEqual({ rules: { 'blame/x': { applied: { B: 2 }, ignored: 0 } } });
    await store.recordIgnored('blame/x');
    expect(JSON.parse(JSON.stringify(local.data.get(CHOICES_KEY)))).toEqual({
      version: CHOICES_VERSION,
      rules: { 'blame/x': { applied: { B: 2 }, ignored: 1 } },
    });
  });

  it.each(['corrupted', 7, null, [1, 2]])('loads %p as nothing', async (value) => {
    const { store, local } = setup();
    local.data.set(CHOICES_KEY, value);
    expect(plain(await store.load())).toEqual({ rules: {} });
  });

  it('never rejects when storage fails: it warns', async () => {
    const failingGet = setup({ failGet: true });
    expect(plain(await failingGet.store.load())).toEqual({ rules: {} });
    await expect(failingGet.store.recordApplied('blame/x', 'A')).resolves.toBeUndefined();
    expect(failingGet.warnings.join()).toMatch(/read/);
    const failingSet = setup({ failSet: true });
    await expect(failingSet.store.recordIgnored('blame/x')).resolves.toBeUndefined();
    expect(failingSet.warnings.join()).toMatch(/save/);
    // The queue keeps going after a failure.
    failingSet.local.options.failSet = false;
    await failingSet.store.recordIgnored('blame/x');
    expect(ruleChoices(await failingSet.store.load(), 'blame/x')?.ignored).toBe(1);
  });

  it('clears everything', async () => {
    const { store, local } = setup();
    await store.recordApplied('blame/x', 'A');
    await store.clear();
    expect(local.data.has(CHOICES_KEY)).toBe(false);
    expect(plain(await store.load())).toEqual({ rules: {} });
  });

  it('clear waits for a record made before it', async () => {
    const { store } = setup();
    void store.recordApplied('blame/x', 'A');
    await store.clear();
    expect(plain(await store.load())).toEqual({ rules: {} });
  });

  it('clear rejects when storage cannot be written', async () => {
    const { store, local } = setup();
    local.remove = () => Promise.reject(new Error('storage.local is unavailable'));
    await expect(store.clear()).rejects.toThrow(/unavailable/);
  });
});

describe('watch', () => {
  it('calls back with the new counts after a record and a clear', async () => {
    const { store } = setup();
    const seen: unknown[] = [];
    store.watch((c) => seen.push(plain(c)));
    await store.recordApplied('blame/x', 'A');
    await store.clear();
    expect(seen).toEqual([{ rules: { 'blame/x': { applied: { A: 1 }, ignored: 0 } } }, { rules: {} }]);
  });

  it('validates what another context wrote', () => {
    const { store, changes } = setup();
    const cb = vi.fn();
    store.watch(cb);
    changes.emit({ [CHOICES_KEY]: { newValue: { rules: { 'blame/x': { applied: { A: -3 }, ignored: 2 }, nope: {} } } } }, 'local');
    expect(plain(cb.mock.calls[0]?.[0] as Choices)).toEqual({ rules: { 'blame/x': { applied: {}, ignored: 2 } } });
  });

  it('ignores other keys and other areas', () => {
    const { store, changes } = setup();
    const cb = vi.fn();
    store.watch(cb);
    changes.emit({ 'heard.settings': { newValue: {} } }, 'local');
    changes.emit({ [CHOICES_KEY]: { newValue: {} } }, 'sync');
    expect(cb).not.toHaveBeenCalled();
  });

  it('stops after unsubscribe', async () => {
    const { store, changes } = setup();
    const cb = vi.fn();
    const stop = store.watch(cb);
    stop();
    expect(changes.listeners.size).toBe(0);
    await store.recordIgnored('blame/x');
    expect(cb).not.toHaveBeenCalled();
  });

  it('is a no-op without a change source', () => {
    const store = createChoicesStore({ local: new FakeArea({ name: 'local' }) });
    expect(() => store.watch(() => undefined)()).not.toThrow();
  });
});
