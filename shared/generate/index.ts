export * from './context';
export { generatePlan } from './generate-plan';
export { resolveKey } from './scope';
export * from './health';
export * from './from-register';
export * from './suggest';
export * from './select';
