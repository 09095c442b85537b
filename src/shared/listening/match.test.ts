import { describe, expect, it } from 'vitest';
import { LABELLED_POSTS } from './brand.labelled.ts';
import { DEFAULT_LISTENING } from './document.ts';
import { matchBrand } from './match.ts';

describe('the brand matcher on the labelled posts', () => {
  it('finds the brand with precision and recall of at least 0.9, in the form the post wrote it', () => {
    let truePositives = 0;
    let falsePositives = 0;
    let falseNegatives = 0;
    const misses: string[] = [];
    for (const post of LABELLED_POSTS) {
      const match = matchBrand(post.text, DEFAULT_LISTENING);
      if (post.brand && match?.form === post.form) truePositives += 1;
      else if (post.brand) { falseNegatives += 1; misses.push(`missed: ${post.text} (${match?.form ?? 'nothing'})`); }
      if (!post.brand && match) { falsePositives += 1; misses.push(`wrongly matched: ${post.text} (${match.form})`); }
    }
    const precision = truePositives / (truePositives + falsePositives);
    const recall = truePositives / (truePositives + falseNegatives);
    console.log(`brand matcher on ${LABELLED_POSTS.length} posts: precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}\n${misses.join('\n')}`);
    expect(LABELLED_POSTS.length).toBeGreaterThanOrEqual(100);
    expect(precision).toBeGreaterThanOrEqual(0.9);
    expect(recall).toBeGreaterThanOrEqual(0.9);
  });

  it('says which keyword matched', () => {
    expect(matchBrand('me pasé a konecta', DEFAULT_LISTENING)).toEqual({ keyword: 'Conecta', form: 'konecta' });
    expect(matchBrand('no me conecta el wifi', DEFAULT_LISTENING)).toBeNull();
  });
});
