// The str value layer in one import: repr, indexing and search, methods, case, formatting.
export * from './str-repr';
export * from './str-index';
export * from './str-methods';
export * from './str-case';
export * from './str-format';
