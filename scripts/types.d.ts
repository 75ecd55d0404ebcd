/** write-good ships no types; only the call the bench makes. */
declare module 'write-good' {
  interface WriteGoodSuggestion {
    index: number;
    offset: number;
    reason: string;
  }
  export default function writeGood(text: string, options?: Record<string, boolean>): WriteGoodSuggestion[];
}
