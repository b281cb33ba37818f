/**
 * Google Picker, the drive.file way to reach a file the add-on did not make: a file the user picks
 * is granted to the add-on for that user (https://developers.google.com/drive/picker/guides/overview).
 * Picker needs the deployment's Google Cloud project number (the app id: the grant goes to that
 * project, which must be the Apps Script project's) and a browser API key; an administrator sets
 * both as script properties (README "Team use"). Without them the sidebar explains the alternative.
 */
import type { PickerConfig } from '../../shared/wire';
import { UserError } from '../spreadsheet';

export const PICKER_PROJECT_PROPERTY = 'SAISAAT_PICKER_PROJECT_NUMBER';
export const PICKER_KEY_PROPERTY = 'SAISAAT_PICKER_API_KEY';

/** The project number and API key when both are set; null otherwise. */
export function pickerSettings(): { appId: string; developerKey: string } | null {
  const props = PropertiesService.getScriptProperties();
  const appId = (props.getProperty(PICKER_PROJECT_PROPERTY) ?? '').trim();
  const developerKey = (props.getProperty(PICKER_KEY_PROPERTY) ?? '').trim();
  return /^\d+$/.test(appId) && developerKey ? { appId, developerKey } : null;
}

/** What the sidebar's Picker needs, with the user's OAuth token (drive.file) for it. */
export function pickerConfig(): PickerConfig {
  const settings = pickerSettings();
  if (!settings)
    throw new UserError({
      th: 'ยังไม่ได้ตั้งค่า Google Picker ในการติดตั้งนี้ (ดู README หัวข้อ "Team use") — ขอให้เจ้าของเอกสารแชร์และกดสร้างเอกสารเอง หรือสร้างชุดของคุณเอง',
      en: 'Google Picker is not set up in this deployment (see "Team use" in the README) — ask the documents\' owner to share and run it, or make your own set',
    });
  return { ...settings, token: ScriptApp.getOAuthToken() };
}
