import type { ComponentType } from 'react';
import type { SharePayload } from '../domain/share-code';

/**
 * Features never import each other; the app hands one feature's components to another through
 * these props.
 */
export type ChartId = 'map' | 'mix' | 'dimensions' | 'today-desired';

/** Rendered beside a chart (e.g. "Last ned" for that chart). */
export type ChartActionsSlot = ComponentType<{ chart: ChartId }>;

/** Rendered in a page's action area (e.g. report, JSON, share). */
export type PageActionsSlot = ComponentType;

/** A section added below a result; it may offer chart downloads through the slot it is given. */
export type ResultSection = ComponentType<{ ChartActions?: ChartActionsSlot }>;

/** Offered on a received share link: add those answers to one of this browser's workshops. */
export type AddToWorkshopSlot = ComponentType<{ payload: SharePayload }>;
