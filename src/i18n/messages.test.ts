import { describe, expect, it } from 'vitest';
import { en } from './en';
import type { MessageTree } from './message-types';
import { nb } from './nb';
import { nn } from './nn';

function leaves(tree: MessageTree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of leaves(value, path)) out.set(k, v);
  }
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

const reference = leaves(nb as unknown as MessageTree);

describe.each([
  ['nn', nn],
  ['en', en],
])('%s messages', (_name, messages) => {
  const other = leaves(messages as unknown as MessageTree);

  it('has every key that bokmål has, and no others', () => {
    expect([...other.keys()].sort()).toEqual([...reference.keys()].sort());
  });

  it('has no empty message', () => {
    const empty = [...other].filter(([, v]) => v.trim() === '').map(([k]) => k);
    expect(empty).toEqual([]);
  });

  it('uses the same placeholders as bokmål', () => {
    const mismatched = [...reference]
      .filter(
        ([k, v]) => other.has(k) && placeholders(other.get(k)!).join() !== placeholders(v).join(),
      )
      .map(([k]) => k);
    expect(mismatched).toEqual([]);
  });
});

it('bokmål has no empty message', () => {
  expect([...reference].filter(([, v]) => v.trim() === '').map(([k]) => k)).toEqual([]);
});
