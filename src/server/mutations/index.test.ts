// The server's table of mutations against the protocol's: one module per mutation, under its name.
import { describe, expect, it } from 'vitest';
import { MUTATION_ARGS } from '../../protocol/mutations/index.ts';
import { SERVER_MUTATIONS } from './index.ts';

describe('SERVER_MUTATIONS', () => {
  it('has a module for every protocol mutation, each under its own name', () => {
    expect(Object.keys(SERVER_MUTATIONS).sort()).toEqual(Object.keys(MUTATION_ARGS).sort());
    for (const [name, mutation] of Object.entries(SERVER_MUTATIONS)) expect(mutation.name).toBe(name);
  });
});
