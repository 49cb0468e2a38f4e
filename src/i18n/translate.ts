import type { MessageTree } from './message-types';

export type MessageVars = Record<string, string | number>;

export function lookup(messages: object, key: string): string | undefined {
  let node: string | MessageTree | undefined = messages as MessageTree;
  for (const part of key.split('.')) {
    if (node === undefined || typeof node === 'string') return undefined;
    node = node[part];
  }
  return typeof node === 'string' ? node : undefined;
}

/** Fills {name} placeholders; unknown placeholders stay visible so they are noticed. */
export function interpolate(template: string, vars: MessageVars = {}): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    name in vars ? String(vars[name]) : match,
  );
}

/** The message for key, or the key itself when its namespace is not loaded (easy to spot). */
export function translate(messages: object, key: string, vars?: MessageVars): string {
  const template = lookup(messages, key);
  return template === undefined ? key : interpolate(template, vars);
}
