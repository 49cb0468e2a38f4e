const DANGEROUS = new Set(['__proto__', 'constructor', 'prototype']);
const MAX_DEPTH = 12;

/**
 * True when parsed outside data has keys that could reach an object's prototype when copied, or is
 * nested deeper than any file of ours. Such input is refused rather than cleaned.
 */
export function hasDangerousKeys(value: unknown): boolean {
  const stack: { node: unknown; depth: number }[] = [{ node: value, depth: 0 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    if (typeof node !== 'object' || node === null) continue;
    if (depth > MAX_DEPTH) return true;
    for (const key of Object.keys(node)) {
      if (DANGEROUS.has(key)) return true;
      stack.push({ node: (node as Record<string, unknown>)[key], depth: depth + 1 });
    }
  }
  return false;
}
