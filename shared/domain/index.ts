export * from './risk-matrix';
export * from './threat-categories';
export * from './security-phases';
export * from './risk';
export * from './matrix-validation';
export * from './acceptance';
export * from './carver';
export * from './dates';
