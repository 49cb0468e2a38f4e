import { useMemo } from 'react';
import { aggregateGroup, type GroupAggregate } from '../../domain/aggregation';
import { CATALOGUE } from '../../domain/catalogue';
import type { Participant } from '../../domain/workshop-schema';

/** The group's figures, recomputed only when the participants change. */
export function useGroup(participants: readonly Participant[]): GroupAggregate {
  return useMemo(
    () =>
      aggregateGroup(
        CATALOGUE,
        participants.map((p) => ({
          id: p.id,
          label: p.name ?? String(p.number),
          role: p.role,
          assessment: p.assessment,
          desired: p.desired ?? null,
          hidden: p.hidden,
        })),
      ),
    [participants],
  );
}
