import { useCallback } from 'react';
import { CATALOGUE } from '../../domain/catalogue';
import { contextQuestionFor } from '../../domain/catalogue-schema';
import { ROLE_GROUPS, type RoleGroupId } from '../../domain/role-groups';
import type { Participant } from '../../domain/workshop-schema';
import type { MessageKey } from '../../i18n/messages';
import { pluralKey, type MessageVars, type PluralKey } from '../../i18n/translate';
import { useLocale, useLocalized, useT } from '../../i18n/use-t';
import './live-messages';

/** The roles of the wizard's respondent-role question, in its order (our own list if it has none). */
const roleQuestion = contextQuestionFor(CATALOGUE, 'respondent-role');
export const ROLE_QUESTION_ID = roleQuestion?.id ?? 'rolle';
const FALLBACK_ROLES = ['leder', 'bibliotekansatt', 'innbyggertorgansatt', 'politiker', 'annen'];
export const ROLES: readonly string[] = roleQuestion?.options.map((o) => o.id) ?? FALLBACK_ROLES;

export function useParticipantName() {
  const t = useT();
  return useCallback(
    (p: Pick<Participant, 'name' | 'number'>) =>
      p.name ?? t('workshop.participants.numbered', { number: p.number }),
    [t],
  );
}

/** The catalogue's label for a role, so the workshop says what the wizard said. */
export function useRoleLabel() {
  const t = useT();
  const local = useLocalized();
  return useCallback(
    (role: string | null) => {
      if (role === null) return t('workshop.roles.none');
      if ((ROLE_GROUPS as readonly string[]).includes(role)) {
        return t(`live.roles.groups.${role as RoleGroupId}`);
      }
      const option = roleQuestion?.options.find((o) => o.id === role);
      if (option) return local(option.label);
      return FALLBACK_ROLES.includes(role) ? t(`workshop.roles.${role}` as MessageKey) : role;
    },
    [t, local],
  );
}

/** tn('workshop.counts.participants', 1) → «1 deltaker»: the form that agrees with the count. */
export function usePluralT() {
  const t = useT();
  const locale = useLocale();
  return useCallback(
    (base: PluralKey, count: number, vars?: MessageVars) =>
      t(pluralKey(locale, base, count), { count, ...vars }),
    [t, locale],
  );
}
