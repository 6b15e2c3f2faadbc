export * from './render';
export * from './read';
export * from './workbook';
