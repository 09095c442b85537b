// The reading ahead's thread: classifies a first sync's customer messages beside the main
// process's thread, which meanwhile applies the pages (classifying is most of triage's cost, and
// it needs nothing but a message's words and its case's channel). Answers each batch, in order,
// with one classification per message. A batch is two lists of strings, not a list of objects:
// the main thread copies strings into a message far faster.
import { parentPort } from 'node:worker_threads';
import type { Channel } from '../../shared/domain.ts';
import { classifyMessage, readMessage, type Classification } from '../../shared/triage/index.ts';

/** Messages to classify, as the main thread posts them: each one's words and its case's channel. */
export interface ToClassify {
  texts: string[];
  channels: Channel[];
}

parentPort?.on('message', ({ texts, channels }: ToClassify) => {
  const answer: Classification[] = texts.map((text, i) => classifyMessage({ text: readMessage(text), channel: channels[i] as Channel }));
  parentPort?.postMessage(answer);
});
