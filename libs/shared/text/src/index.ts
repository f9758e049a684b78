export * from './fold-serbian';
export * from './markdown-body';
export * from './require-safe-body';
export * from './excerpt';
