// Rule: a street's colour is fixed by its 3-digit number, so neighbouring streets differ and colours never move.
import { describe, expect, it } from 'vitest';
import { streetColor } from './street-palette.ts';

describe('streetColor', () => {
  it('picks by the last three digits of the street code', () => {
    expect(['110101001', '110101002', '110101003', '110101020'].map(streetColor)).toEqual([
      '#4e79a7',
      '#f28e2b',
      '#59a14f',
      '#b6992d',
    ]);
  });

  it('gives the first twenty streets twenty different colours, then starts over', () => {
    const codes = Array.from({ length: 20 }, (_, i) => `110105${String(i + 1).padStart(3, '0')}`);
    expect(new Set(codes.map(streetColor)).size).toBe(20);
    expect(streetColor('110105021')).toBe('#4e79a7');
    expect(streetColor('110105040')).toBe('#b6992d');
  });

  it('depends on the number only, not on the district prefix', () => {
    expect(streetColor('110101007')).toBe('#b07aa1');
    expect(streetColor('310104007')).toBe('#b07aa1');
  });

  it('hashes a code without a usable number, the same way every time', () => {
    expect(streetColor('abc')).toBe('#79706e');
    expect(streetColor('abc')).toBe(streetColor('abc'));
    expect(streetColor('110101000')).toBe(streetColor('110101000'));
    expect(streetColor('110101000')).not.toBe(streetColor('110101001'));
  });
});
