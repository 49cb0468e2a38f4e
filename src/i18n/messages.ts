import type { LeafPaths, Shape } from './message-types';
import type { nb } from './nb';

export type Messages = Shape<typeof nb>;
export type MessageKey = LeafPaths<Messages>;
