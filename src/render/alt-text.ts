import type { ReferenceId } from '../domain/references';
import type { Point } from '../domain/scoring';

/** Translated sentence templates with {placeholders}; the domain itself knows no language. */
export type AltTextTemplates = {
  map: string;
  mapDesired: string;
  mix: string;
  dimensions: string;
  dimensionItem: string;
  dimensionNone: string;
};

function fill(template: string, vars: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) => vars[name] ?? match);
}

const round = (v: number) => String(Math.round(v));

/** "Modellkart med … Indre Østfold ligger på 72 for samorganisering og 81 …, nærmest Totalt samarbeid." */
export function mapAltText(
  templates: AltTextTemplates,
  input: {
    subject: string;
    point: Point;
    model: string;
    desired?: { point: Point; model: string };
  },
): string {
  const today = fill(templates.map, {
    subject: capitalise(input.subject),
    x: round(input.point.x),
    y: round(input.point.y),
    model: input.model,
  });
  if (!input.desired) return today;
  return `${today} ${fill(templates.mapDesired, {
    x: round(input.desired.point.x),
    y: round(input.desired.point.y),
    model: input.desired.model,
  })}`;
}

/** Lists every model with its share, largest first, so the sentence carries the whole chart. */
export function mixAltText(
  templates: AltTextTemplates,
  input: { subject: string; rows: { id: ReferenceId; name: string; percent: string }[] },
): string {
  return fill(templates.mix, {
    subject: input.subject,
    list: input.rows.map((r) => `${r.name} ${r.percent}`).join(', '),
  });
}

export function dimensionsAltText(
  templates: AltTextTemplates,
  input: { subject: string; rows: { dimension: string; model: string | null; percent: string }[] },
): string {
  const list = input.rows
    .map((r) =>
      r.model
        ? `${fill(templates.dimensionItem, { dimension: r.dimension, model: r.model })} (${r.percent})`
        : fill(templates.dimensionNone, { dimension: r.dimension }),
    )
    .join('; ');
  return fill(templates.dimensions, { subject: input.subject, list });
}

function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}
