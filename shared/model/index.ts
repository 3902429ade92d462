export * from './common';
export * from './person';
export * from './documents';
export * from './validation';
export * from './meeting';
export * from './feedback';
export * from './recognition';
export * from './question-bank';
