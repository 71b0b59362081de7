import type { Database } from '#electron/db/sqlite';
import { createSiteRepository, createWorkspaceRepository } from '#electron/db/repositories/workspaces';

/**
 * A fictional mission so that a new user can try the main job at once. Everything here is
 * invented; the workspace is flagged as sample data and the app offers to remove it.
 */
export const SAMPLE_WORKSPACE_ID = 'sample-karavia';

export const SAMPLE_SITES = [
  {
    id: 'sample-site-hq',
    name: 'Head Office Velmar',
    kind: 'office',
    address: '14 Embankment Street, Velmar',
    latitude: 42.6977,
    longitude: 23.3219,
    notes: 'Main office: 46 international and 112 national staff. Guarded 24/7, shared compound with UN agencies.',
  },
  {
    id: 'sample-site-north',
    name: 'Field Office Dravik',
    kind: 'office',
    address: '3 Market Square, Dravik (northern region)',
    latitude: 43.8564,
    longitude: 25.9709,
    notes: 'Monitoring team of 9; 40 km from the contact line. Road access via the M2 only.',
  },
  {
    id: 'sample-site-residence',
    name: 'Staff residence Lakeside',
    kind: 'residence',
    address: 'Lakeside compound, block C, Velmar',
    latitude: 42.6801,
    longitude: 23.3522,
    notes: 'Eight apartments for international staff; designated hibernation site for Velmar.',
  },
  {
    id: 'sample-site-warehouse',
    name: 'Logistics warehouse Ostra',
    kind: 'warehouse',
    address: 'Industrial zone 2, Ostra',
    latitude: 42.1354,
    longitude: 24.7453,
    notes: 'Vehicles, fuel reserve, relocation stock and armoured vehicle pool.',
  },
  {
    id: 'sample-site-hospital',
    name: 'Dravik Regional Hospital',
    kind: 'venue',
    address: '1 Hospital Road, Dravik',
    latitude: 43.8611,
    longitude: 25.9602,
    notes: 'Soft target: the mission supports a trauma-care programme on its premises twice a week.',
  },
] as const;

/** The workspace and its sites; other features' seeders add their records to it. */
export function seedSampleWorkspace(db: Database): void {
  const workspaces = createWorkspaceRepository(db);
  const sites = createSiteRepository(db);
  workspaces.insert(
    {
      name: 'Sample: Mission to Karavia',
      kind: 'mission',
      marking: 'RESTRICTED',
      description:
        'Fictional field mission used as sample data. Karavia is an invented country with a frozen conflict in the north, ' +
        'seasonal flooding, and an election due in spring. Remove this workspace once you have set up your own.',
    },
    { isSample: true, id: SAMPLE_WORKSPACE_ID },
  );
  for (const { id, ...site } of SAMPLE_SITES) sites.insert(SAMPLE_WORKSPACE_ID, site, id);
}
