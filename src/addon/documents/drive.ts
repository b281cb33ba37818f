/**
 * Drive through the Drive advanced service (v3), which works with the drive.file scope: SaiSaat
 * creates and copies only files it created itself — its folder, its template, its documents — and
 * sees nothing else in the user's Drive. Also the check that the user granted the Docs and Drive
 * permissions (Google lets users untick them one by one).
 */
import { UserError } from '../spreadsheet';

export const DOCS_SCOPES = [
  'https://www.googleapis.com/auth/documents',
  'https://www.googleapis.com/auth/drive.file',
] as const;
const FOLDER_MIME = 'application/vnd.google-apps.folder';
export const DOC_MIME = 'application/vnd.google-apps.document';
const ALL_DRIVES = { supportsAllDrives: true };

/**
 * Thrown when the user has not granted a permission the documents need; carries the consent link.
 * Google gives no link (getAuthorizationUrl() is null) when it thinks nothing is missing or cannot
 * make one in this context (https://developers.google.com/apps-script/reference/script/authorization-info#getAuthorizationUrl());
 * then the user is told how to be asked again: reopen the add-on from the Extensions menu.
 */
export class AuthorizationNeeded extends UserError {
  constructor(url: string | null) {
    super(
      url
        ? {
            th: `ใสสะอาดยังไม่ได้รับอนุญาตให้สร้างเอกสารใน Google เอกสารและ Google ไดรฟ์ (อาจยังไม่ได้ติ๊กอนุญาตบางข้อ) — เปิดลิงก์นี้ ติ๊กอนุญาตทุกข้อ แล้วกดอีกครั้ง: ${url}`,
            en: `SaiSaat may not yet create documents in Google Docs and Google Drive (some permissions may be unticked) — open this link, tick every permission, then press again: ${url}`,
          }
        : {
            th: 'ใสสะอาดยังไม่ได้รับอนุญาตให้สร้างเอกสารใน Google เอกสารและ Google ไดรฟ์ (อาจยังไม่ได้ติ๊กอนุญาตบางข้อ) — ปิดแถบด้านข้างนี้ แล้วเปิดใสสะอาดใหม่จากเมนู ส่วนขยาย (Extensions) เมื่อ Google ถามสิทธิ์ให้ติ๊กอนุญาตทุกข้อ แล้วกดอีกครั้ง',
            en: 'SaiSaat may not yet create documents in Google Docs and Google Drive (some permissions may be unticked) — close this sidebar and open SaiSaat again from the Extensions menu; when Google asks, tick every permission, then press again',
          },
    );
  }
}

// getAuthorizationInfo(authMode, oAuthScopes) is in Google's reference (granular consent) but not yet in @types.
type AuthInfo = GoogleAppsScript.Script.AuthorizationInfo;
type ScopedAuthInfo = (authMode: GoogleAppsScript.Script.AuthMode, oAuthScopes: string[]) => AuthInfo;

/** Stops with a prompt and the consent link when Docs or Drive access was not granted. */
export function requireDocsScopes(): void {
  const info = (ScriptApp.getAuthorizationInfo as unknown as ScopedAuthInfo)(ScriptApp.AuthMode.FULL, [...DOCS_SCOPES]);
  if (info.getAuthorizationStatus() === ScriptApp.AuthorizationStatus.REQUIRED)
    throw new AuthorizationNeeded(info.getAuthorizationUrl());
}

/** Apps Script's words when a call needs a permission the user did not grant. */
export function isPermissionError(message: string): boolean {
  return /Required permissions|do not have permission to call|insufficient authentication scopes/i.test(message);
}

function drive(): GoogleAppsScript.Drive {
  if (typeof Drive === 'undefined' || !Drive) {
    throw new UserError({
      th: 'บริการ Drive ขั้นสูง (Drive API v3) ยังไม่ได้เปิดในโปรเจกต์ Apps Script นี้ — ดู README หัวข้อ "Build and deploy with clasp"',
      en: 'The Drive advanced service (Drive API v3) is not enabled in this Apps Script project — see "Build and deploy with clasp" in the README',
    });
  }
  return Drive;
}

const isNotFound = (e: unknown) => /not ?found|404/i.test(String((e as Error)?.message ?? e));

/** Whether a file SaiSaat made still exists and is not in the trash. */
export function isAlive(fileId: string): boolean {
  try {
    return !drive().Files.get(fileId, { fields: 'id,trashed', ...ALL_DRIVES }).trashed;
  } catch (e) {
    if (isNotFound(e)) return false;
    throw e;
  }
}

export function modifiedTime(fileId: string): string {
  return drive().Files.get(fileId, { fields: 'modifiedTime', ...ALL_DRIVES }).modifiedTime ?? '';
}

/**
 * A new folder in the folder the user picked with Google Picker, else in My Drive: under drive.file
 * the add-on cannot see the spreadsheet's own folder (it did not make it). When the picked folder
 * cannot be written (shared for reading, or gone) the folder goes to My Drive too.
 */
export function createFolder(name: string, parent: string | null): { id: string; inParent: boolean } {
  if (parent) {
    try {
      return {
        id: drive().Files.create({ name, mimeType: FOLDER_MIME, parents: [parent] }, null as never, ALL_DRIVES).id!,
        inParent: true,
      };
    } catch (e) {
      if (!/permission|insufficient|403|not ?found|404/i.test(String((e as Error)?.message ?? e))) throw e;
    }
  }
  return { id: drive().Files.create({ name, mimeType: FOLDER_MIME }, null as never, ALL_DRIVES).id!, inParent: false };
}

/** A folder the user picked: its name, or a message when it is not a folder this user reaches. */
export function pickedFolderName(id: string): string {
  try {
    const f = drive().Files.get(id, { fields: 'id,name,mimeType,trashed', ...ALL_DRIVES });
    if (f.mimeType === FOLDER_MIME && !f.trashed) return f.name ?? '';
  } catch (e) {
    if (!isNotFound(e)) throw e;
  }
  throw new UserError({
    th: 'สิ่งที่เลือกไม่ใช่โฟลเดอร์ที่ใสสะอาดเข้าถึงได้ — เลือกโฟลเดอร์ใหม่อีกครั้ง',
    en: 'What was picked is not a folder SaiSaat can reach — pick a folder again',
  });
}

export function createDocument(name: string, folderId: string): string {
  return drive().Files.create({ name, mimeType: DOC_MIME, parents: [folderId] }, null as never, ALL_DRIVES).id!;
}

export function copyFile(fileId: string, name: string, folderId: string): string {
  return drive().Files.copy({ name, parents: [folderId] }, fileId, ALL_DRIVES).id!;
}

/** Saves a blob (a PDF) as a file in the folder, replacing the content of `existingId` when given. */
export function saveBlob(
  blob: GoogleAppsScript.Base.Blob,
  name: string,
  folderId: string,
  existingId: string | null,
): string {
  if (existingId) return drive().Files.update({ name }, existingId, blob, ALL_DRIVES).id!;
  return drive().Files.create({ name, parents: [folderId] }, blob, ALL_DRIVES).id!;
}

export const folderUrl = (id: string) => `https://drive.google.com/drive/folders/${id}`;
export const documentUrl = (id: string) => `https://docs.google.com/document/d/${id}/edit`;
export const fileUrl = (id: string) => `https://drive.google.com/file/d/${id}/view`;
