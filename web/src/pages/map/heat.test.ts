import { describe, expect, it } from 'vitest';
import { heatColor } from './heat.ts';

describe('heat colours', () => {
  it('runs from pale to dark red and clamps', () => {
    expect(heatColor(0)).toBe('rgb(255, 247, 230)');
    expect(heatColor(1)).toBe('rgb(130, 0, 20)');
    expect(heatColor(2)).toBe(heatColor(1));
    expect(heatColor(0.4)).toBe('rgb(255, 169, 64)');
  });
});
