export { formatRecord, sameReading, type FormatOptions, type FormatResult } from './format-record.js';
