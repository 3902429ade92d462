export * from './common';
export * from './person';
export * from './documents';
export * from './validation';
