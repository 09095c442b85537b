// The reading ahead's thread: classifies a first sync's customer messages beside the main
// process's thread, which meanwhile applies the pages (classifying is most of triage's cost, and
// it needs nothing but a message's words and its case's channel). Answers each batch, in order,
// with one classification per message.
import { parentPort } from 'node:worker_threads';
import type { Channel } from '../../shared/domain.ts';
import { classifyMessage, readMessage, type Classification } from '../../shared/triage/index.ts';

/** A message to classify, as the main thread posts it. */
export interface ToClassify {
  text: string;
  channel: Channel;
}

parentPort?.on('message', (batch: readonly ToClassify[]) => {
  const answer: Classification[] = batch.map((m) => classifyMessage({ text: readMessage(m.text), channel: m.channel }));
  parentPort?.postMessage(answer);
});
