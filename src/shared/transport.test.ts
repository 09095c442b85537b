import { describe, expect, it } from 'vitest';
import { transportOf } from './transport.ts';

describe('which servers a password may go to', () => {
  it('takes https anywhere', () => {
    expect(transportOf('https://atiende.example.org')).toBe('https');
    expect(transportOf('https://203.0.113.7:8443/api')).toBe('https');
  });

  it('takes plain http to this computer', () => {
    for (const url of ['http://127.0.0.1:4010', 'http://127.8.9.1', 'http://localhost:3000', 'http://[::1]:4010', 'http://sandbox.localhost']) {
      expect(transportOf(url)).toBe('loopback');
    }
  });

  it('takes plain http to a private (RFC 1918) address only as a training sandbox', () => {
    for (const url of ['http://192.168.1.20:4010', 'http://10.0.0.5', 'http://172.16.0.1', 'http://172.31.255.254:80']) {
      expect(transportOf(url)).toBe('training');
    }
  });

  it('refuses plain http to a public address or any name, and what is not http at all', () => {
    for (const url of [
      'http://203.0.113.7', 'http://8.8.8.8:4010', 'http://172.32.0.1', 'http://172.15.0.1', 'http://192.169.0.1', 'http://11.0.0.1',
      'http://atiende.example.org', 'http://sandbox.local', 'http://192.168.1.20.nip.io', 'http://[fd00::1]',
      'ftp://127.0.0.1', 'file:///etc/passwd', 'not a url', '',
    ]) {
      expect(transportOf(url), url).toBe('refused');
    }
  });
});
