import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { afterEach, expect, it } from 'vitest';
import { testKey } from '../../tests/fixtures/cache.ts';
import { tempDir } from '../../tests/fixtures/sandbox.ts';
import { openDatabase } from './db/connection.ts';
import { releaseMemory } from './release-memory.ts';

const dir = tempDir();
afterEach(() => dir.remove());

it('hands back the heap a large pull grew, and the cache reads and writes as before', () => {
  const db = openDatabase(join(dir.path, 'cache.db'), testKey());
  db.exec('CREATE TABLE pages (n INTEGER PRIMARY KEY, body TEXT)');
  const insert = db.prepare('INSERT INTO pages (n, body) VALUES (?, ?)');
  db.transaction(() => {
    for (let n = 0; n < 2_000; n++) insert.run(n, JSON.stringify({ n, text: 'x'.repeat(500) }));
  })();
  // Short-lived objects, as a pull's parsed pages are once applied.
  let parsed = 0;
  for (let round = 0; round < 50; round++) parsed += Array.from({ length: 20_000 }, (_, i) => ({ i, text: `page ${round} ${i}` })).length;
  expect(parsed).toBe(1_000_000);

  const released = releaseMemory(db);

  expect(released.heapAfter).toBeLessThanOrEqual(released.heapBefore);
  expect(db.prepare('SELECT count(*) AS n FROM pages').get()).toEqual({ n: 2_000 });
  insert.run(2_000, 'after');
  expect(db.prepare('SELECT body FROM pages WHERE n = 2000').get()).toEqual({ body: 'after' });
  db.close();
});

it('leaves no `gc` to contexts created afterwards', () => {
  const db = openDatabase(':memory:', null);
  releaseMemory(db);
  releaseMemory(db); // a second large pull uses the same collector
  expect(runInNewContext('typeof gc')).toBe('undefined');
  db.close();
});
