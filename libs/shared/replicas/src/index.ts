export * from './replica-events';
export * from './replica-store';
export * from './replica-tables';
export * from './replica-seeder';
