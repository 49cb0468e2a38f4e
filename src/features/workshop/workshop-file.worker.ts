import { parseWorkshopFile } from '../../domain/workshop-schema';

// Reads a large workshop file off the page's main thread (see read-workshop-file.ts).
self.onmessage = (event: MessageEvent<string>) => {
  self.postMessage(parseWorkshopFile(event.data));
};
