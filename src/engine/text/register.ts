/**
 * Keeps a suggestion in the writer's register: a lowercase casual text gets a lowercase alternative, txt-speak
 * keeps "u"/"ur", and an alternative at the start of a sentence starts with a capital where the writer uses them.
 */
export interface Register {
  /** The writer does not capitalise sentence starts. */
  lowercase: boolean;
  /** The writer uses "u" / "ur". */
  txtSpeak: boolean;
}

export function detectRegister(sentence: string): Register {
  const letters = sentence.replace(/[^\p{L}]/gu, '');
  const upper = letters.replace(/[^\p{Lu}]/gu, '').length;
  const firstLetter = /\p{L}/u.exec(sentence)?.[0] ?? '';
  return {
    // A sentence without letters ("🙄") says nothing about the writer's capitals: a rewrite starts with one.
    lowercase: (letters.length > 0 && upper === 0) || (firstLetter !== '' && firstLetter === firstLetter.toLowerCase() && upper < letters.length / 2),
    txtSpeak: /(?<![\w'’])(?:u|ur)(?![\w'’])/i.test(sentence),
  };
}

export function fitRegister(replacement: string, register: Register, atSentenceStart: boolean): string {
  let out = replacement;
  if (register.txtSpeak) {
    // "you're" is "ur" in txt-speak ("u're" is nobody's spelling).
    out = out.replace(/\b(Y|y)ou['’]re\b/g, (_, y: string) => (y === 'Y' ? 'Ur' : 'ur'));
    out = out.replace(/\b(Y|y)ou\b/g, (_, y: string) => (y === 'Y' ? 'U' : 'u')).replace(/\b(Y|y)our\b/g, (_, y: string) => (y === 'Y' ? 'Ur' : 'ur'));
  }
  if (out === '') return out;
  const first = out[0] as string;
  const keepsCapital = /^I(?:\b|['’])/.test(out);
  if (atSentenceStart && !register.lowercase) return first.toUpperCase() + out.slice(1);
  if (!keepsCapital) return first.toLowerCase() + out.slice(1);
  return out;
}
