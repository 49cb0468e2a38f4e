import type { Answers, Assessment } from '../../domain/assessment-schema';
import { parseAssessmentFile, type AssessmentFileResult } from '../../domain/assessment-file';
import type { Catalogue } from '../../domain/catalogue-schema';
import type { CarriedNote } from '../../domain/formats/catalogue-carry';
import { decodeShareCode, type ShareCodeProblem } from '../../domain/share-code';
import { compileScorer } from '../../domain/aggregation';
import { parseOffThread } from '../../ui/parse-off-thread';
import {
  assessmentFingerprint,
  extractShareCode,
  MAX_PARTICIPANTS,
  type Participant,
  type Workshop,
} from '../../domain/workshop-schema';

export type RejectReason =
  | 'notALink'
  | 'malformed'
  | 'truncated'
  | 'tooLarge'
  | 'newerVersion'
  | 'invalid'
  | 'unknownQuestion'
  | 'notJson'
  | 'wrongType'
  | 'noAnswers'
  | 'duplicate'
  | 'full';

/** Where an entry came from, so feedback can point at it: a pasted line or a file (and line). */
export type EntrySource = { file?: string; line?: number };

export type Checked =
  | {
      source: EntrySource;
      ok: true;
      assessment: Assessment;
      /** The desired answers, when the link or file carried them (for «i dag vs ønsket»). */
      desired?: Answers | null;
      from: Participant['source'];
      /** Set when the answers were made with an older catalogue and carried to this one. */
      note?: CarriedNote | null;
    }
  | {
      source: EntrySource;
      ok: false;
      reason: RejectReason;
      /** The participant with the same answers, named when shown (in the language of the day). */
      duplicateOf?: Pick<Participant, 'name' | 'number'>;
    };

const SHARE_REASONS: Record<ShareCodeProblem, RejectReason> = {
  malformed: 'malformed',
  truncated: 'truncated',
  'too-large': 'tooLarge',
  'newer-version': 'newerVersion',
  invalid: 'invalid',
  'unknown-question': 'unknownQuestion',
};

const FILE_REASONS: Record<string, RejectReason> = {
  'not-json': 'notJson',
  'wrong-type': 'wrongType',
  'newer-version': 'newerVersion',
  invalid: 'invalid',
  'unknown-question': 'unknownQuestion',
  'too-large': 'tooLarge',
};

/** Each non-blank line checked on its own; blank lines are skipped, not rejected. */
export async function checkLines(
  text: string,
  catalogue: Catalogue,
  file?: string,
): Promise<Checked[]> {
  const lines = text.split(/\r?\n/);
  const checked: Checked[] = [];
  for (const [i, raw] of lines.entries()) {
    if (raw.trim() === '') continue;
    const source = { file, line: i + 1 };
    const code = extractShareCode(raw);
    if (!code) {
      checked.push({ source, ok: false, reason: 'notALink' });
      continue;
    }
    const decoded = await decodeShareCode(code, catalogue);
    // A link with answers this question set lacks is refused for a workshop, as before: a
    // participant's answers are counted as given, so none may go missing without a word.
    checked.push(
      decoded.ok && decoded.left.answers === 0
        ? {
            source,
            ok: true,
            assessment: decoded.payload.assessment,
            desired: decoded.payload.desired?.answers ?? null,
            from: file ? 'file' : 'link',
            note: decoded.note,
          }
        : {
            source,
            ok: false,
            reason: decoded.ok ? 'unknownQuestion' : SHARE_REASONS[decoded.reason],
          },
    );
  }
  return checked;
}

/** A JSON answer file from the export feature, or a text file of share links (one per line). */
export async function checkFile(
  name: string,
  text: string,
  catalogue: Catalogue,
): Promise<Checked[]> {
  // A large file is read in the file-parser worker (with today's catalogue, as the app uses).
  const parsed = await parseOffThread<AssessmentFileResult>(
    'assessment-file',
    text,
    (t) => parseAssessmentFile(t, catalogue),
    { ok: false, reason: 'invalid' },
  );
  if (parsed.ok && parsed.left.answers > 0) {
    return [{ source: { file: name }, ok: false, reason: 'unknownQuestion' }];
  }
  if (parsed.ok) {
    return [
      {
        source: { file: name },
        ok: true,
        assessment: parsed.file.assessment,
        desired: parsed.file.desired?.answers ?? null,
        from: 'file',
        note: parsed.note,
      },
    ];
  }
  if (parsed.reason === 'not-json') {
    const lines = await checkLines(text, catalogue, name);
    if (lines.some((l) => l.ok)) return lines;
  }
  return [{ source: { file: name }, ok: false, reason: FILE_REASONS[parsed.reason] ?? 'invalid' }];
}

/**
 * Final checks against the workshop: no answers at all, the same answers twice (already in the
 * workshop or earlier in this batch), and the participant limit.
 */
export function screen(
  checked: readonly Checked[],
  workshop: Workshop,
  catalogue: Catalogue,
): Checked[] {
  const score = compileScorer(catalogue);
  const seen = new Map<string, Pick<Participant, 'name' | 'number'>>();
  for (const p of workshop.participants) {
    seen.set(assessmentFingerprint(p.assessment), { name: p.name, number: p.number });
  }
  let room = MAX_PARTICIPANTS - workshop.participants.length;
  let next = workshop.nextNumber;
  return checked.map((c): Checked => {
    if (!c.ok) return c;
    if (!score(c.assessment.answers)) return { source: c.source, ok: false, reason: 'noAnswers' };
    const fingerprint = assessmentFingerprint(c.assessment);
    const earlier = seen.get(fingerprint);
    if (earlier !== undefined) {
      return { source: c.source, ok: false, reason: 'duplicate', duplicateOf: earlier };
    }
    if (room <= 0) return { source: c.source, ok: false, reason: 'full' };
    room -= 1;
    // Accepted entries get the next numbers in order, so a later copy can name the first.
    seen.set(fingerprint, { name: null, number: next++ });
    return c;
  });
}
