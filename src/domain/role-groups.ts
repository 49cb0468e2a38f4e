/**
 * Role groups for comparing roles in small workshops: a leadership group of one leader and two
 * politicians can still be compared with the library. The one place that maps the wizard's role
 * options to groups; once the catalogue's role options carry a `group`, read it from there instead.
 */
export const ROLE_GROUPS = ['bibliotek', 'innbyggertorg', 'ledelse-og-politikk'] as const;
export type RoleGroupId = (typeof ROLE_GROUPS)[number];

const GROUP_OF_ROLE: Record<string, RoleGroupId> = {
  bibliotekansatt: 'bibliotek',
  innbyggertorgansatt: 'innbyggertorg',
  leder: 'ledelse-og-politikk',
  politiker: 'ledelse-og-politikk',
};

/** The group a role belongs to; null for «annen rolle», no role or a role we do not know. */
export function roleGroupOf(role: string | null): RoleGroupId | null {
  return role === null ? null : (GROUP_OF_ROLE[role] ?? null);
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
