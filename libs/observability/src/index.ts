export * from './correlation';
export * from './logger';
export * from './nest-logger';
export * from './metrics';
export * from './observability.module';
export * from './graceful-shutdown';
export * from './service-observability';
export * from './health/pipeline-health';
