export * from './a1';
export * from './spec';
export * from './styles';
export * from './template';
export * from './plan-sheet';
export * from './read';
export * from './names';
export * from './find';
