import { useMemo } from 'react';
import { aggregateGroup, MIN_GROUP_SIZE, type GroupAggregate } from '../../domain/aggregation';
import { CATALOGUE } from '../../domain/catalogue';
import { roleGroupOf } from '../../domain/role-groups';
import type { Participant, RoleView } from '../../domain/workshop-schema';

/** Until the facilitator chooses: the three role groups, from three people up. */
export const DEFAULT_ROLE_VIEW: RoleView = { by: 'group', threshold: MIN_GROUP_SIZE };

/** The role each participant is counted under in this view: their role, or its group. */
export function viewedRole(role: string | null, view: RoleView): string | null {
  return view.by === 'group' ? roleGroupOf(role) : role;
}

/** The group's figures, recomputed only when the participants or the role view change. */
export function useGroup(
  participants: readonly Participant[],
  view: RoleView = DEFAULT_ROLE_VIEW,
): GroupAggregate {
  const { by, threshold } = view;
  return useMemo(
    () =>
      aggregateGroup(
        CATALOGUE,
        participants.map((p) => ({
          id: p.id,
          label: p.name ?? String(p.number),
          role: viewedRole(p.role, { by, threshold }),
          assessment: p.assessment,
          desired: p.desired ?? null,
          hidden: p.hidden,
        })),
        threshold,
      ),
    [participants, by, threshold],
  );
}
