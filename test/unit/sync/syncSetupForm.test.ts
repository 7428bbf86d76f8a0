import { describe, expect, it } from 'vitest';
import {
  initialValues,
  setupSchema,
  type SetupValues,
} from '../../../src/renderer/src/sync/setup/setupForm';

const messages = {
  folderRequired: 'Folder: type the path',
  urlRequired: 'Server address: type it',
  tokenRequired: 'Device token: paste it',
};
const blank: SetupValues = { kind: 'folder', folder: '', url: '', token: '', auto: true };

function errorsOf(values: SetupValues, keptFor: string | null = null) {
  const result = setupSchema(messages, keptFor).safeParse(values);
  if (result.success) return { value: result.data, errors: {} as Record<string, string> };
  return {
    value: null,
    errors: Object.fromEntries(result.error.issues.map((i) => [String(i.path[0]), i.message])),
  };
}

describe('the sync setup form', () => {
  it('turns a folder path into the folder spec the core takes', () => {
    expect(errorsOf({ ...blank, folder: ' /mnt/team share ' }).value).toEqual({
      spec: 'folder:/mnt/team share',
      token: null,
      auto: true,
    });
    // typed with the prefix, it is not doubled
    expect(errorsOf({ ...blank, folder: 'folder:/mnt/usb' }).value?.spec).toBe('folder:/mnt/usb');
  });

  it('names the field that is empty', () => {
    expect(errorsOf(blank).errors).toEqual({ folder: messages.folderRequired });
    expect(errorsOf({ ...blank, kind: 'http', folder: '/x' }).errors).toEqual({
      url: messages.urlRequired,
    });
  });

  it("puts the shared schema's message on the server address field", () => {
    const { errors } = errorsOf({ ...blank, kind: 'http', url: 'ftp://host', token: 'abc' });
    expect(Object.keys(errors)).toEqual(['url']);
    expect(errors.url).toMatch(/server address/);
    const long = errorsOf({ ...blank, kind: 'http', url: 'http://h:1', token: 'x'.repeat(201) });
    expect(long.errors).toEqual({ token: 'The token is too long' });
  });

  it('asks for a token for a new server, not for the one whose token is kept', () => {
    const server = { ...blank, kind: 'http' as const, url: 'http://10.0.0.5:8443' };
    expect(errorsOf(server).errors).toEqual({ token: messages.tokenRequired });
    expect(errorsOf(server, 'http://10.0.0.5:8443').value).toEqual({
      spec: 'http://10.0.0.5:8443',
      token: null,
      auto: true,
    });
    expect(errorsOf(server, 'http://other:1').errors).toEqual({ token: messages.tokenRequired });
    expect(errorsOf({ ...server, token: ' t0k ', auto: false }).value).toEqual({
      spec: 'http://10.0.0.5:8443',
      token: 't0k',
      auto: false,
    });
  });

  it('opens on the target the book syncs with now', () => {
    expect(
      initialValues({
        spec: 'folder:/srv/rapport',
        kind: 'folder',
        hasToken: false,
        tokenSealed: false,
        auto: false,
      }),
    ).toEqual({ kind: 'folder', folder: '/srv/rapport', url: '', token: '', auto: false });
  });
});
