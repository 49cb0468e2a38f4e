// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { aggregateGroup } from '../domain/aggregation';
import type { Assessment } from '../domain/assessment-schema';
import { CATALOGUE } from '../domain/catalogue';
import { scoredQuestions } from '../domain/catalogue-schema';
import { groupMapSvg } from './group-svg';
import { REFERENCE_IDS, type ReferenceId } from '../domain/references';

function person(i: number): Assessment {
  const answers: Record<string, string> = {};
  scoredQuestions(CATALOGUE).forEach((q, j) => {
    answers[q.id] = q.options[(i + j) % q.options.length]!.id;
  });
  return { answers, comments: {}, context: {} };
}

const group = aggregateGroup(
  CATALOGUE,
  [0, 1, 2, 3].map((i) => ({
    id: `p${i}`,
    label: `Kari <b>${i}</b>`,
    role: 'leder',
    assessment: person(i),
  })),
);

// Two roles of three: two role centres on the map.
const twoRoles = aggregateGroup(
  CATALOGUE,
  [0, 1, 2, 3, 4, 5].map((i) => ({
    id: `p${i}`,
    label: `P${i}`,
    role: i < 3 ? 'leder' : 'politiker',
    assessment: person(i),
  })),
);

const svgOf = (showNames: boolean, kindLabels?: { role: string }, of = group) =>
  groupMapSvg({
    group: of,
    kindLabels,
    showNames,
    names: Object.fromEntries(REFERENCE_IDS.map((id) => [id, `Modell ${id}`])) as Record<
      ReferenceId,
      string
    >,
    labels: {
      participant: (r) => r.label,
      anonymous: 'Deltaker',
      centre: 'Senter',
      spread: 'Spredning',
      roleCentre: (role, count) => `Senter for ${role} (${count})`,
    },
    axes: { x: 'X', y: 'Y', xHint: 'x-hint', yHint: 'y-hint' },
    legendTitle: 'Forklaring',
    warnedLabel: 'advart mot',
    meta: { title: 'Gruppekart', subtitle: 'Møte & <samling>', versions: 'v1', method: 'm' },
  });

describe('groupMapSvg', () => {
  it('is a self-contained SVG with the model names and escaped user text', () => {
    const svg = svgOf(false);
    expect(svg.startsWith('<?xml')).toBe(true);
    for (const id of REFERENCE_IDS) expect(svg).toContain(`Modell ${id}`);
    expect(svg).toContain('Møte &amp; &lt;samling&gt;');
    expect(svg).not.toContain('<samling>');
    expect(svg).toContain('Senter for leder (4)');
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
  });

  it('leaves participant names out unless they are turned on', () => {
    expect(svgOf(false)).not.toContain('Kari');
    const named = svgOf(true);
    expect(named).toContain('Kari &lt;b&gt;0&lt;/b&gt;');
    expect(named).not.toContain('<b>');
  });

  it('names the role centres in the legend as a kind, not after the first role', () => {
    const svg = svgOf(false, { role: 'Senter for en rolle' }, twoRoles);
    const legend = /<g class="legend">([\s\S]*?)<\/g>/.exec(svg)![1]!;
    expect(legend).toContain('Senter for en rolle');
    expect(legend).not.toContain('Senter for leder');
    // Each centre on the map still says which role it is.
    expect(svg).toContain('Senter for leder (3)');
    expect(svg).toContain('Senter for politiker (3)');
  });
});
