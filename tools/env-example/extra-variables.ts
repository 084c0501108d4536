/**
 * The few variables read outside the config classes (by a library, before a
 * config is loaded): listed here so that .env.example names every variable.
 * env-example.spec.ts checks each is still read where `readBy` says.
 */
export interface ExtraVariable {
  name: string;
  default: string;
  doc: string;
  /** Where it is read (a file under the repository root). */
  readBy: string;
  /** Left commented out in .env.example: setting it changes behaviour (fault tests, a data folder). */
  commented?: boolean;
}

export const EXTRA_VARIABLES: ExtraVariable[] = [
  {
    name: 'LOG_LEVEL',
    default: 'info',
    doc: 'Lowest pino level logged (trace, debug, info, warn, error, fatal).',
    readBy: 'libs/observability/src/logger.ts',
  },
  {
    name: 'NODE_ENV',
    default: 'production',
    doc: 'production in the image; with it crash points (NEWS_FAILPOINTS) are refused.',
    readBy: 'libs/config/src/failpoints.ts',
    commented: true,
  },
  {
    name: 'NEWS_FAILPOINTS',
    default: '',
    doc: 'Crash points for fault tests, e.g. store.before-commit=kill@3 (never in production).',
    readBy: 'libs/config/src/failpoints.ts',
    commented: true,
  },
  {
    name: 'TAGGING_DATA_DIR',
    default: '',
    doc: "Folder with the tagger's data files (gazetteer.json); found next to the code when unset.",
    readBy: 'libs/tagging/src/data-dir.ts',
    commented: true,
  },
];
