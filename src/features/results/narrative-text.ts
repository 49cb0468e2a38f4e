import type { Catalogue } from '../../domain/catalogue-schema';
import type { Locale } from '../../domain/locales';
import type { NarrativeItem, NarrativeKey } from '../../domain/narrative';
import { referenceById } from '../../domain/references';
import { formatList, formatPercent, inSentence, quotedList } from '../../i18n/format';
import type { MessageKey } from '../../i18n/messages';
import type { MessageVars } from '../../i18n/translate';

type T = (key: MessageKey, vars?: MessageVars) => string;

/** Turns one structured narrative item into text in the user's language. */
export function narrativeText(
  item: NarrativeItem,
  { t, locale, catalogue }: { t: T; locale: Locale; catalogue: Catalogue },
): string {
  const p = item.params;
  const vars: MessageVars = {};
  if (p.model) vars.model = referenceById(p.model).name[locale];
  if (p.second) vars.second = referenceById(p.second).name[locale];
  if (p.share !== undefined) vars.share = formatPercent(locale, p.share);
  if (p.municipality) vars.municipality = p.municipality;
  if (p.dimensions) {
    vars.dimensions = quotedList(
      locale,
      p.dimensions.map((id) => catalogue.dimensions.find((d) => d.id === id)?.title[locale] ?? id),
    );
  }
  if (p.services)
    vars.services = formatList(
      locale,
      p.services.map((s) => inSentence(s[locale])),
    );
  return t(messageKey(item.key), vars);
}

// Typed so that a narrative key without a bokmål message fails to compile.
function messageKey(key: NarrativeKey): MessageKey {
  return `results.narrative.${key}`;
}
