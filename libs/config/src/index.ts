import 'reflect-metadata';
export * from './load-config';
export * from './secret.decorator';
export * from './env-transforms';
export * from './sections';
export * from './failpoints';
export * from './cpu-limit';
