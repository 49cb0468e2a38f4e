const DANGEROUS = new Set(['__proto__', 'constructor', 'prototype']);
/** Deeper than any file, link or saved state of ours (a workshop file nests 7 levels). */
export const MAX_DEPTH = 12;

/**
 * Counts the characters and values a decoder visits, so a test can bound the work done on any
 * input (operations, not time) before it is accepted or refused.
 */
export type WorkCounter = { ops: number };

/**
 * True when parsed outside data has keys that could reach an object's prototype when copied, or is
 * nested deeper than any file of ours. Such input is refused rather than cleaned.
 */
export function hasDangerousKeys(value: unknown, counter?: WorkCounter): boolean {
  const stack: { node: unknown; depth: number }[] = [{ node: value, depth: 0 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    if (counter) counter.ops++;
    if (typeof node !== 'object' || node === null) continue;
    if (depth > MAX_DEPTH) return true;
    for (const key of Object.keys(node)) {
      if (DANGEROUS.has(key)) return true;
      stack.push({ node: (node as Record<string, unknown>)[key], depth: depth + 1 });
    }
  }
  return false;
}

export type JsonTextProblem = 'too-large' | 'too-deep' | 'not-json';

/**
 * Checks JSON text before it is parsed: its length first (refused without reading it), then its
 * nesting in one pass over the characters, strings skipped. JSON.parse never sees deep input, so
 * a crafted file cannot hold the page for seconds.
 */
export function checkJsonText(
  text: string,
  maxChars: number,
  maxDepth = MAX_DEPTH,
  counter?: WorkCounter,
): JsonTextProblem | null {
  if (typeof text !== 'string') return 'not-json';
  if (text.length > maxChars) return 'too-large';
  let depth = 0;
  let inString = false;
  let i = 0;
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > maxDepth) break;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  if (counter) counter.ops += Math.min(i + 1, text.length);
  return depth > maxDepth ? 'too-deep' : null;
}

/** checkJsonText, then JSON.parse (a leading byte-order mark allowed). Never throws. */
export function parseJsonText(
  text: string,
  maxChars: number,
  counter?: WorkCounter,
): { ok: true; value: unknown } | { ok: false; reason: JsonTextProblem } {
  const problem = checkJsonText(text, maxChars, MAX_DEPTH, counter);
  if (problem) return { ok: false, reason: problem };
  try {
    const value: unknown = JSON.parse(text.replace(/^\uFEFF/, ''));
    if (counter) counter.ops += text.length;
    return { ok: true, value };
  } catch {
    return { ok: false, reason: 'not-json' };
  }
}
