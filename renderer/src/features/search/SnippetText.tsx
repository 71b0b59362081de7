import type { Snippet } from '#shared/contract';

/** Search snippets arrive as segments: matches become <mark>, never HTML from the server. */
export function SnippetText({ snippet }: { snippet: Snippet }) {
  return (
    <>
      {snippet.map((segment, index) =>
        segment.match ? <mark key={index}>{segment.text}</mark> : <span key={index}>{segment.text}</span>,
      )}
    </>
  );
}
