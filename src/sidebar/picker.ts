/**
 * Google Picker in the sidebar, loaded from Google only when the deployment configured it (the
 * rest of the sidebar is self-contained) and only when the user asks for it. Picking a file or a
 * folder grants SaiSaat access to it under drive.file
 * (https://developers.google.com/drive/picker/guides/overview); inside an Apps Script page Picker
 * needs the host's origin (google.script.host.origin).
 */
import type { PickerConfig } from '../shared/wire';

/** The part of Picker's JavaScript API used here. */
interface PickerView {
  setSelectFolderEnabled(on: boolean): PickerView;
  setIncludeFolders(on: boolean): PickerView;
  setMimeTypes(types: string): PickerView;
  setParent(folderId: string): PickerView;
}
interface PickerBuilder {
  addView(view: PickerView): PickerBuilder;
  enableFeature(feature: string): PickerBuilder;
  setOAuthToken(token: string): PickerBuilder;
  setDeveloperKey(key: string): PickerBuilder;
  setAppId(appId: string): PickerBuilder;
  setOrigin(origin: string): PickerBuilder;
  setCallback(f: (data: { action: string; docs?: { id: string }[] }) => void): PickerBuilder;
  build(): { setVisible(on: boolean): void };
}
interface PickerApi {
  DocsView: new (viewId: string) => PickerView;
  PickerBuilder: new () => PickerBuilder;
  ViewId: { DOCS: string; FOLDERS: string };
  Feature: { MULTISELECT_ENABLED: string };
  Action: { PICKED: string; CANCEL: string };
}
declare const gapi: { load(name: string, options: { callback: () => void }): void };
declare const google: { script: { host: { origin: string } }; picker: PickerApi };

const FOLDER_MIME = 'application/vnd.google-apps.folder';
let loading: Promise<void> | null = null;

function load(): Promise<void> {
  loading ??= new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = 'https://apis.google.com/js/api.js';
    script.onload = () => gapi.load('picker', { callback: resolve });
    script.onerror = () => {
      loading = null;
      reject(new Error('Google Picker could not be loaded'));
    };
    document.head.append(script);
  });
  return loading;
}

/**
 * Opens Picker and resolves with the ids picked ([] when cancelled): one folder, or (access)
 * several files and folders, starting in `parent` when given.
 */
export async function pick(config: PickerConfig, what: 'folder' | 'access', parent = ''): Promise<string[]> {
  await load();
  const p = google.picker;
  const view =
    what === 'folder'
      ? new p.DocsView(p.ViewId.FOLDERS).setSelectFolderEnabled(true).setMimeTypes(FOLDER_MIME)
      : new p.DocsView(p.ViewId.DOCS).setIncludeFolders(true).setSelectFolderEnabled(true);
  if (parent) view.setParent(parent);
  return new Promise((resolve) => {
    let builder = new p.PickerBuilder()
      .addView(view)
      .setOAuthToken(config.token)
      .setDeveloperKey(config.developerKey)
      .setAppId(config.appId)
      .setOrigin(google.script.host.origin)
      .setCallback((data) => {
        if (data.action === p.Action.PICKED) resolve((data.docs ?? []).map((d) => d.id));
        else if (data.action === p.Action.CANCEL) resolve([]);
      });
    if (what === 'access') builder = builder.enableFeature(p.Feature.MULTISELECT_ENABLED);
    builder.build().setVisible(true);
  });
}
