import type { Locale } from '../domain/locales';
import { intlTag } from './format';
import type { MessageTree } from './message-types';
import type { MessageKey } from './messages';

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

/**
 * Base keys of messages with plural forms: 'x.y' when both 'x.y_one' and 'x.y_other' exist. Bokmål,
 * nynorsk and English know only these two cardinal categories.
 */
export type PluralKey = {
  [K in MessageKey]: K extends `${infer Base}_other`
    ? `${Base}_one` extends MessageKey
      ? Base
      : never
    : never;
}[MessageKey];

const pluralRules = new Map<Locale, Intl.PluralRules>();

/** The form of `base` that agrees with `count`: ('workshop.x', 1) → 'workshop.x_one'. */
export function pluralKey(locale: Locale, base: PluralKey, count: number): MessageKey {
  let rules = pluralRules.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(intlTag(locale));
    pluralRules.set(locale, rules);
  }
  return `${base}_${rules.select(count) === 'one' ? 'one' : 'other'}` as MessageKey;
}
