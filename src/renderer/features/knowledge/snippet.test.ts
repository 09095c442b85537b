import { describe, expect, it } from 'vitest';
import { snippetPieces } from './snippet.ts';

describe('snippetPieces', () => {
  it('splits matched words from the text around them', () => {
    expect(snippetPieces('Conecta \u0002factura\u0003 en tres \u0002ciclos\u0003…')).toEqual([
      { text: 'Conecta ', marked: false },
      { text: 'factura', marked: true },
      { text: ' en tres ', marked: false },
      { text: 'ciclos', marked: true },
      { text: '…', marked: false },
    ]);
  });

  it('keeps hostile markup as plain text', () => {
    const pieces = snippetPieces('<img src=x onerror="window.__pwned=1"> \u0002<script>\u0003');
    expect(pieces).toEqual([
      { text: '<img src=x onerror="window.__pwned=1"> ', marked: false },
      { text: '<script>', marked: true },
    ]);
  });

  it('tolerates stray, repeated and unclosed marks and folds line breaks', () => {
    expect(snippetPieces('a\u0003b')).toEqual([{ text: 'ab', marked: false }]);
    expect(snippetPieces('\u0002\u0002x\u0003\u0003')).toEqual([{ text: 'x', marked: true }]);
    expect(snippetPieces('uno\n\n dos \u0002día')).toEqual([
      { text: 'uno dos ', marked: false },
      { text: 'día', marked: true },
    ]);
    expect(snippetPieces('')).toEqual([]);
  });

  it('drops Markdown marks that read as noise in an excerpt', () => {
    expect(snippetPieces('# Ciclos de \u0002facturación\u0003 Cada **cuenta**')).toEqual([
      { text: 'Ciclos de ', marked: false },
      { text: 'facturación', marked: true },
      { text: ' Cada cuenta', marked: false },
    ]);
    expect(snippetPieces('| Ciclo | Cierre |\n|---|:---:|\n| 1 | \u0002día\u0003 1 |')).toEqual([
      { text: 'Ciclo Cierre 1 ', marked: false },
      { text: 'día', marked: true },
      { text: ' 1', marked: false },
    ]);
    expect(snippetPieces('C#, 1 # 2 y `código`')).toEqual([{ text: 'C#, 1 2 y código', marked: false }]);
  });
});
