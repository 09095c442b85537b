import { describe, expect, it } from 'vitest';
import { FRESH_POSTS } from './brand.fresh.ts';
import { LABELLED_POSTS, type LabelledPost } from './brand.labelled.ts';
import { DEFAULT_LISTENING } from './document.ts';
import { matchBrand } from './match.ts';

/** Precision and recall of the matcher on a labelled set, printed with every miss. */
function measure(name: string, posts: readonly LabelledPost[]): { precision: number; recall: number } {
  let truePositives = 0;
  let falsePositives = 0;
  let falseNegatives = 0;
  const misses: string[] = [];
  for (const post of posts) {
    const match = matchBrand(post.text, DEFAULT_LISTENING);
    if (post.brand && match?.form === post.form) truePositives += 1;
    else if (post.brand) { falseNegatives += 1; misses.push(`missed: ${post.text} (${match?.form ?? 'nothing'})`); }
    if (!post.brand && match) { falsePositives += 1; misses.push(`wrongly matched: ${post.text} (${match.form})`); }
  }
  const precision = truePositives / (truePositives + falsePositives);
  const recall = truePositives / (truePositives + falseNegatives);
  console.log(`brand matcher on ${name} (${posts.length} posts): precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}\n${misses.join('\n')}`);
  return { precision, recall };
}

describe('the brand matcher on the labelled posts', () => {
  it('finds the brand with precision and recall of at least 0.9, in the form the post wrote it', () => {
    const { precision, recall } = measure('the first labelled set', LABELLED_POSTS);
    expect(LABELLED_POSTS.length).toBeGreaterThanOrEqual(100);
    expect(precision).toBeGreaterThanOrEqual(0.9);
    expect(recall).toBeGreaterThanOrEqual(0.9);
  });

  it('does as well on a second set written apart from the first', () => {
    const { precision, recall } = measure('the fresh labelled set', FRESH_POSTS);
    expect(FRESH_POSTS.length).toBeGreaterThanOrEqual(60);
    expect(precision).toBeGreaterThanOrEqual(0.9);
    expect(recall).toBeGreaterThanOrEqual(0.9);
  });

  it('says which keyword matched', () => {
    expect(matchBrand('me pasé a konecta', DEFAULT_LISTENING)).toEqual({ keyword: 'Conecta', form: 'konecta' });
    expect(matchBrand('no me conecta el wifi', DEFAULT_LISTENING)).toBeNull();
  });

  it.each(['Conecta caído en Flores', 'conecta sin servicio desde ayer', 'Conecta: sin servicio', 'Conecta, una estafa', 'gracias conecta por nada', 'hola conecta?'])(
    'reads a plain complaint as the brand: %s',
    (text) => {
      expect(matchBrand(text, DEFAULT_LISTENING)?.keyword).toBe('Conecta');
    },
  );

  it.each(['no me conecta', 'se conecta solo', 'conecta con el router', 'lo conecta', 'el puente que conecta dos ciudades'])(
    'reads the verb as the verb: %s',
    (text) => {
      expect(matchBrand(text, DEFAULT_LISTENING)).toBeNull();
    },
  );

  it('never takes an accented, doubled or k-spelt real word for the brand', () => {
    for (const text of ['je me suis connecté hier', 'hagamos una colectá', 'ya konecto el cable']) {
      expect(matchBrand(text, DEFAULT_LISTENING)).toBeNull();
    }
  });

  it('reads a huge post once, and still finds the brand in it', () => {
    // all in capitals, every "conecta" a verb: each one once asked the whole post whether it shouts
    const filler = 'NO ME CONECTA EL WIFI. '.repeat(9_000);
    const text = `${filler}LE ESCRIBO A CONECTA Y NADA`;
    expect(text.length).toBeGreaterThan(200_000);
    expect(matchBrand(text, DEFAULT_LISTENING)).toEqual({ keyword: 'Conecta', form: 'CONECTA' });
  });
});
