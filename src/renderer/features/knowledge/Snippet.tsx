import { Fragment } from 'react';
import { snippetPieces } from './snippet.ts';

/** A search snippet with its matched words in <mark>, all of it React text. */
export function Snippet({ text }: { text: string }) {
  return (
    <>
      {snippetPieces(text).map((piece, index) =>
        // The pieces of one snippet never reorder: their position is their identity.
        piece.marked ? <mark key={index}>{piece.text}</mark> : <Fragment key={index}>{piece.text}</Fragment>,
      )}
    </>
  );
}
