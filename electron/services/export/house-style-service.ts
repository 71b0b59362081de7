import type { Api } from '#shared/contract';
import { ApiFailure } from '#shared/contract/errors';
import { MAX_UPLOAD_BYTES, type HouseStyleView } from '#shared/contract/export';
import { paragraph, storedDocument } from '#shared/document/build';
import { exportDocx } from '#shared/export/document';
import { DEFAULT_HOUSE_STYLE, houseStyleSchema, parseHouseStyle, type HouseStyle } from '#shared/export/house-style';
import { createWorkspaceRepository } from '#electron/db/repositories/workspaces';
import { notFound } from '#electron/services/errors';
import type { ServiceDeps } from '#electron/services/ports';
import { checkDocxContainer, decodeUpload, readParts } from '#electron/services/import/docx-container';
import { createHouseStyleRepository, type HouseStyleRepository } from './house-style-repository';
import { imageInfo } from './image-info';

type HouseStyleApi = Pick<
  Api,
  | 'houseStyle.get'
  | 'houseStyle.update'
  | 'houseStyle.reset'
  | 'houseStyle.setLogo'
  | 'houseStyle.clearLogo'
  | 'houseStyle.setReferenceDoc'
  | 'houseStyle.clearReferenceDoc'
>;

const MAX_LOGO_BYTES = 2 * 1024 * 1024;
const MAX_LOGO_PIXELS = 8000;

/** The complete house style of a workspace, files included, as the exporter takes it. */
export function loadHouseStyle(repository: HouseStyleRepository, workspaceId: string): HouseStyle {
  const settings = parseHouseStyle({
    ...DEFAULT_HOUSE_STYLE,
    ...(repository.settings(workspaceId) as object | undefined),
  });
  const logo = repository.file(workspaceId, 'logo');
  const reference = repository.file(workspaceId, 'reference-doc');
  return {
    ...settings,
    logo:
      logo && logo.width && logo.height && (logo.mimeType === 'image/png' || logo.mimeType === 'image/jpeg')
        ? {
            mimeType: logo.mimeType,
            data: Buffer.from(logo.data).toString('base64'),
            width: logo.width,
            height: logo.height,
            fileName: logo.fileName,
          }
        : null,
    referenceDoc: reference?.stylesXml ? { fileName: reference.fileName, stylesXml: reference.stylesXml } : null,
  };
}

function toView(style: HouseStyle, isDefault: boolean): HouseStyleView {
  const { logo, referenceDoc, ...settings } = style;
  return {
    ...settings,
    logo: logo
      ? { fileName: logo.fileName, mimeType: logo.mimeType, width: logo.width, height: logo.height, data: logo.data }
      : null,
    referenceDoc: referenceDoc
      ? { fileName: referenceDoc.fileName, styleCount: (referenceDoc.stylesXml.match(/<w:style\b/g) ?? []).length }
      : null,
    isDefault,
  };
}

function invalid(message: string, fileName: string, reason: string): ApiFailure {
  return new ApiFailure('INVALID_INPUT', message, { file: fileName, reason });
}

export function createHouseStyleService({ db, events }: ServiceDeps): HouseStyleApi {
  const repository = createHouseStyleRepository(db);
  const workspaces = createWorkspaceRepository(db);
  const requireWorkspace = (id: string) => {
    if (!workspaces.get(id)) throw notFound('Workspace', id);
  };
  const view = (workspaceId: string) =>
    toView(
      loadHouseStyle(repository, workspaceId),
      repository.settings(workspaceId) === undefined &&
        !repository.file(workspaceId, 'logo') &&
        !repository.file(workspaceId, 'reference-doc'),
    );
  const changed = (workspaceId: string) => {
    events.emit('data.changed', { entity: 'house-style', workspaceId });
    return view(workspaceId);
  };

  return {
    'houseStyle.get': ({ workspaceId }) => {
      requireWorkspace(workspaceId);
      return view(workspaceId);
    },
    'houseStyle.update': ({ workspaceId, settings }) => {
      requireWorkspace(workspaceId);
      const checked = houseStyleSchema.omit({ logo: true, referenceDoc: true }).parse(settings);
      repository.saveSettings(workspaceId, checked);
      return changed(workspaceId);
    },
    'houseStyle.reset': ({ workspaceId }) => {
      requireWorkspace(workspaceId);
      repository.reset(workspaceId);
      return changed(workspaceId);
    },
    'houseStyle.setLogo': ({ workspaceId, fileName, data }) => {
      requireWorkspace(workspaceId);
      const bytes = decodeUpload(data, fileName, MAX_LOGO_BYTES);
      const info = imageInfo(bytes);
      if (!info) {
        throw invalid(
          `"${fileName}" is not a PNG or JPEG image (its content is not an image this app can print).`,
          fileName,
          'not-an-image',
        );
      }
      if (info.width > MAX_LOGO_PIXELS || info.height > MAX_LOGO_PIXELS) {
        throw invalid(
          `"${fileName}" is ${info.width} x ${info.height} pixels; a logo may be at most ${MAX_LOGO_PIXELS} pixels wide or high.`,
          fileName,
          'too-large',
        );
      }
      repository.saveFile(workspaceId, 'logo', {
        fileName,
        mimeType: info.mimeType,
        data: bytes,
        width: info.width,
        height: info.height,
        stylesXml: null,
      });
      return changed(workspaceId);
    },
    'houseStyle.clearLogo': ({ workspaceId }) => {
      requireWorkspace(workspaceId);
      repository.deleteFile(workspaceId, 'logo');
      return changed(workspaceId);
    },
    'houseStyle.setReferenceDoc': async ({ workspaceId, fileName, data }) => {
      requireWorkspace(workspaceId);
      const bytes = decodeUpload(data, fileName, MAX_UPLOAD_BYTES);
      const entries = checkDocxContainer(bytes, fileName);
      if (!entries.some((entry) => entry.name === 'word/styles.xml')) {
        throw invalid(`"${fileName}" has no styles to use (word/styles.xml is missing).`, fileName, 'no-styles');
      }
      const stylesXml = readParts(bytes, ['word/styles.xml'])['word/styles.xml'] ?? '';
      // Prove the styles can be written into a document before any export depends on them.
      try {
        await exportDocx({
          document: storedDocument({ title: 'Check', kind: 'check' }, [paragraph('Check')]),
          style: { ...DEFAULT_HOUSE_STYLE, referenceDoc: { fileName, stylesXml } },
          cover: { title: 'Check', workspace: '', version: '1', date: '', marking: '' },
          estimatePageNumbers: false,
        });
      } catch {
        throw invalid(`The styles of "${fileName}" are damaged and cannot be used.`, fileName, 'bad-styles');
      }
      repository.saveFile(workspaceId, 'reference-doc', {
        fileName,
        mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        data: bytes,
        width: null,
        height: null,
        stylesXml,
      });
      return changed(workspaceId);
    },
    'houseStyle.clearReferenceDoc': ({ workspaceId }) => {
      requireWorkspace(workspaceId);
      repository.deleteFile(workspaceId, 'reference-doc');
      return changed(workspaceId);
    },
  };
}
