export * from './types';
export * from './vocabulary';
export * from './parse-template';
export * from './serialize-template';
export * from './lint';
export { SEMVER } from './front-matter';
export * from './version';
export * from './expected-sections';
