export * from './risk-matrix';
export * from './threat-categories';
export * from './security-phases';
