import * as z from 'zod/mini';
import { LOCALES } from './locales';

export const localeSchema = z.enum(LOCALES);

const text = z.string().check(z.trim(), z.minLength(1));

/** Catalogue text in every supported language: none may be missing or empty. */
export const localizedTextSchema = z.strictObject({ nb: text, nn: text, en: text });
export type LocalizedText = z.infer<typeof localizedTextSchema>;
