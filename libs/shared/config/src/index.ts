export { z } from 'zod';
export * from './define-config';
export * from './common-variables';
export * from './key-files';
