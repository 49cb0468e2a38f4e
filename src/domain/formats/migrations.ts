/**
 * Every shape Modellkart keeps or hands out, with all its versions, in one place. A format's
 * version is the number of its steps plus one: `FORMAT_STEPS.x[n - 1]` turns version n into n + 1.
 *
 * Append-only: never edit or reorder a step once shipped. A change of shape adds a step with a
 * name, its own test in migrations.test.ts and a frozen fixture of the old version in
 * ./fixtures/ (never edited afterwards). Steps take plain JSON and return new JSON; each format's
 * zod schema checks the result, so a step only reshapes, it never validates.
 *
 * This module stays free of zod and of the catalogue's data: the store reads its version on the
 * start page. Carrying answers from one catalogue version to the next is catalogue-carry.ts.
 */
export type FormatStep = {
  /** Says what the step does, for the test's title and for a maintainer reading the list. */
  readonly name: string;
  readonly up: (data: Readonly<Record<string, unknown>>) => Record<string, unknown>;
};

/** The catalogue every format's answers were made with before they carried its version. */
export const FIRST_CATALOGUE_VERSION = '1.0.0';

export const FORMAT_STEPS = {
  /** The assessment store in localStorage (`modellkart:assessment`). */
  storedAnswers: [
    {
      name: '1 → 2: a desired state (none yet), today as the edited variant, no snapshots',
      up: (state) => ({ ...state, desired: null, editing: 'today', snapshots: [] }),
    },
    {
      name: '2 → 3: the answers say which catalogue they were given with (1.0.0, the only one)',
      up: (state) => ({ ...state, catalogueVersion: FIRST_CATALOGUE_VERSION }),
    },
  ],
  /** The workshop store in localStorage (`modellkart:workshops`). */
  storedWorkshops: [
    {
      name: '1 → 2: every participant says which catalogue they answered with (1.0.0)',
      up: (state) => ({
        ...state,
        workshops: mapArray(state.workshops, (workshop) => ({
          ...workshop,
          participants: mapArray(workshop.participants, (p) => ({
            ...p,
            catalogueVersion: FIRST_CATALOGUE_VERSION,
          })),
        })),
      }),
    },
  ],
  /** The «Last ned svar» JSON file; it has carried its catalogue version from the start. */
  assessmentFile: [],
  /** The workshop JSON file: its participants get the catalogue version the file names. */
  workshopFile: [
    {
      name: '1 → 2: every participant says which catalogue they answered with (the file’s)',
      up: (file) => ({
        ...file,
        version: 2,
        workshop: isRecord(file.workshop)
          ? {
              ...file.workshop,
              participants: mapArray(file.workshop.participants, (p) => ({
                ...p,
                catalogueVersion: file.catalogueVersion,
              })),
            }
          : file.workshop,
      }),
    },
  ],
  /** The payload inside a share code (`v`); the code's first byte is its own format below. */
  sharePayload: [],
  /** The bytes of a share code: the first byte is this version (see share-code.ts). */
  shareCode: [],
  /** The payload of a workshop join link. */
  joinLink: [],
} satisfies Record<string, readonly FormatStep[]>;

export type FormatName = keyof typeof FORMAT_STEPS;

export function currentVersion(format: FormatName): number {
  return FORMAT_STEPS[format].length + 1;
}

export type Migrated =
  { ok: true; data: Record<string, unknown> } | { ok: false; reason: 'newer-version' | 'invalid' };

/** Runs a format's steps from `version` up to its current version. Never throws. */
export function migrateFormat(
  format: FormatName,
  data: unknown,
  version: unknown,
  steps: readonly FormatStep[] = FORMAT_STEPS[format],
): Migrated {
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, reason: 'invalid' };
  }
  if (version > steps.length + 1) return { ok: false, reason: 'newer-version' };
  if (!isRecord(data)) return { ok: false, reason: 'invalid' };
  let current: Record<string, unknown> = data;
  try {
    for (let v = version; v <= steps.length; v++) current = steps[v - 1]!.up(current);
  } catch {
    return { ok: false, reason: 'invalid' };
  }
  return { ok: true, data: current };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Maps the records in what should be an array; anything else is left for the schema to refuse. */
function mapArray(
  value: unknown,
  change: (item: Record<string, unknown>) => Record<string, unknown>,
): unknown {
  return Array.isArray(value) ? value.map((item) => (isRecord(item) ? change(item) : item)) : value;
}
