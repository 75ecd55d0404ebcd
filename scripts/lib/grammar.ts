/**
 * Grammar problems a rewrite adds, by harper.js (its WebAssembly linter, run in this process). Shared by
 * scripts/check-rewrites.ts and the unit test that holds every rule example's rewrites to it.
 */
import { Dialect, LocalLinter, type Lint } from 'harper.js';
import { binary } from 'harper.js/binary';

/**
 * Lint kinds that are not grammar: spelling (txt-speak, names and slang are the writer's). Harper's style kinds
 * (Style, Readability, Enhancement) count: none fires on the rewrites, and one that did would be worth reading.
 */
export const EXCLUDED_KINDS: ReadonlySet<string> = new Set(['Spelling']);

/** One grammar problem as compared across a rewrite: its kind and the words it is about. */
export interface Problem {
  kind: string;
  text: string;
  message: string;
  /** Where the words start in the linted text. */
  start: number;
}

export interface Grammar {
  /** The message's grammar problems (kinds in EXCLUDED_KINDS left out). */
  problems(text: string): Promise<Problem[]>;
  /** The problems `rewritten` has that `original` does not (see addedProblems). */
  added(original: string, rewritten: string): Promise<Problem[]>;
}

export async function createGrammar(): Promise<Grammar> {
  const linter = new LocalLinter({ binary, dialect: Dialect.American });
  await linter.setup();
  const cache = new Map<string, Problem[]>();
  const problems = async (text: string): Promise<Problem[]> => {
    let found = cache.get(text);
    if (!found) {
      // Not deduplicated: an excluded spelling lint must not hide a grammar one over the same words.
      const lints = await linter.lint(text, { language: 'plaintext', dedup: false });
      found = lints.filter((l) => !EXCLUDED_KINDS.has(l.lint_kind())).map(toProblem);
      cache.set(text, found);
    }
    return found;
  };
  return {
    problems,
    added: async (original, rewritten) => addedProblems(original, await problems(original), rewritten, await problems(rewritten)),
  };
}

function toProblem(lint: Lint): Problem {
  return { kind: lint.lint_kind(), text: lint.get_problem_text(), message: lint.message(), start: lint.span().start };
}

/**
 * Problems of the rewritten text that the original does not have, compared by kind and words (as many times as
 * they occur). The writer's capitalisation is their register, which a rewrite keeps: harper lets a short
 * lowercase message pass and flags the same habit in a longer rewrite, so a sentence started in lowercase where the
 * writer starts one so, or a word written as the writer writes it ("i", "u"), is not a problem the rewrite added.
 * Harper's spans count UTF-16 units, as JavaScript does.
 */
export function addedProblems(original: string, before: readonly Problem[], rewritten: string, after: readonly Problem[]): Problem[] {
  const key = (p: Problem): string => `${p.kind}\u0000${p.text.toLowerCase()}`;
  const startsLowercase = /(?:^|[.!?]\s+)\p{Ll}/u.test(original.trimStart());
  const remaining = new Map<string, number>();
  for (const p of before) remaining.set(key(p), (remaining.get(key(p)) ?? 0) + 1);
  return after.filter((p) => {
    if (p.kind === 'Capitalization' && ((startsLowercase && atSentenceStart(rewritten, p.start)) || writes(original, p.text))) return false;
    // A typo lint is spelling advice on one word ("setlist" → "set list"): on a word the writer typed, in any case,
    // it is their spelling, as excluded as the Spelling kind.
    if (p.kind === 'Typo' && writes(original.toLowerCase(), p.text.toLowerCase())) return false;
    if (isProgressiveBe(p)) return false;
    const left = remaining.get(key(p)) ?? 0;
    remaining.set(key(p), left - 1);
    return left <= 0;
  });
}

/**
 * Harper reads every "be taking" as the archaic noun "betaking" run apart (harper.js 0.x, "Did you mean the closed
 * compound noun …"), in "you might be taking it too hard" as anywhere: "be" with a verb's -ing form is the
 * progressive, which is grammar, not a split word.
 */
function isProgressiveBe(p: Problem): boolean {
  return p.kind === 'WordChoice' && /closed compound/i.test(p.message) && /^be\s+\p{L}+ing$/iu.test(p.text);
}

function atSentenceStart(text: string, index: number): boolean {
  return /(?:^|[.!?…]\s*)[\s"'“‘(]*$/u.test(text.slice(0, index));
}

/** Whether the writer writes this word exactly so; "u" and "ur" are one habit, in whatever case it is typed. */
function writes(text: string, word: string): boolean {
  if (/^ur?$/.test(word)) return /(?<![\p{L}\p{N}'’])ur?(?![\p{L}\p{N}'’])/iu.test(text);
  return new RegExp(`(?<![\\p{L}\\p{N}])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'u').test(text);
}
