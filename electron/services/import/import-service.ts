import type { Api } from '../../../shared/contract';
import { MAX_UPLOAD_BYTES } from '../../../shared/contract/export';
import { decodeUpload } from './docx-container';
import { importDocx } from './docx-import';

type ImportApi = Pick<Api, 'import.docx'>;

/** Word import: returns the document for the caller to save as a plan or template; stores nothing itself. */
export function createImportService(): ImportApi {
  return {
    'import.docx': ({ fileName, data, target }) =>
      importDocx(decodeUpload(data, fileName, MAX_UPLOAD_BYTES), fileName, target),
  };
}
