import type { Assessment } from './assessment-schema';

/**
 * One step from a catalogue version to the next, for answers made with the older one. Steps are
 * append-only and each has a test; the migration mechanism runs them in order, so answers,
 * files and share links made with an old catalogue keep opening, with a note of what changed.
 */
export interface CatalogueStep {
  from: string;
  to: string;
  migrate(assessment: Assessment): {
    assessment: Assessment;
    /** Questions whose answer was dropped or mapped to an option that means less than before. */
    changed: string[];
  };
}
