export * from './clock.ts';
export * from './errors.ts';
