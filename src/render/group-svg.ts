import type { GroupAggregate, ParticipantResult } from '../domain/aggregation';
import { mapChart, standaloneSvg, type ChartMeta, type MapSvgInput } from './chart-svg';
import {
  toMapData,
  type MapArrowInput,
  type MapMarkerInput,
  type MapRegionInput,
} from './to-map-data';

/** Every text of the group map, translated by the caller (the domain knows no language). */
export type GroupMapLabels = {
  /** A participant's name; used only when `showNames` is on, else every point is `anonymous`. */
  participant: (r: ParticipantResult) => string;
  anonymous: string;
  centre: string;
  spread: string;
  roleCentre: (role: string, count: number) => string;
};

export type GroupMapLayers = { centre: boolean; roles: boolean };

export type GroupMapInputs = {
  markers: MapMarkerInput[];
  regions: MapRegionInput[];
  arrows: MapArrowInput[];
};

/**
 * The points, regions and arrows of the group map, shared by the on-screen chart and the files so
 * both show the same room. Per-role centres come from `group.roles`, which already leaves out
 * roles below MIN_GROUP_SIZE.
 */
export function groupMapInputs(
  group: GroupAggregate,
  labels: GroupMapLabels,
  showNames: boolean,
  layers: GroupMapLayers = { centre: true, roles: true },
): GroupMapInputs {
  const markers: MapMarkerInput[] = group.counted.map((r) => ({
    id: `p-${r.id}`,
    // Names never reach the drawing (or its data table) unless the facilitator asked for them.
    label: showNames ? labels.participant(r) : labels.anonymous,
    point: r.result!.point,
    kind: 'participant',
    showLabel: showNames,
  }));
  const regions: MapRegionInput[] = [];
  if (layers.centre && group.centre) {
    markers.push({ id: 'centre', label: labels.centre, point: group.centre, kind: 'group' });
    if (group.spread) {
      regions.push({
        id: 'spread',
        kind: 'spread',
        label: labels.spread,
        points: group.spread.ellipse,
      });
    }
  }
  if (layers.roles) {
    for (const role of group.roles) {
      markers.push({
        id: `role-${role.role}`,
        label: labels.roleCentre(role.role, role.count),
        point: role.centre,
        kind: 'role',
      });
    }
  }
  const arrows: MapArrowInput[] =
    layers.centre && group.todayDesired
      ? [{ from: group.todayDesired.today, to: group.todayDesired.desired, kind: 'change' }]
      : [];
  return { markers, regions, arrows };
}

export type GroupMapSvgInput = Omit<MapSvgInput, 'data'> & {
  group: GroupAggregate;
  labels: GroupMapLabels;
  showNames: boolean;
  meta: ChartMeta;
};

/**
 * The group map as a self-contained SVG file (a string: no DOM), drawn by the same code as the
 * single-assessment map so downloads, slides and the PDF look alike. All text is XML-escaped by
 * chart-svg.
 */
export function groupMapSvg(input: GroupMapSvgInput): string {
  const data = toMapData(groupMapInputs(input.group, input.labels, input.showNames));
  const chart = mapChart({
    data,
    names: input.names,
    axes: input.axes,
    legendTitle: input.legendTitle,
    warnedLabel: input.warnedLabel,
    kindLabels: input.kindLabels,
  });
  return standaloneSvg(chart, input.meta);
}
