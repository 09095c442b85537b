// The launcher's decisions, without starting anything.
import { describe, expect, it } from 'vitest';
import { openerFor, shouldOpenBrowser } from './browser.mjs';
import { needsBuild } from './build.mjs';
import { downloadFailure } from './electron.mjs';
import { majorOf, pickNode, toolchainNode } from './node24.mjs';

describe('which Node runs the project', () => {
  const toolchain = toolchainNode('/repo', 'linux');
  const running = (version: string) => ({ version, path: '/usr/bin/node' });

  it('is the system Node when it is 24 or later', () => {
    expect(pickNode({ running: running('v24.0.0'), toolchain, exists: () => true })).toEqual({ path: '/usr/bin/node', source: 'system' });
    expect(pickNode({ running: running('v25.2.1'), toolchain, exists: () => false })).toEqual({ path: '/usr/bin/node', source: 'system' });
  });

  it("is tools/node24's for an older system Node, once installed", () => {
    expect(pickNode({ running: running('v20.20.2'), toolchain, exists: (p) => p === toolchain })).toEqual({ path: toolchain, source: 'toolchain' });
    expect(pickNode({ running: running('v22.12.0'), toolchain, exists: () => false })).toBeNull();
  });

  it("finds the toolchain's binary where the npm package node puts it on each system", () => {
    expect(toolchain).toBe('/repo/tools/node24/node_modules/node/bin/node');
    expect(toolchainNode('/repo', 'win32')).toMatch(/node_modules[\\/]node[\\/]bin[\\/]node\.exe$/);
    expect([majorOf('v24.11.0'), majorOf('20.19.0'), majorOf('garbage')]).toEqual([24, 20, 0]);
  });
});

describe('opening the browser', () => {
  const open = (noOpen: boolean, env: Record<string, string>, platform: NodeJS.Platform) => shouldOpenBrowser({ noOpen, env, platform });

  it('opens it on a desktop, and not when asked not to', () => {
    expect(open(false, {}, 'darwin')).toBe(true);
    expect(open(false, {}, 'win32')).toBe(true);
    expect(open(false, { DISPLAY: ':0' }, 'linux')).toBe(true);
    expect(open(false, { WAYLAND_DISPLAY: 'wayland-0' }, 'linux')).toBe(true);
    expect(open(true, { DISPLAY: ':0' }, 'linux')).toBe(false);
    expect(open(false, { DISPLAY: ':0', BROWSER: 'none' }, 'linux')).toBe(false);
  });

  it('leaves a Linux session without a display (ssh, CI) to the printed address', () => {
    expect(open(false, {}, 'linux')).toBe(false);
  });

  it("uses $BROWSER, else the system's opener", () => {
    const url = 'http://127.0.0.1:4000/?token=ab';
    expect(openerFor(url, { env: {}, platform: 'linux' })).toEqual({ command: 'xdg-open', args: [url] });
    expect(openerFor(url, { env: {}, platform: 'darwin' })).toEqual({ command: 'open', args: [url] });
    expect(openerFor(url, { env: {}, platform: 'win32' })).toEqual({ command: 'cmd.exe', args: ['/d', '/s', '/c', `"start "" "${url}""`] });
    expect(openerFor(url, { env: { BROWSER: 'firefox' }, platform: 'linux' })).toEqual({ command: 'firefox', args: [url] });
  });
});

describe("why Electron's binary could not be had", () => {
  const limitMs = 300_000;
  const trace = (first: string) => `${first}\n    at node:internal/deps/undici/undici:14976:13\n    at async downloadArtifact (file:///x/index.js:154:12)`;

  it('says it in plain words, never with the stack trace', () => {
    expect(downloadFailure({ output: trace('TypeError: fetch failed'), timedOut: false, limitMs })).toBe('its download server cannot be reached from this computer');
    expect(downloadFailure({ output: trace('RequestError: getaddrinfo ENOTFOUND github.com'), timedOut: false, limitMs })).toBe('its download server cannot be reached from this computer');
    expect(downloadFailure({ output: '', timedOut: true, limitMs })).toBe('the download did not finish within 5 minutes');
    expect(downloadFailure({ output: trace('HTTPError: Response code 404 (Not Found)'), timedOut: false, limitMs })).toBe('its download server answered HTTP 404');
    expect(downloadFailure({ output: trace('Error: EACCES: permission denied, mkdir'), timedOut: false, limitMs })).toBe('its installer failed: Error: EACCES: permission denied, mkdir');
  });
});

describe('building before the start', () => {
  it('builds a fresh clone, and after any source changed since the build', () => {
    expect(needsBuild([null, 100, 100], 50)).toBe(true);
    expect(needsBuild([100, 90, 100], 95)).toBe(true);
    expect(needsBuild([100, 100, 101], 99)).toBe(false);
  });
});
