import { parseAssessmentFile } from '../domain/assessment-file';
import { CATALOGUE } from '../domain/catalogue';
import { parseWorkshopFile } from '../domain/workshop-schema';
import type { OffThreadJob } from './parse-off-thread';

// Reads large files off the page's main thread (see parse-off-thread.ts). One worker for every
// kind of file, so there is one mechanism to keep right.
const parsers: Record<OffThreadJob['kind'], (text: string) => unknown> = {
  'assessment-file': (text) => parseAssessmentFile(text, CATALOGUE),
  'workshop-file': (text) => parseWorkshopFile(text, CATALOGUE),
};

self.onmessage = (event: MessageEvent<OffThreadJob>) => {
  self.postMessage(parsers[event.data.kind](event.data.text));
};
