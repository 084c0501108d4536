import { InitialSchema1764270000000 } from './1764270000000-initial-schema';

/** Every migration, in order. Listed as classes (not a glob) so ts-jest, the CLI and the built app load the same set. */
export const MIGRATIONS = [InitialSchema1764270000000];
