/**
 * The answer that says "Vet ikke": it carries no profile and never moves the point. Its own
 * module so code on the start page (the catalogue steps) can use it without loading zod.
 */
export const DONT_KNOW = 'vet-ikke';
