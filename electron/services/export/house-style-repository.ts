import type { Database } from '#electron/db/sqlite';
import { nowIso } from '#electron/db/clock';

export interface StoredFile {
  fileName: string;
  mimeType: string;
  data: Uint8Array;
  width: number | null;
  height: number | null;
  stylesXml: string | null;
}

interface FileRow {
  file_name: string;
  mime_type: string;
  data: Buffer;
  width: number | null;
  height: number | null;
  styles_xml: string | null;
}

export type HouseStyleFileKind = 'logo' | 'reference-doc';

export function createHouseStyleRepository(db: Database) {
  const getSettings = db.prepare<[string], { settings: string }>(
    'SELECT settings FROM house_styles WHERE workspace_id = ?',
  );
  const putSettings = db.prepare<[string, string, string]>(`
    INSERT INTO house_styles (workspace_id, settings, updated_at) VALUES (?, ?, ?)
    ON CONFLICT (workspace_id) DO UPDATE SET settings = excluded.settings, updated_at = excluded.updated_at`);
  const getFile = db.prepare<[string, string], FileRow>(
    'SELECT file_name, mime_type, data, width, height, styles_xml FROM house_style_files WHERE workspace_id = ? AND kind = ?',
  );
  const putFile = db.prepare(`
    INSERT INTO house_style_files (workspace_id, kind, file_name, mime_type, data, width, height, styles_xml, updated_at)
    VALUES (@workspaceId, @kind, @fileName, @mimeType, @data, @width, @height, @stylesXml, @updatedAt)
    ON CONFLICT (workspace_id, kind) DO UPDATE SET file_name = excluded.file_name, mime_type = excluded.mime_type,
      data = excluded.data, width = excluded.width, height = excluded.height, styles_xml = excluded.styles_xml,
      updated_at = excluded.updated_at`);
  const deleteFile = db.prepare<[string, string]>('DELETE FROM house_style_files WHERE workspace_id = ? AND kind = ?');
  const deleteSettings = db.prepare<[string]>('DELETE FROM house_styles WHERE workspace_id = ?');
  const deleteFiles = db.prepare<[string]>('DELETE FROM house_style_files WHERE workspace_id = ?');

  return {
    /** The stored JSON, or undefined while the workspace uses the default. */
    settings(workspaceId: string): unknown {
      const row = getSettings.get(workspaceId);
      return row ? (JSON.parse(row.settings) as unknown) : undefined;
    },
    saveSettings(workspaceId: string, settings: object): void {
      putSettings.run(workspaceId, JSON.stringify(settings), nowIso());
    },
    file(workspaceId: string, kind: HouseStyleFileKind): StoredFile | undefined {
      const row = getFile.get(workspaceId, kind);
      return row
        ? {
            fileName: row.file_name,
            mimeType: row.mime_type,
            data: new Uint8Array(row.data),
            width: row.width,
            height: row.height,
            stylesXml: row.styles_xml,
          }
        : undefined;
    },
    saveFile(workspaceId: string, kind: HouseStyleFileKind, file: StoredFile): void {
      putFile.run({
        workspaceId,
        kind,
        fileName: file.fileName,
        mimeType: file.mimeType,
        data: Buffer.from(file.data),
        width: file.width,
        height: file.height,
        stylesXml: file.stylesXml,
        updatedAt: nowIso(),
      });
    },
    deleteFile(workspaceId: string, kind: HouseStyleFileKind): void {
      deleteFile.run(workspaceId, kind);
    },
    reset: db.transaction((workspaceId: string) => {
      deleteSettings.run(workspaceId);
      deleteFiles.run(workspaceId);
    }),
  };
}

export type HouseStyleRepository = ReturnType<typeof createHouseStyleRepository>;
