import { describe, expect, it } from 'vitest';
import { atiendeHome, defaultAtiendeHome, profilesRootOf } from './home.ts';

describe("Atiende's home folder", () => {
  it('is where the desktop app keeps its data on each system', () => {
    expect(defaultAtiendeHome({}, 'linux', '/home/ana')).toBe('/home/ana/.config/Atiende');
    expect(defaultAtiendeHome({ XDG_CONFIG_HOME: '/xdg' }, 'linux', '/home/ana')).toBe('/xdg/Atiende');
    expect(defaultAtiendeHome({}, 'darwin', '/Users/ana')).toBe('/Users/ana/Library/Application Support/Atiende');
    expect(defaultAtiendeHome({ APPDATA: 'C:\\Users\\ana\\AppData\\Roaming' }, 'win32', 'C:\\Users\\ana')).toBe('C:\\Users\\ana\\AppData\\Roaming\\Atiende');
    expect(defaultAtiendeHome({}, 'win32', 'C:\\Users\\ana')).toBe('C:\\Users\\ana\\AppData\\Roaming\\Atiende');
  });

  it('is $ATIENDE_HOME when set, and keeps its profiles in a folder of their own', () => {
    expect(atiendeHome({ ATIENDE_HOME: '/srv/atiende' }, () => '/unused')).toBe('/srv/atiende');
    expect(atiendeHome({ ATIENDE_HOME: '' }, () => '/from/electron')).toBe('/from/electron');
    expect(profilesRootOf('/srv/atiende')).toBe('/srv/atiende/profiles');
  });
});
