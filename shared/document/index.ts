export * from './nodes';
export * from './schema';
export * from './build';
export * from './walk';
