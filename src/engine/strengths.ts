import type { Strength } from './types';
import { compilePattern, matchWords } from './text/macros';

interface StrengthPattern {
  kind: string;
  message: string;
  pattern: RegExp;
}

function strength(kind: string, message: string, source: string): StrengthPattern {
  return { kind, message, pattern: compilePattern(source, 'gi') };
}

/** What is going well: the habits that build emotional safety. */
const STRENGTHS: StrengthPattern[] = [
  strength(
    'i-statement',
    'Naming your own feeling invites understanding instead of defence.',
    'i\\s+(?:feel|felt|am\\s+feeling|was\\s+feeling|{apos}m\\s+feeling)\\s+(?:really\\s+|a\\s+(?:bit|little)\\s+|so\\s+|kind\\s+of\\s+)?(?:hurt|sad|worried|anxious|lonely|left\\s+out|overwhelmed|disappointed|frustrated|stressed|scared|upset|confused|unheard|ignored|embarrassed|nervous)|i\\s+was\\s+(?:really\\s+|a\\s+(?:bit|little)\\s+)?(?:hurt|sad|worried|disappointed)\\s+(?:that|when)|{im}\\s+(?:a\\s+(?:bit|little)\\s+|kind\\s+of\\s+|really\\s+)?(?:disappointed|worried|stressed|hurt|sad)\\s+(?:that|about|because|when)',
  ),
  strength(
    'appreciation',
    'Appreciation tells them they are valued.',
    'thank\\s+you\\s+(?:so\\s+much\\s+)?for|thanks\\s+(?:so\\s+much\\s+)?for\\s+(?!nothing|that\\s*[.]?$)|i\\s+(?:really\\s+)?appreciate|grateful|so\\s+proud\\s+of\\s+you|you\\s+(?:absolute\\s+)?legend',
  ),
  strength(
    'apology',
    'Owning your part is the fastest way back to trust.',
    "(?<!sorry\\s+(?:you|u)\\s+)(?:i{apos}m|im|i\\s+am)\\s+(?:so\\s+|really\\s+)?sorry(?!\\s+(?:you|u|if\\s+you)\\s+(?:feel|felt|are|were|re))|(?:that{apos}?s|thats)\\s+on\\s+me|my\\s+bad|i\\s+was\\s+wrong|i\\s+apologi[sz]e|apologies\\s+for",
  ),
  strength(
    'validation',
    'Validating their feeling helps them feel heard.',
    "(?:that|it)\\s+makes\\s+(?:total\\s+|complete\\s+)?sense|(?:it{apos}s|its)\\s+(?:totally\\s+|completely\\s+)?(?:valid|okay|ok|understandable)\\s+to\\s+feel|i\\s+hear\\s+you|you\\s+have\\s+every\\s+right|i\\s+(?:can\\s+)?understand\\s+why|that\\s+sounds\\s+(?:really\\s+)?(?:hard|frustrating|tough|awful|exhausting|stressful)",
  ),
  strength(
    'curious-question',
    'A curious question shows you want to understand.',
    "what{apos}?s\\s+(?:going\\s+on|wrong|up\\s+with\\s+you)|how\\s+are\\s+you\\s+(?:feeling|doing)|what\\s+do\\s+you\\s+think|can\\s+we\\s+talk|everything\\s+ok(?:ay)?\\s*\\?|how\\s+can\\s+i\\s+help|what\\s+would\\s+help|want\\s+to\\s+(?:talk|vent)",
  ),
];

// Words without which no strength pattern can match; most sentences have none.
const MAYBE_STRENGTH = /feel|felt|was|thank|appreciat|grateful|proud|legend|sorry|on me|my bad|wrong|apolog|sense|valid|okay|ok|understand|hear you|right|sounds|going on|how are|think|talk|help|vent|disappoint|worried|stressed|hurt|sad/i;

export function findStrengths(text: string, masked: string): Strength[] {
  if (!MAYBE_STRENGTH.test(masked)) return [];
  const found: Strength[] = [];
  for (const s of STRENGTHS) {
    for (const m of matchWords(s.pattern, masked)) {
      found.push({ kind: s.kind, start: m.index, end: m.index + m[0].length, text: text.slice(m.index, m.index + m[0].length), message: s.message });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
