/** Method names that would collide in code are refused before anything is emitted. */
import { describe, expect, it } from 'vitest';
import type { PageFile } from '../../generator/input/read-pages.ts';
import { buildModel } from '../../generator/pipeline.ts';
import { collisionKey, declaredNames } from '../../generator/resolve/method-names.ts';

const page = (stem: string): PageFile => ({
  id: `${stem}.txt`,
  stem,
  format: 'text',
  content: `Does something.\nArguments\nchannelstringRequiredThe channel.\n`,
});

const resolve = (stems: string[]) => {
  const model = buildModel(stems.map(page));
  return {
    kept: model.methods.map((m) => m.name),
    refused: model.diagnostics.filter((d) => d.code === 'names/collision').map((d) => [d.file, d.severity]),
  };
};

describe('names that collide after naming', () => {
  const cases: { given: string[]; kept: string[]; refused: string[] }[] = [
    {
      given: ['chat.postMessage', 'chat.post.message'],
      kept: ['chat.post.message'],
      refused: ['chat.postMessage.txt'],
    },
    { given: ['dup.method', 'dup.Method'], kept: ['dup.Method'], refused: ['dup.method.txt'] },
    { given: ['chat.post', 'chat.postResponse'], kept: ['chat.post'], refused: ['chat.postResponse.txt'] },
    {
      given: ['chat.postArgumentsFoo', 'chat.post'],
      kept: ['chat.post'],
      refused: ['chat.postArgumentsFoo.txt'],
    },
    { given: ['chat.post', 'chat.postSpec'], kept: ['chat.post'], refused: ['chat.postSpec.txt'] },
    { given: ['paginate.items'], kept: [], refused: ['paginate.items.txt'] },
    { given: ['is.api.error.of', 'chat.update'], kept: ['chat.update'], refused: ['is.api.error.of.txt'] },
    { given: ['a.b', 'a.b.name'], kept: ['a.b'], refused: ['a.b.name.txt'] },
    {
      given: ['a.b', 'a.b.c', 'oauth.v2.access', 'oauth.v2.user.access'],
      kept: ['a.b', 'a.b.c', 'oauth.v2.access', 'oauth.v2.user.access'],
      refused: [],
    },
  ];
  for (const { given, kept, refused } of cases) {
    it(`keeps ${JSON.stringify(kept)} of ${JSON.stringify(given)} and refuses the rest with an error`, () => {
      const r = resolve(given);
      expect(r.kept).toEqual(kept);
      expect(r.refused).toEqual(refused.map((f) => [f, 'error']));
    });
  }

  it('says which two names collide and what to do', () => {
    const model = buildModel(['chat.postMessage', 'chat.post.message'].map(page));
    expect(model.diagnostics.find((d) => d.code === 'names/collision')?.message).toBe(
      'chat.postMessage and chat.post.message give the same names in code (ChatPostMessage…, methods/chat.postMessage.ts on a case-insensitive file system); chat.postMessage was left out. Rename or remove one of the pages.',
    );
  });
});

describe('the declarations a method name takes', () => {
  it('are its function, spec, arguments, response and error-code names', () => {
    expect(declaredNames('oauth.v2.access')).toEqual([
      'oauthV2Access',
      'oauthV2AccessSpec',
      'OauthV2AccessArguments',
      'OauthV2AccessResponse',
      'OauthV2AccessErrorCode',
    ]);
  });

  it('collide when they differ only in case or separators', () => {
    expect(collisionKey('chat.postMessage')).toBe(collisionKey('chat.post.message'));
    expect(collisionKey('chat.postMessage')).not.toBe(collisionKey('chat.postMessages'));
  });
});

describe('file names that are not method names', () => {
  it('never become a method, whatever the file holds', () => {
    const hostile: PageFile = {
      id: "a.b.js';console.log(`PWNED`);'.json",
      stem: "a.b.js';console.log(`PWNED`);'",
      format: 'record',
      content: '{"desc":"x","args":{}}',
    };
    const model = buildModel([hostile]);
    expect(model.methods).toEqual([]);
    expect(model.diagnostics.map((d) => [d.code, d.file])).toContainEqual([
      'page/no-method-name',
      hostile.id,
    ]);
  });
});
