// The certificate and key an operator names (--tls-cert/--tls-key), read and tried at start: a
// file that is missing, not PEM, or a key that is not the certificate's stops the node with a
// reason before it listens, rather than with OpenSSL's words at its first connection.
import { readFileSync } from 'node:fs';
import { createSecureContext } from 'node:tls';
import type { Tls } from '../listen.ts';

export function readTls(certFile: string | undefined, keyFile: string | undefined): Tls | undefined {
  if ((certFile === undefined) !== (keyFile === undefined)) throw new Error('--tls-cert and --tls-key go together');
  if (!certFile || !keyFile) return undefined;
  const tls = { cert: readPem('certificate', certFile), key: readPem('key', keyFile) };
  try {
    createSecureContext(tls);
  } catch (error) {
    throw new Error(`The TLS certificate and key could not be used (${(error as Error).message}): give a PEM certificate and its own private key`, { cause: error });
  }
  return tls;
}

function readPem(what: string, file: string): Buffer {
  try {
    return readFileSync(file);
  } catch (error) {
    throw new Error(`The TLS ${what} ${file} could not be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`, { cause: error });
  }
}
