import { expect, it } from 'vitest';
import { firstPathSegment, isStartPageHash } from './paths';

it('tells the start page from other pages by the location hash', () => {
  for (const hash of ['', '#', '#/', '#/?ref=qr', '#?x']) expect(isStartPageHash(hash)).toBe(true);
  for (const hash of ['#/resultat', '#/kartlegging/1', '#/delt/abc', '#/workshop?x'])
    expect(isStartPageHash(hash)).toBe(false);
});

it('reads the first segment of a route path or hash', () => {
  expect(firstPathSegment('#/resultat?x=1')).toBe('resultat');
  expect(firstPathSegment('/kartlegging/:step')).toBe('kartlegging');
  expect(firstPathSegment('/')).toBe('');
});
