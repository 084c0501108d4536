export * from './database-options';
export * from './entities/article.entity';
export * from './migrations';
export * from './repositories/article.repository';
export * from './repositories/version-order';
