// The class routes' shapes (docs/openapi.yaml, /v1/classes): defined beside the console's class
// operations, which answer them as they come.
export * from '../shared/classes/wire.ts';
