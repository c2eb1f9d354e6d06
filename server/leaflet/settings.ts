/**
 * An organisation's leaflet settings: the name of its checking group and the print
 * size. Stored in `app_state` under `leaflet-settings` as JSON, so each installation
 * (one organisation) sets its own; missing or broken values fall back to the defaults.
 *
 * @module
 */
import type {Db} from '../db/schema.js';
import {parseRecord} from '../model/json.js';

/** How an organisation's leaflets look and whom they credit. */
export interface LeafletSettings {
  /** The checking group named in the "Checked by" credit (default "Can you understand it?"). */
  readonly groupName: string;
  /** Body text size in points (default 16, never under 14). */
  readonly fontSizePt: number;
}

/** The defaults. */
export const defaultLeafletSettings: LeafletSettings = {groupName: 'Can you understand it?', fontSizePt: 16};

/** The smallest body text a leaflet may have, in points (easy read rules: error below 14). */
export const minimumFontSizePt = 14;

/** The `app_state` key the settings are stored under. */
export const leafletSettingsKey = 'leaflet-settings';

/** Reads the organisation's settings; a font size under 14 pt is raised to 14. */
export async function readLeafletSettings(db: Db): Promise<LeafletSettings> {
  const row = await db.selectFrom('app_state').select('value').where('key', '=', leafletSettingsKey).executeTakeFirst();
  const record = row ? parseRecord(row.value) : {};
  const groupName = typeof record['groupName'] === 'string' && record['groupName'].trim() ? record['groupName'].trim() : defaultLeafletSettings.groupName;
  const size = record['fontSizePt'];
  const fontSizePt = typeof size === 'number' && Number.isFinite(size) ? Math.min(Math.max(size, minimumFontSizePt), 32) : defaultLeafletSettings.fontSizePt;
  return {groupName, fontSizePt};
}
