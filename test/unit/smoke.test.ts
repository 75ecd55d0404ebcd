import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/engine';

describe('analyze', () => {
  it('returns the contract shape', () => {
    const result = analyze('hello');
    expect(result.language).toBe('en');
  });
});
