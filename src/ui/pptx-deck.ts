import PptxGenJS from 'pptxgenjs';

/**
 * Slide decks for meetings, loaded only when asked for (pptxgenjs is large). Callers describe
 * slides as data; this turns them into a 16:9 .pptx with real text, images with alt text, and
 * charts as native PowerPoint charts that can be edited there.
 */

export type DeckSlide =
  | { kind: 'title'; title: string; subtitle: string; lines: string[] }
  | {
      kind: 'image';
      title: string;
      /** PNG as a data URL. */
      png: string;
      width: number;
      height: number;
      alt: string;
      note?: string;
    }
  | {
      kind: 'bars';
      title: string;
      series: string;
      categories: string[];
      /** Percentages, 0–100. */
      values: number[];
      colours: string[];
      alt: string;
      note?: string;
    }
  | { kind: 'list'; title: string; lead?: string; items: string[]; numbered?: boolean };

export type Deck = { title: string; author: string; lang: string; footer: string };

const W = 13.333;
const H = 7.5;
const FONT = 'Arial';
const INK = '1A1A1A';
const MUTED = '4D4D4D';

export async function buildDeck(deck: Deck, slides: readonly DeckSlide[]): Promise<Blob> {
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = deck.title;
  pptx.author = deck.author;
  const lang = deck.lang;

  for (const s of slides) {
    const slide = pptx.addSlide();
    const title = (text: string) =>
      slide.addText(text, {
        x: 0.5,
        y: 0.3,
        w: W - 1,
        h: 0.9,
        fontFace: FONT,
        fontSize: 30,
        bold: true,
        color: INK,
        lang,
        fit: 'shrink',
      });
    const footer = () =>
      slide.addText(deck.footer, {
        x: 0.5,
        y: H - 0.5,
        w: W - 1,
        h: 0.35,
        fontFace: FONT,
        fontSize: 11,
        color: MUTED,
        lang,
      });
    const note = (text?: string) => {
      if (!text) return;
      slide.addText(text, {
        x: 0.5,
        y: H - 1.05,
        w: W - 1,
        h: 0.5,
        fontFace: FONT,
        fontSize: 13,
        color: MUTED,
        lang,
      });
    };

    switch (s.kind) {
      case 'title':
        slide.addText(s.title, {
          x: 0.7,
          y: 1.8,
          w: W - 1.4,
          h: 1.6,
          fontFace: FONT,
          fontSize: 40,
          bold: true,
          color: INK,
          lang,
          fit: 'shrink',
        });
        slide.addText(s.subtitle, {
          x: 0.7,
          y: 3.5,
          w: W - 1.4,
          h: 0.8,
          fontFace: FONT,
          fontSize: 22,
          color: INK,
          lang,
        });
        slide.addText(
          s.lines.map((text) => ({ text, options: { breakLine: true } })),
          { x: 0.7, y: 4.5, w: W - 1.4, h: 1.8, fontFace: FONT, fontSize: 16, color: MUTED, lang },
        );
        break;
      case 'image': {
        title(s.title);
        const boxW = W - 1;
        const boxH = H - 2.6;
        const scale = Math.min(boxW / s.width, boxH / s.height);
        const w = s.width * scale;
        const h = s.height * scale;
        slide.addImage({
          data: s.png,
          x: 0.5 + (boxW - w) / 2,
          y: 1.3,
          w,
          h,
          altText: s.alt,
        });
        note(s.note);
        footer();
        break;
      }
      case 'bars': {
        title(s.title);
        // Horizontal bars run bottom-up, so the lists are reversed to read from the top.
        const reversed = <T>(list: readonly T[]) => [...list].reverse();
        slide.addChart(
          pptx.ChartType.bar,
          [{ name: s.series, labels: reversed(s.categories), values: reversed(s.values) }],
          {
            x: 0.5,
            y: 1.3,
            w: W - 1,
            h: H - 2.6,
            barDir: 'bar',
            // One colour per bar, the app's colours; pptxgenjs takes hex without '#'.
            chartColors: reversed(s.colours).map((c) => c.replace('#', '')),
            showValue: true,
            dataLabelFormatCode: '0" %"',
            dataLabelPosition: 'outEnd',
            dataLabelFontSize: 14,
            catAxisLabelFontSize: 16,
            catAxisLabelFontFace: FONT,
            valAxisMaxVal: 100,
            valAxisMinVal: 0,
            valAxisLabelFormatCode: '0" %"',
            showLegend: false,
            altText: s.alt,
          },
        );
        note(s.note);
        footer();
        break;
      }
      case 'list':
        title(s.title);
        if (s.lead) {
          slide.addText(s.lead, {
            x: 0.5,
            y: 1.25,
            w: W - 1,
            h: 0.8,
            fontFace: FONT,
            fontSize: 16,
            color: MUTED,
            lang,
          });
        }
        slide.addText(
          s.items.map((text) => ({
            text,
            options: {
              bullet: s.numbered ? { type: 'number' as const } : true,
              breakLine: true,
              paraSpaceAfter: 10,
            },
          })),
          {
            x: 0.5,
            y: s.lead ? 2.1 : 1.4,
            w: W - 1,
            h: H - (s.lead ? 3.2 : 2.5),
            fontFace: FONT,
            fontSize: 20,
            color: INK,
            valign: 'top',
            lang,
            fit: 'shrink',
          },
        );
        footer();
        break;
    }
  }
  return (await pptx.write({ outputType: 'blob' })) as Blob;
}

/** A PNG blob as a data URL, the form pptxgenjs takes images in. */
export function pngDataUrl(png: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('unreadable image'));
    reader.readAsDataURL(png);
  });
}
