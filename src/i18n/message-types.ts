/** A message tree: nested objects whose leaves are strings. */
export type MessageTree = { [key: string]: string | MessageTree };

/** The same tree with every leaf widened to string, so other locales must match its keys only. */
export type Shape<T> = {
  [K in keyof T]: T[K] extends string ? string : Shape<T[K]>;
};

/** Dot paths to every leaf: "wizard.next", "results.mix.title". */
export type LeafPaths<T> = {
  [K in keyof T & string]: T[K] extends string ? K : `${K}.${LeafPaths<T[K]>}`;
}[keyof T & string];
