import { CATALOGUE } from './catalogue';
import {
  contextQuestionFor,
  ROLE_GROUPS,
  type Catalogue,
  type RoleGroup,
} from './catalogue-schema';

/**
 * Role groups for comparing roles in small workshops: a leadership group of one leader and two
 * politicians can still be compared with the library. The catalogue's role options name their
 * group; this is where the workshop reads it.
 */
export { ROLE_GROUPS };
export type RoleGroupId = RoleGroup;

/** The group a role belongs to; null for «annen rolle», no role or a role we do not know. */
export function roleGroupOf(
  role: string | null,
  catalogue: Catalogue = CATALOGUE,
): RoleGroupId | null {
  if (role === null) return null;
  const question = contextQuestionFor(catalogue, 'respondent-role');
  return question?.options.find((o) => o.id === role)?.group ?? null;
}

/** No comparison is ever made of fewer than two people, whatever the facilitator sets. */
export const MIN_ROLE_THRESHOLD = 2;

export function clampThreshold(value: number): number {
  return Math.max(
    MIN_ROLE_THRESHOLD,
    Math.round(Number.isFinite(value) ? value : MIN_ROLE_THRESHOLD),
  );
}

/**
 * Which participants' roles may be shown next to their own answers: those who gave their name
 * themselves, and those who share their role with at least `threshold` counted people, so that
 * the role does not point to one person.
 */
export function rolesShownFor<P extends { id: string; role: string | null; named: boolean }>(
  participants: readonly P[],
  threshold: number,
): Set<string> {
  const min = clampThreshold(threshold);
  const counts = new Map<string, number>();
  for (const p of participants) {
    if (p.role !== null) counts.set(p.role, (counts.get(p.role) ?? 0) + 1);
  }
  return new Set(
    participants
      .filter((p) => p.role !== null && (p.named || (counts.get(p.role) ?? 0) >= min))
      .map((p) => p.id),
  );
}
