/**
 * The tone engine as the page sees it: an async call answered by the background, where the engine lives.
 * Analysis and the engine's one-off start-up then happen off the page's main thread, so typing never waits
 * on them and the content script stays small.
 */
import type { GentleMessage, GentleRequest } from '../engine/gentle';
import type { Analysis, AnalyzeOptions } from '../engine/types';
import { isAnalysis, isGentleMessage, type BackgroundRequest } from '../messaging/protocol';

export type AnalyzeFn = (text: string, options: AnalyzeOptions) => Promise<Analysis>;

export interface EngineClient {
  analyze: AnalyzeFn;
  /** "Say it gently": the whole message rewritten, with the writer's picks. */
  gentle(text: string, options: AnalyzeOptions, request: GentleRequest): Promise<GentleMessage>;
  /**
   * Wake the background and have it build the engine now — on focus, and when someone starts typing again.
   * Chrome stops an idle MV3 service worker after 30 s, and starting it again and rebuilding the engine takes
   * longer than the debounce: begun at the first keystroke, it is done by the time the analysis is asked for.
   */
  wake(): void;
}

export function engineClient(send: (message: BackgroundRequest) => Promise<unknown>): EngineClient {
  let waking = false;
  const analyze: AnalyzeFn = async (text, options) => {
    const answer = await send({ type: 'heard:analyze', text, options });
    if (!isAnalysis(answer)) throw new Error('Heard: the background did not answer with an analysis');
    return answer;
  };
  return {
    analyze,
    async gentle(text, options, request) {
      const answer = await send({ type: 'heard:gentle', text, options, request });
      if (!isGentleMessage(answer)) throw new Error('Heard: the background did not answer with a rewrite');
      return answer;
    },
    wake() {
      if (waking) return;
      waking = true;
      const done = (): void => {
        waking = false;
      };
      // A reloading background does not answer: the next wake tries again.
      analyze('you never listen', {}).then(done, done);
    },
  };
}
