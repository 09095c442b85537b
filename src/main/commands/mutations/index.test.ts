// The table is the only way the console reaches a mutation: each protocol mutation has exactly
// one module, built on the protocol's own args schema.
import { describe, expect, it } from 'vitest';
import { MUTATION_ARGS } from '../../../protocol/mutations/index.ts';
import { MUTATIONS } from './index.ts';

describe('the console’s mutation table', () => {
  it('has one module per protocol mutation, on the protocol’s schema', () => {
    expect(Object.keys(MUTATIONS).sort()).toEqual(Object.keys(MUTATION_ARGS).sort());
    for (const [name, module] of Object.entries(MUTATIONS)) expect(module.args, name).toBe(MUTATION_ARGS[name as keyof typeof MUTATION_ARGS]);
  });
});
