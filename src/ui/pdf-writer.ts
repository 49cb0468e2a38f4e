import type { jsPDF } from 'jspdf';
import { svg2pdf } from 'svg2pdf.js';
import { toWinAnsi } from '../render/pdf-text';

// Loaded only with a PDF export (jspdf is large); A4 in points.
export const PAGE = { width: 595.28, height: 841.89 };
export const MARGIN = 56;
export const WIDTH = PAGE.width - MARGIN * 2;
const BOTTOM = PAGE.height - MARGIN - 16;

/** Writes flowing text, tables and vector charts down A4 pages, breaking pages as needed. */
export class PdfWriter {
  y = MARGIN;
  constructor(readonly doc: jsPDF) {}

  ensure(height: number) {
    if (this.y + height > BOTTOM) this.newPage();
  }

  newPage() {
    this.doc.addPage();
    this.y = MARGIN;
  }

  heading(text: string, size = 16) {
    this.ensure(size * 2.6);
    this.y += size * 0.6;
    this.doc.setFont('helvetica', 'bold').setFontSize(size);
    this.doc.text(toWinAnsi(text), MARGIN, this.y + size);
    this.y += size * 1.7;
  }

  paragraph(
    text: string,
    o: { size?: number; bold?: boolean; indent?: number; gap?: number } = {},
  ) {
    const size = o.size ?? 11;
    const indent = o.indent ?? 0;
    this.doc.setFont('helvetica', o.bold ? 'bold' : 'normal').setFontSize(size);
    const lines = this.doc.splitTextToSize(toWinAnsi(text), WIDTH - indent) as string[];
    const lineHeight = size * 1.35;
    for (const line of lines) {
      this.ensure(lineHeight);
      this.doc.text(line, MARGIN + indent, this.y + size);
      this.y += lineHeight;
    }
    this.y += o.gap ?? size * 0.5;
  }

  /** One table row; each cell cut to its column so nothing runs into the next. */
  row(columns: number[], cells: string[], bold: boolean) {
    this.ensure(18);
    this.doc.setFont('helvetica', bold ? 'bold' : 'normal').setFontSize(10);
    cells.forEach((cell, i) => {
      const max = (columns[i + 1] ?? WIDTH) - columns[i]! - 8;
      const line = (this.doc.splitTextToSize(toWinAnsi(cell), max) as string[])[0] ?? '';
      this.doc.text(line, MARGIN + columns[i]!, this.y + 11);
    });
    this.y += 18;
  }

  async svg(svg: string) {
    const element = parseSvg(svg);
    const drawnHeight = (WIDTH / svgWidth(element)) * svgHeight(element);
    this.ensure(drawnHeight);
    // Scaled to the page width and never split across pages, so no chart is clipped.
    await this.svgAt(svg, MARGIN, this.y, WIDTH);
    this.y += drawnHeight + 12;
  }

  /** Draws an SVG at a place on this page, scaled to `width`; returns the height it takes. */
  async svgAt(svg: string, x: number, y: number, width: number): Promise<number> {
    const element = parseSvg(svg);
    const height = (width / svgWidth(element)) * svgHeight(element);
    this.doc.setFont('helvetica', 'normal');
    await svg2pdf(element, this.doc, { x, y, width, height });
    return height;
  }

  /** Lines of text wrapped to `width` at `size`, without drawing them. */
  lines(text: string, width: number, size: number, bold = false): string[] {
    this.doc.setFont('helvetica', bold ? 'bold' : 'normal').setFontSize(size);
    return this.doc.splitTextToSize(toWinAnsi(text), width) as string[];
  }
}

function parseSvg(svg: string): Element {
  return new DOMParser().parseFromString(toWinAnsi(svg), 'image/svg+xml').documentElement;
}
const svgWidth = (e: Element) => Number(e.getAttribute('width'));
const svgHeight = (e: Element) => Number(e.getAttribute('height'));
