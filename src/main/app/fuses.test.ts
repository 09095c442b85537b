// The fuses electron-builder flips in the packaged binary: a change to electron-builder.yml that
// turns one of them back on fails here instead of shipping.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** The `electronFuses:` block of electron-builder.yml, as `name → value`. */
function fuses(): Record<string, string> {
  const lines = readFileSync(new URL('../../../electron-builder.yml', import.meta.url), 'utf8').split('\n');
  const start = lines.indexOf('electronFuses:');
  const block: Record<string, string> = {};
  for (const line of lines.slice(start + 1)) {
    if (/^\S/.test(line)) break;
    const entry = /^\s+(\w+):\s*(\S+)/.exec(line);
    if (entry) block[entry[1]!] = entry[2]!;
  }
  return block;
}

describe('Electron fuses', () => {
  it('close every door the console does not use', () => {
    expect(fuses()).toEqual({
      runAsNode: 'false',
      enableCookieEncryption: 'true',
      enableNodeOptionsEnvironmentVariable: 'false',
      enableNodeCliInspectArguments: 'false',
      enableEmbeddedAsarIntegrityValidation: 'true',
      onlyLoadAppFromAsar: 'true',
      grantFileProtocolExtraPrivileges: 'false',
    });
  });
});
