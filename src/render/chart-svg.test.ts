// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import {
  dimensionChart,
  mapChart,
  mixChart,
  slideSvg,
  standaloneSvg,
  svgSize,
  wrapLines,
} from './chart-svg';
import { REFERENCE_IDS, REFERENCES, type ReferenceId } from '../domain/references';
import { REFERENCE_SHAPES, toMapData } from './to-map-data';
import { toMixData } from './to-mix-data';

const names = Object.fromEntries(REFERENCES.map((r) => [r.id, r.name.nb])) as Record<
  ReferenceId,
  string
>;
const evil = 'Kommune <script>alert("x")</script> & \'Co\' \u0001';
const meta = {
  title: 'Modellkartet',
  subtitle: `${evil} · 4. januar 2025`,
  versions: 'Spørsmål 1.0.0 · Beregning 1',
  method: 'Punktet er det vektede gjennomsnittet av svarenes profiler.',
  description: 'Punktet ligger nærmest Totalt samarbeid.',
};

function parse(svg: string): Document {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
  return doc;
}

const mix = { ingen: 0.1, 'en-dor-inn': 0.2, hybrid: 0.05, totalt: 0.6, 'pac-man': 0.05 };

describe('chart SVG files', () => {
  it('map: parses, has title, legend with every model, escaped user text, size and font', () => {
    const data = toMapData({
      markers: [
        { id: 'me', label: `Dere er her ${evil}`, point: { x: 70, y: 80 }, kind: 'current' },
      ],
      arrows: [{ from: { x: 70, y: 80 }, to: { x: 85, y: 90 }, kind: 'change' }],
    });
    const svg = standaloneSvg(
      mapChart({
        data,
        names,
        axes: { x: 'Samorganisering', y: 'Samlokalisering', xHint: '0–100', yHint: '0–100' },
        legendTitle: 'Tegnforklaring',
        warnedLabel: 'advart mot',
      }),
      meta,
    );
    const doc = parse(svg);
    const root = doc.documentElement;
    expect(root.getAttribute('width')).toBe(String(svgSize(svg).width));
    expect(root.getAttribute('viewBox')).toBe(`0 0 ${svgSize(svg).width} ${svgSize(svg).height}`);
    expect(root.getAttribute('font-family')).toContain('sans-serif');
    expect(doc.querySelector('title')?.textContent).toBe('Modellkartet');
    const legend = doc.querySelector('.legend')!.textContent!;
    expect(legend).toContain('Tegnforklaring');
    for (const id of REFERENCE_IDS) expect(legend).toContain(names[id]);
    expect(legend).toContain('PAC-man (advart mot)');
    const all = root.textContent!;
    expect(all).toContain('Kommune <script>alert("x")</script> & \'Co\'');
    expect(all).toContain('Spørsmål 1.0.0 · Beregning 1');
    expect(all).toContain('vektede gjennomsnittet');
    expect(doc.getElementsByTagName('script')).toHaveLength(0);
    expect(svg).not.toContain('<script');
  });

  it('mix: one bar per model with its share, legend inside', () => {
    const percent = {
      ingen: '10 %',
      'en-dor-inn': '20 %',
      hybrid: '5 %',
      totalt: '60 %',
      'pac-man': '5 %',
    };
    const doc = parse(
      standaloneSvg(
        mixChart({
          rows: toMixData({ mix }),
          names,
          percentLabels: percent,
          legendTitle: 'Tegnforklaring',
          warnedLabel: 'advart mot',
        }),
        meta,
      ),
    );
    const all = doc.documentElement.textContent!;
    for (const id of REFERENCE_IDS) expect(all).toContain(names[id]);
    expect(all).toContain('60 %');
    expect(doc.querySelector('.legend')!.textContent).toContain('Tegnforklaring');
  });

  it('dimensions: a row per dimension, escaped titles', () => {
    const doc = parse(
      standaloneSvg(
        dimensionChart({
          rows: [
            {
              title: 'Skranke & <lokaler>',
              leaning: 'totalt',
              share: 0.7,
              shareLabel: '70 %',
              answeredLabel: '3 av 4',
            },
            {
              title: 'Budsjett',
              leaning: null,
              share: null,
              shareLabel: '',
              answeredLabel: '0 av 2',
            },
          ],
          names,
          shapes: REFERENCE_SHAPES,
          columns: {
            dimension: 'Dimensjon',
            leaning: 'Trekker mot',
            share: 'Styrke',
            answered: 'Besvart',
          },
          noneLabel: 'Ingen svar ennå',
          legendTitle: 'Tegnforklaring',
        }),
        meta,
      ),
    );
    const all = doc.documentElement.textContent!;
    expect(all).toContain('Skranke & <lokaler>');
    expect(all).toContain('Ingen svar ennå');
    expect(all).toContain('3 av 4');
  });

  it('slide: 1920×1080 with title and footer', () => {
    const chart = mixChart({
      rows: toMixData({ mix }),
      names,
      percentLabels: { ingen: '', 'en-dor-inn': '', hybrid: '', totalt: '', 'pac-man': '' },
      legendTitle: 'Tegnforklaring',
      warnedLabel: 'advart mot',
    });
    const svg = slideSvg(chart, meta, 'Modellkart · Spørsmål 1.0.0');
    const doc = parse(svg);
    expect(svgSize(svg)).toEqual({ width: 1920, height: 1080 });
    expect(doc.documentElement.textContent).toContain('Modellkart · Spørsmål 1.0.0');
  });

  it('wraps long text and shortens what does not fit', () => {
    expect(wrapLines('en to tre fire fem seks', 200, 16)).toEqual(['en to tre fire fem', 'seks']);
    const lines = wrapLines('ord '.repeat(100), 100, 16, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]!.endsWith('…')).toBe(true);
  });
});
