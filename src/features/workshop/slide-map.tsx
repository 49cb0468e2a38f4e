import type { GroupAggregate } from '../../domain/aggregation';
import { groupMapInputs, type GroupMapLayers } from '../../render/group-svg';
import { toMapData } from '../../render/to-map-data';
import { useT } from '../../i18n/use-t';
import { MapDrawing } from '../../ui/charts/model-map';
import { useRoleLabel } from './labels';

// The drawing's own units. The slide scales it to the room it has; SLIDE_SCALE draws labels at
// 13 × 3.7 ≈ 48 units of 1000, so they stay at least 24 px where the map is 500 px high.
const WIDTH = 1500;
const HEIGHT = 1000;
const SLIDE_SCALE = 3.7;

/**
 * The group map for the back of the room, in the same drawing as the pages' map: the five
 * references, every counted answer as a dot (never named), the group's centre and spread, and
 * the role centres that are big enough. Square, with room on the right for long labels.
 */
export function SlideMap({
  group,
  layers,
  summary,
}: {
  group: GroupAggregate;
  layers: GroupMapLayers;
  summary: string;
}) {
  const t = useT();
  const roleLabel = useRoleLabel();
  const inputs = groupMapInputs(
    group,
    {
      participant: () => t('workshop.room.anonymous'),
      anonymous: t('workshop.room.anonymous'),
      centre: t('workshop.room.centre'),
      spread: t('workshop.room.spread'),
      roleCentre: (role, count) => t('workshop.room.roleCentre', { role: roleLabel(role), count }),
    },
    false,
    layers,
  );
  return (
    <MapDrawing
      data={toMapData(inputs)}
      width={WIDTH}
      height={HEIGHT}
      scale={SLIDE_SCALE}
      square
      ticks={false}
      label={summary}
      className="mk-slide-map"
    />
  );
}
