import { describe, expect, it } from 'vitest';
import { analyze, applySuggestion, CATEGORIES, splitSentences } from '../../../src/engine';
import type { Analysis, Finding } from '../../../src/engine';

function categories(a: Analysis): string[] {
  return [...new Set(a.findings.map((f) => f.category))].sort();
}

describe('analyze: the contract of PRODUCT.md §2', () => {
  it('gives every finding exact offsets, a slice-equal text, a message, a practice and suggestions', () => {
    const text = "ugh 🙄 it's your fault we're late!!! you never listen to me";
    const { findings } = analyze(text);
    expect(findings.length).toBeGreaterThanOrEqual(3);
    for (const f of findings) {
      expect(f.text).toBe(text.slice(f.start, f.end));
      expect(f.message).toMatch(/\w.*\.$/);
      expect(f.practice.length).toBeGreaterThan(0);
      expect(CATEGORIES).toContain(f.category);
      expect(f.suggestions.length).toBeGreaterThan(0);
      for (const s of f.suggestions) {
        expect(s.start).toBeGreaterThanOrEqual(0);
        expect(s.end).toBeLessThanOrEqual(text.length);
        expect(s.start).toBeLessThanOrEqual(f.start);
        expect(s.end).toBeGreaterThanOrEqual(f.end);
      }
    }
  });

  it('counts UTF-16 units through emoji, ZWJ sequences, CRLF and combining marks', () => {
    const prefix = '👩‍👩‍👧 café\r\nnaïve 🙂\r\n';
    const text = `${prefix}you never listen`;
    const finding = analyze(text).findings.find((f) => f.category === 'absolutist');
    expect(finding?.start).toBe(prefix.length);
    expect(finding?.text).toBe('you never listen');
  });

  it('is deterministic and keeps ids stable when other sentences change', () => {
    const a = analyze("it's your fault we're late. see you at 7");
    const b = analyze("it's your fault we're late. see you at 7");
    expect(b).toEqual(a);
    const c = analyze("it's your fault we're late. see you at 8 instead, ok?");
    expect(c.findings[0]?.id).toBe(a.findings[0]?.id);
  });

  it('honours categories, sensitivity and ignored phrases', () => {
    const text = 'calm down!!! you never listen';
    expect(categories(analyze(text))).toEqual(['absolutist', 'dismissive', 'nonverbal']);
    expect(categories(analyze(text, { categories: ['dismissive'] }))).toEqual(['dismissive']);
    // gentle = alerts only, balanced = warnings and alerts, strict = hints too.
    expect(categories(analyze(text, { sensitivity: 'gentle' }))).toEqual([]);
    expect(categories(analyze('what is wrong with you, you never listen', { sensitivity: 'gentle' }))).toEqual(['contempt']);
    // A cold one-word reply is a warning, shown by default (PRODUCT.md §1 flags "k.").
    expect(categories(analyze('k.'))).toEqual(['nonverbal']);
    expect(categories(analyze('sure, I guess', { sensitivity: 'strict' }))).toEqual(['passive-aggressive']);
    expect(categories(analyze(text, { ignore: ['YOU NEVER LISTEN'] }))).toEqual(['dismissive', 'nonverbal']);
    const calmButLoud = 'the meeting moved to monday!!!';
    expect(categories(analyze(calmButLoud))).toEqual([]);
    expect(categories(analyze(calmButLoud, { sensitivity: 'strict' }))).toEqual(['nonverbal']);
  });

  it('leaves text in other languages alone', () => {
    expect(analyze('Nunca me escuchas y siempre llegas tarde, es tu culpa que no tengamos dinero').language).toBe('unsupported');
    expect(analyze('Tu ne m’écoutes jamais et c’est toujours de ta faute, je suis fatigué').findings).toEqual([]);
    expect(analyze('你从来不听我说话，总是迟到，这都是你的错').language).toBe('unsupported');
    expect(analyze('k.').language).toBe('en');
  });

  it('gives a tone label from warm to heated', () => {
    expect(analyze('thank you so much for dinner, I love you ❤️').tone.label).toBe('warm');
    expect(analyze('see you at 7').tone.label).toBe('neutral');
    expect(analyze('you never listen').tone.label).toBe('tense');
    expect(analyze('what is wrong with you 🙄').tone.label).toBe('heated');
    for (const t of ['', 'you never listen', 'what is wrong with you 🙄']) {
      const { score } = analyze(t).tone;
      expect(score).toBeGreaterThanOrEqual(-1);
      expect(score).toBeLessThanOrEqual(1);
    }
  });

  it('gives one verdict: the label is read off the score; apologies are not tense, mock praise is never warm', () => {
    const label = (score: number): string => (score <= -0.6 ? 'heated' : score < -0.15 ? 'tense' : score >= 0.3 ? 'warm' : 'neutral');
    const texts = [
      "I'm so sorry, I messed up and I know it hurt you.",
      'Great job breaking the build again, really impressive.',
      'sorry I was late, my fault. thanks for waiting',
      'you never listen',
      'see you at 7',
      'thank you so much for dinner, I love you ❤️',
    ];
    for (const text of texts) {
      for (const sensitivity of ['gentle', 'balanced', 'strict'] as const) {
        const { tone } = analyze(text, { sensitivity });
        expect(tone.label, `${text} (${sensitivity})`).toBe(label(tone.score));
      }
    }
    expect(analyze("I'm so sorry, I messed up and I know it hurt you.").tone.label).toBe('warm');
    const mock = analyze('Great job breaking the build again, really impressive.');
    expect(mock.tone.label).toBe('heated');
    expect(mock.tone.score).toBeLessThan(0);
    // Even with contempt switched off, the praise does not read as warm.
    expect(analyze('Great job breaking the build again, really impressive.', { categories: ['blame'] }).tone.label).not.toBe('warm');
  });

  it("shows the model's finding where a rule named its category in another sentence, so a rewrite never reveals it", () => {
    const text = 'Why you are always late only? Every time same story yaar';
    const { findings } = analyze(text);
    expect(findings.map((f) => f.rule)).toEqual(['absolutist/you-always', 'absolutist/learned']);
    const [rule, model] = findings as [Finding, Finding];
    for (const s of rule.suggestions) {
      const after = analyze(applySuggestion(text, s)).findings;
      expect(after.map((f) => [f.rule, f.text])).toEqual([[model.rule, model.text]]);
    }
  });

  it('does not offer the rewrite that leaves a jab in the place of the one it removed, where another clears it', () => {
    // Leaving out the first sentence moves "ok boomer" to the start, where it reads as the same mockery.
    const text = 'thats rich coming from u. ok boomer you never listen';
    const [mockery] = analyze(text).findings;
    expect(mockery?.rule).toBe('contempt/mockery');
    expect(mockery?.suggestions.length).toBeGreaterThan(0);
    for (const s of mockery?.suggestions ?? []) {
      expect(analyze(applySuggestion(text, s)).findings.some((f) => f.rule === 'contempt/mockery' && f.start === 0)).toBe(false);
    }
  });

  it('notices what is going well', () => {
    const kinds = analyze("I'm sorry I snapped. I felt really stressed, and I appreciate you. What's going on for you?").strengths.map((s) => s.kind);
    expect(kinds).toEqual(expect.arrayContaining(['apology', 'i-statement', 'appreciation', 'curious-question']));
  });
});

describe('context that word lists miss', () => {
  const flags = (text: string): string[] => categories(analyze(text));

  it.each([
    ['quoted speech', 'my sister keeps saying "you never call" and she is right'],
    ['reported speech', 'she tells me to calm down, which I hate'],
    ['a sincere question', 'do you always take the 8:15 bus?'],
    ['negation', "I'm not blaming you, I just want to fix the booking"],
    ['a positive absolute', "you're always welcome here"],
    ['first person', "I never remember my keys, it's my own fault"],
    ['quoted e-mail history', 'Sounds good, see you then.\n> you never listen\n> it is your fault'],
    ['an inline code span', 'the linter says `you never listen` is a bad name, lol'],
    ['a code block', 'see:\n```\nif (you.always) blame(you)\n```\nthoughts?'],
    ['a link', 'read https://example.com/why-you-never-listen when you can'],
    ['acronyms in capitals', 'ETA 15 min, FYI the NYC office is closed ASAP'],
    ['excited capitals', 'OMG CONGRATS!!! SO PROUD OF YOU 🎉'],
    ['a message typed in capitals, signed off in lowercase', 'HEY HUN! IM NOT COMIN 2NITE-TELL EVERY1 IM SORRY, HOPE U HAVE A GOODTIME! CALL U 2MORO.x'],
  ])('does not flag %s', (_what, text) => {
    expect(flags(text)).toEqual([]);
  });

  it.each([
    ['txt-speak', 'u never listen', 'absolutist'],
    ['missing apostrophes', 'its ur fault were late', 'blame'],
    ['shouting', 'WHY DIDNT YOU CALL ME', 'nonverbal'],
    ['an eye-roll emoji', 'sure 🙄', 'contempt'],
  ])('flags %s', (_what, text, category) => {
    expect(flags(text)).toContain(category);
  });
});

describe('sentences', () => {
  const sentences = (text: string): string[] => splitSentences(text).map((s) => text.slice(s.start, s.end));

  it('reads "no." as "number" only before one', () => {
    expect(sentences('see invoice no. 4411 and No. #12. thanks')).toEqual(['see invoice no. 4411 and No. #12.', 'thanks']);
    expect(sentences('no. stop. please.')).toEqual(['no.', 'stop.', 'please.']);
  });
});

describe('shouted one-word beats', () => {
  const rewrites = (text: string): string[][] => analyze(text).findings.map((f) => f.suggestions.map((s) => applySuggestion(text, s)));

  it('are rewritten as the one sentence they are, an order asked', () => {
    const all = rewrites('READ. THE. TICKET.');
    expect(all.length).toBeGreaterThan(0);
    for (const alternatives of all) expect(alternatives[0]).toBe('Could you read the ticket?');
    for (const alternatives of rewrites('EVERY. SINGLE. DEPLOY. You forget the migration.')) {
      expect(alternatives[0]).toBe('Every single deploy. You forget the migration.');
    }
  });

  it('typed a capital at a time, three or more, are asked as one sentence too; a two-word curt reply is not joined', () => {
    const text = "I've asked 4 times. Send. The. Setlist.";
    const all = rewrites(text).flat();
    expect(all).toContain("I've asked 4 times. Could you send the setlist?");
    // No beat left out on its own ("… Send. The."): the run is asked whole or kept whole.
    expect(all.filter((r) => !r.includes('Could you send the setlist?') && !/send\. the\. setlist/i.test(r))).toEqual([]);
    expect(rewrites('Fine. Whatever.').flat()).not.toContain('Fine whatever.');
  });

  it.each(['READ. THE. TICKET.', 'DO. YOUR. JOB.', 'STOP. TEXTING. ME.'])(
    '%s: every rewrite asks for the whole run or keeps its words, never a line spliced between beats',
    (run) => {
      const words: string[] = run.toLowerCase().match(/\p{L}+/gu) ?? [];
      const all = rewrites(run).flat();
      expect(all.length).toBeGreaterThan(0);
      for (const r of all) {
        const asked = /^Could you\b.*\?$/.test(r) && words.every((w) => r.toLowerCase().includes(w));
        // Kept: only the run's own words, in order (a beat may be left out), nothing of a line of its own.
        const left: string[] = r.toLowerCase().match(/\p{L}+/gu) ?? [];
        let at = 0;
        const kept = left.length > 0 && left.every((w) => (at = words.indexOf(w, at) + 1) > 0);
        expect(asked || kept, r).toBe(true);
      }
      expect(all).toContain(run.charAt(0) + run.slice(1, run.indexOf('.')).toLowerCase() + run.slice(run.indexOf('.')));
    },
  );
});
