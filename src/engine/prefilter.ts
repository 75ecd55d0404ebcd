/**
 * Words and marks without which no rule can fire. A sentence that has none of them skips the rule pass, which
 * is most plain sentences; a test checks that every rule's flagged examples get through.
 */
export const triggerPattern =
  /\b(?:you|u|ur|ya|yu|your|youre|yr|always|never|every|ever|nobody|no\s*one|no-one|none|everyone|everybody|constantly|forever|continually|million|hundred|thousand|billion|zillion|gazillion|calm|relax|chill|cool\s+it|settle|lighten|simmer|overreact\w*|dramatic|sensitive|paranoid|deal|deep|bad|end\s+of|get\s+over|move\s+on|let\s+it\s+go|suck\s+it|toughen|man\s+up|stop|quit|whatever|joke|joking|kidding|teasing|care|doing\s+this|go\s+again|this\s+again|purpose|deliberately|intentionally|admit|pretend|act\s+like|grow\s+up|cry|boo+|get\s+a\s+life|shut|who\s+asked|nobody\s+asked|welcome\s+to|poor|must\s+be|mouth|so{3,}|genius|einstein|sherlock|job|congrat\w*|k+|fine|ok|okay|sure|noted|great|wow|right|yeah|yep|nope|no|nice|perfect|wonderful|lovely|awesome|fantastic|convenient|typical|classic|figures|brilliant|amazing|answer|call|text|come|get|give|hand|send|show|take|fix|delete|do|excuses|dare|from\s+now|want|need|expect|demand|else|fault|problem|on\s+me|blame|look|did|didn|didnt|apologi[sz]\w*|the\s+one|part|mine|me|too|same|talk|talking|per|as\s+i|offen[cs]e|respect|rude|saying|thought|some\s+of\s+us|thanks|thank|love\s+that|hope|glad|finally|myself|without\s+me|someone\s+else|i\s+guess|again|reminder|forward|convenience|thread|sorry|because|bc|cuz|coz|cause|since|thanks\s+to|due\s+to|if|better|made|make|ruined|broke|wrecked|destroyed|embarrassed|humiliated|screwed|messed|mistake|mess|reason|learn|read|research|educate|smoking|knew|shocker|surprise|bent|hell|fuck|screw|damn|stfu|obviously|clearly)\b|[!?]{3}|\?!|!\?|[🙄🤬🖕😡😠😤]|\*\s*(?:rolls?|eye)/giu;

const SHOUTING = /\p{Lu}{2}/u;

export function mayTrigger(sentence: string): boolean {
  triggerPattern.lastIndex = 0;
  return triggerPattern.test(sentence) || SHOUTING.test(sentence);
}
