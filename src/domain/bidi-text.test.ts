import { describe, expect, it } from 'vitest';
import { neutraliseBidi } from './bidi-text';

describe('neutraliseBidi', () => {
  it('removes overrides, isolates and marks, and keeps every other letter', () => {
    expect(neutraliseBidi('Kommune \u202Egnp.exe')).toBe('Kommune gnp.exe');
    expect(neutraliseBidi('\u2066a\u2069\u200Eb\u200F\u061C')).toBe('ab');
    expect(neutraliseBidi('Årsmøte på Ås – «test» عربى')).toBe('Årsmøte på Ås – «test» عربى');
  });
});
