import { InitialSchema1764270000000 } from './1764270000000-initial-schema';
import { StoreVersionsAndTags1764290000000 } from './1764290000000-store-versions-and-tags';

/** Every migration, in order. Listed as classes (not a glob) so ts-jest, the CLI and the built app load the same set. */
export const MIGRATIONS = [InitialSchema1764270000000, StoreVersionsAndTags1764290000000];
