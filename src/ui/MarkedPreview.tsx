/** An alternative's sentence with the change marked (see preview.ts): struck words out, highlighted words in. */
import type { Suggestion } from '../engine/types';
import { previewOf, type PreviewPart } from './preview';

export function MarkedPreview({ text, suggestion }: { text: string; suggestion: Pick<Suggestion, 'start' | 'end' | 'replacement'> }) {
  const preview = previewOf(text, suggestion);
  return (
    <span className="preview">
      {preview.clippedBefore && <span className="ellipsis">…</span>}
      <MarkedParts parts={preview.parts} />
      {preview.clippedAfter && <span className="ellipsis">…</span>}
    </span>
  );
}

/** Unchanged words as text, removed words in <del>, added words in <ins>. */
export function MarkedParts({ parts }: { parts: readonly PreviewPart[] }) {
  return (
    <>
      {parts.map((part, i) =>
        part.kind === 'same' ? part.text : part.kind === 'removed' ? <del key={i}>{part.text}</del> : <ins key={i}>{part.text}</ins>,
      )}
    </>
  );
}
