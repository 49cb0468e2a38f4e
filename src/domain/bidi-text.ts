/**
 * Characters that reorder the text around them: embeddings, overrides and isolates (U+202A–U+202E,
 * U+2066–U+2069) and the invisible direction marks (U+200E, U+200F, U+061C). In a name they can
 * make «exe.gnp» show as «png.exe»; no name in Modellkart needs them.
 */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g;

/** The text without bidirectional control characters, so it shows as it is stored. */
export function neutraliseBidi(text: string): string {
  return text.replace(BIDI_CONTROLS, '');
}
