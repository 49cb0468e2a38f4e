/**
 * The content hash of every catalogue version that has shipped (SHA-256 of the catalogue data as
 * JSON with sorted keys). A test recomputes it, so a change to questions, options, profiles,
 * weights or texts fails until the version is bumped and the new hash recorded here. Never edit
 * a recorded line: results and links made with that version rely on it.
 */
export const CATALOGUE_CONTENT_HASHES: Readonly<Record<string, string>> = {
  '1.0.0': 'bd60dab77fa493bc3c9e21124b52bab2424347b7536209c5622e82abeaec1507',
  '2.0.0': '7910f50457f3fdc9734131fe9d1c6d65ca1e3ba65caef8c45db5532ac765125f',
};
