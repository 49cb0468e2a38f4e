import { parseWorkshopFile, type WorkshopFileResult } from '../../domain/workshop-schema';
import { parseOffThread } from '../../ui/parse-off-thread';

/** Reads a workshop file; a large one off the main thread (see ui/parse-off-thread.ts). */
export function readWorkshopFile(text: string): Promise<WorkshopFileResult> {
  return parseOffThread('workshop-file', text, (t) => parseWorkshopFile(t), {
    ok: false,
    reason: 'invalid',
  });
}
