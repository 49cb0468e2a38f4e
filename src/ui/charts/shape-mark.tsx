import type { SVGProps } from 'react';
import type { MapShape } from '../../render/to-map-data';

type Props = { shape: MapShape; x: number; y: number; size: number } & Omit<
  SVGProps<SVGPathElement>,
  'x' | 'y'
>;

/** The SVG path of a shape centred on (x, y); size is about the shape's width. */
export function shapePath(shape: MapShape, x: number, y: number, size: number): string {
  const r = size / 2;
  switch (shape) {
    case 'circle':
      return `M${x - r},${y}a${r},${r} 0 1,0 ${size},0a${r},${r} 0 1,0 ${-size},0Z`;
    case 'square': {
      const s = r * 0.9;
      return `M${x - s},${y - s}h${2 * s}v${2 * s}h${-2 * s}Z`;
    }
    case 'triangle': {
      const h = r * 1.1;
      return `M${x},${y - h}L${x + h},${y + h * 0.8}L${x - h},${y + h * 0.8}Z`;
    }
    case 'diamond':
      return `M${x},${y - r * 1.2}L${x + r * 1.2},${y}L${x},${y + r * 1.2}L${x - r * 1.2},${y}Z`;
    case 'star': {
      const points: string[] = [];
      for (let i = 0; i < 10; i++) {
        const radius = i % 2 === 0 ? r * 1.3 : r * 0.55;
        const angle = (Math.PI / 5) * i - Math.PI / 2;
        points.push(`${x + radius * Math.cos(angle)},${y + radius * Math.sin(angle)}`);
      }
      return `M${points.join('L')}Z`;
    }
  }
}

export function ShapeMark({ shape, x, y, size, ...rest }: Props) {
  return <path d={shapePath(shape, x, y, size)} {...rest} />;
}

/** A small inline shape for tables and legends, so they match the chart without colour. */
export function ShapeIcon({ shape, color }: { shape: MapShape; color: string }) {
  return (
    <svg className="mk-shape-icon" width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
      <ShapeMark shape={shape} x={8} y={8} size={11} fill={color} stroke="#fff" strokeWidth={1} />
    </svg>
  );
}
