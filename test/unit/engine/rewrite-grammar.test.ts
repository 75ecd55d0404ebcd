import { beforeAll, describe, expect, it } from 'vitest';
import { RULES } from '../../../src/engine/rules';
import { createGrammar, type Grammar } from '../../../scripts/lib/grammar';
import { parseExample } from './examples';

// Every rewrite a rule's examples state (rule-examples.test.ts checks the engine makes exactly those) reads as well
// as what the writer wrote: harper finds no grammar problem in it that the original did not have (spelling and the
// writer's own capitalisation aside, see scripts/lib/grammar.ts).
let grammar: Grammar;
beforeAll(async () => {
  grammar = await createGrammar();
}, 30_000);

describe.each(RULES.map((rule) => [rule.id, rule] as const))('rule %s', (_id, rule) => {
  it.each(Object.entries(rule.examples.flagged))('rewrites %s grammatically', async (example, rewrites) => {
    const { text } = parseExample(example);
    const problems = await Promise.all(rewrites.map(async (rewritten) => ({ rewritten, added: await grammar.added(text, rewritten) })));
    expect(problems.filter((p) => p.added.length > 0)).toEqual([]);
  });
});

describe('the grammar check itself', () => {
  it('takes "be" with an -ing form for the progressive it is, and still finds a real slip', async () => {
    expect(await grammar.added("you're taking it too hard", 'I think you might be taking it too hard')).toEqual([]);
    const slip = await grammar.added('they were late', 'they was late');
    expect(slip.length).toBeGreaterThan(0);
  });
});
