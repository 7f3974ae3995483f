import { describe, expect, it } from 'vitest';
import { absoluteLink, resolveDocLinks, withAbsoluteLinks } from '../../generator/resolve/doc-links.ts';
import type { Method } from '../../generator/model/types.ts';
import { emptyMethod } from '../helpers/methods.ts';

const PAGE = 'https://docs.slack.dev/reference/methods/chat.scheduleMessage';

describe('links in the docs made absolute against the reference page', () => {
  it.each([
    { given: '#legacy_as_user', want: `${PAGE}#legacy_as_user` },
    {
      given: '/messaging/formatting-message-text#mentioning-users',
      want: 'https://docs.slack.dev/messaging/formatting-message-text#mentioning-users',
    },
    {
      given: 'chat.postMessage#authorship',
      want: 'https://docs.slack.dev/reference/methods/chat.postMessage#authorship',
    },
    { given: 'https://api.slack.com/apis', want: 'https://api.slack.com/apis' },
    { given: 'mailto:feedback@slack.com', want: 'mailto:feedback@slack.com' },
  ])('takes $given to $want', ({ given, want }) => {
    expect(absoluteLink(given, PAGE)).toBe(want);
  });

  it('rewrites only the targets of markdown links', () => {
    expect(withAbsoluteLinks('See [below](#channels) (#not-a-link) and [x](/a).', PAGE)).toBe(
      `See [below](${PAGE}#channels) (#not-a-link) and [x](https://docs.slack.dev/a).`,
    );
  });

  it("resolves the method's descriptions and notes but leaves its example responses as they were", () => {
    const method: Method = {
      ...emptyMethod('chat.scheduleMessage'),
      docUrl: PAGE,
      description: 'Schedules a message. See [below](#channels).',
      notes: [{ kind: 'usage', text: 'Read [this](#usage).', source: 'p' }],
      responses: [
        { kind: 'success', description: null, example: { ok: true, text: '[a](#b)' }, source: 'p' },
      ],
    };
    const resolved = resolveDocLinks(method);
    expect(resolved.description).toBe(`Schedules a message. See [below](${PAGE}#channels).`);
    expect(resolved.notes[0]!.text).toBe(`Read [this](${PAGE}#usage).`);
    expect(resolved.responses).toEqual(method.responses);
  });

  it('leaves the texts alone when the page has no web address', () => {
    const method: Method = { ...emptyMethod('x.y'), docUrl: 'x.y.html', description: '[a](#b)' };
    expect(resolveDocLinks(method).description).toBe('[a](#b)');
  });
});
