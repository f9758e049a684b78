export * from './demo-people';
