export * from './types';
export * from './xml';
export * from './project-json';
export * from './ninjs';
export * from './newsml-g2';
export * from './feeds';
export * from './text-body';
export * from './content-types';
