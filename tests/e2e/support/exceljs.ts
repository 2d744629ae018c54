/**
 * exceljs is CommonJS, and imported through Playwright's module loader it fails ("module is not
 * linked", deep in its zip dependencies). Required first, it is in Node's module cache, and the
 * project's modules that import it (the site's sheet writer, the importer, the test helpers that
 * fill a sheet) can then be imported as they are.
 */
import { createRequire } from 'node:module';

/** exceljs as CommonJS gives it. */
export function requireExcelJS(): typeof import('exceljs') {
  return createRequire(import.meta.url)('exceljs') as typeof import('exceljs');
}

/** Runs `load` (dynamic imports of modules that import exceljs) once exceljs is loaded. */
export async function afterExcelJS<T>(load: () => Promise<T>): Promise<T> {
  requireExcelJS();
  return load();
}
