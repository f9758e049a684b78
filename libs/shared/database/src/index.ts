export * from './database.module';
export * from './prepare-schema';
export * from './advisory-lock';
export * from './columns';
export * from './pagination';
export * from './transaction';
export * from './like-pattern';
export * from './keyset';
