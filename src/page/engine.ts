/**
 * The tone engine as the page sees it: an async call answered by the background, where the engine lives.
 * Analysis and the engine's one-off start-up then happen off the page's main thread, so typing never waits
 * on them and the content script stays small.
 */
import type { Analysis, AnalyzeOptions } from '../engine/types';
import { isAnalysis, type BackgroundRequest } from '../messaging/protocol';

export type AnalyzeFn = (text: string, options: AnalyzeOptions) => Promise<Analysis>;

export interface EngineClient {
  analyze: AnalyzeFn;
  /** Ask the background to build the engine now (on first focus), so the first real analysis is quick. */
  warm(): void;
}

export function engineClient(send: (message: BackgroundRequest) => Promise<unknown>): EngineClient {
  let warmed = false;
  const analyze: AnalyzeFn = async (text, options) => {
    const answer = await send({ type: 'heard:analyze', text, options });
    if (!isAnalysis(answer)) throw new Error('Heard: the background did not answer with an analysis');
    return answer;
  };
  return {
    analyze,
    warm() {
      if (warmed) return;
      warmed = true;
      analyze('you never listen', {}).catch(() => {
        warmed = false; // The background was reloading; the next focus tries again.
      });
    },
  };
}
