// Requests Node's HTTP parser refuses before any handler runs (broken framing, an unknown
// method, a request line or headers over 16 KiB) get the JSON error every other refusal has,
// instead of Node's bare status line, so a client can always read a code.
import { STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';

export type ErrorBodyOf = (status: number, code: string, message: string) => unknown;

/** A `clientError` listener that answers with `bodyOf(status, code, message)` and closes. */
export function answerClientError(bodyOf: ErrorBodyOf) {
  return (error: Error & { code?: string }, socket: Duplex): void => {
    // Mid-response (a pipelined request after an answer) a status line would corrupt the stream.
    if (!socket.writable || ('bytesWritten' in socket && socket.bytesWritten !== 0)) {
      socket.destroy();
      return;
    }
    const [status, code, message] =
      error.code === 'HPE_HEADER_OVERFLOW' ? [431, 'headers_too_large', 'The request line and headers are over 16 KiB']
      : error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? [408, 'request_timeout', 'The request took too long to arrive']
      : [400, 'bad_request', 'The request is not well-formed HTTP'];
    const text = JSON.stringify(bodyOf(status, code, message));
    socket.end(`HTTP/1.1 ${status} ${STATUS_CODES[status] ?? ''}\r\ncontent-type: application/json; charset=utf-8\r\n`
      + `content-length: ${Buffer.byteLength(text)}\r\nconnection: close\r\n\r\n${text}`);
  };
}
