// The notes' Markdown as the page would show it, rendered to static HTML (no DOM needed): hostile
// input must load nothing, run nothing and offer no link the main process would refuse.
import { MantineProvider } from '@mantine/core';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { cleanup, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Markdown } from '../../../../renderer/components/Markdown';
import { renderWithMantine } from '../mantine';

function render(source: string): string {
  return renderToStaticMarkup(
    createElement(MantineProvider, null, createElement(Markdown, null, source)),
  );
}

/** The href of every <a> in the output. */
function hrefs(html: string): string[] {
  return [...html.matchAll(/<a\b[^>]*\bhref="([^"]*)"/g)].map((m) => m[1]!);
}

describe('Markdown', () => {
  it('renders ordinary notes: headings, emphasis, lists, tables, safe links', () => {
    const html = render(
      '## Wins\n\n- **CSAT** 96%\n- *two* thanks\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n[Docs](https://example.com/docs)',
    );
    expect(html).toContain('<h2>Wins</h2>');
    expect(html).toContain('<strong>CSAT</strong>');
    expect(html).toContain('<table>');
    expect(hrefs(html)).toEqual(['https://example.com/docs']);
  });

  it('never renders an <img>: a remote image becomes its description and a link', () => {
    const html = render('![team photo](https://tracker.example/pixel.png?id=42)');
    expect(html).not.toMatch(/<img/i);
    expect(html).toContain('[Image: team photo]');
    expect(hrefs(html)).toEqual(['https://tracker.example/pixel.png?id=42']);
  });

  it('shows an image with credentials or a data: URL as text, with no link', () => {
    const html = render(
      '![a](https://user:secret@host.example/a.png)\n\n![b](data:image/png;base64,iVBORw0KGgo=)\n\n![c](javascript:alert(1))',
    );
    expect(html).not.toMatch(/<img/i);
    expect(hrefs(html)).toEqual([]);
    expect(html).toContain('[Image: a] https://user:secret@host.example/a.png');
    expect(html).toContain('[Image: b]');
    expect(html).toContain('[Image: c]');
    expect(html).not.toContain('javascript:');
  });

  it('does not offer javascript:, data:, vbscript: or file: links', () => {
    const html = render(
      [
        '[js](javascript:alert(1))',
        '[js2](JaVaScRiPt:alert(1))',
        '[data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
        '[vb](vbscript:msgbox(1))',
        '[file](file:///etc/passwd)',
        '<javascript:alert(1)>',
      ].join('\n\n'),
    );
    expect(hrefs(html)).toEqual([]);
    expect(html).not.toMatch(/(href|src)=/i);
    for (const text of ['js', 'js2', 'data', 'vb', 'file']) expect(html).toContain(`${text}`);
  });

  it('shows links with a user name or password as text, never as a link', () => {
    const html = render(
      '[bank](https://user:pass@bank.example/login) and https://admin:hunter2@intranet.example/ and [u](http://user@host.example)',
    );
    expect(hrefs(html)).toEqual([]);
    expect(html).toContain('bank (https://user:pass@bank.example/login)');
    expect(html).toContain('https://admin:hunter2@intranet.example/');
  });

  it('renders no raw HTML: script, iframe, event handlers, styles', () => {
    const html = render(
      [
        '<script>alert(1)</script>',
        '<img src=x onerror=alert(1)>',
        '<iframe src="https://evil.example"></iframe>',
        '<a href="https://evil.example" onclick="alert(1)">click</a>',
        '<div style="background:url(https://beacon.example)">styled</div>',
        'text <b onmouseover=alert(1)>bold</b> inline',
      ].join('\n\n'),
    );
    expect(html).not.toMatch(/<script|<iframe|<img|<div style|onerror|onclick|onmouseover/i);
    expect(hrefs(html)).toEqual([]);
  });

  it('keeps autolinks, but not www. links with credentials or mailto: ones', () => {
    const html = render(
      'See www.example.com and <mailto:lead@example.com> and https://example.org.',
    );
    expect(hrefs(html)).toEqual(['http://www.example.com/', 'https://example.org/']);
    expect(html).toContain('mailto:lead@example.com');
  });

  it('shows pieces too slow or too deep to parse as text, and the rest as Markdown', () => {
    // The first 8,000 characters render at once (the rest follow in later steps).
    const intro = `# Title\n\n${'Some words in a paragraph. '.repeat(40)}`;
    const deepQuote = '>'.repeat(1_000) + ' deep';
    const deepList = Array.from({ length: 30 }, (_, i) => `${'  '.repeat(i)}- level ${i}`).join(
      '\n',
    );
    const emphasis = '*a'.repeat(1_200);
    const html = render([intro, deepQuote, intro, deepList, intro, emphasis].join('\n\n'));
    expect(html.match(/<h1>Title<\/h1>/g)).toHaveLength(3);
    expect(html).toContain('&gt;&gt;&gt; deep');
    expect(html).toContain('- level 29');
    expect(html).not.toContain('<blockquote><blockquote><blockquote>');
    expect(html).not.toContain('<em>a</em>');
  });

  it('renders a note split in pieces like the whole: lists, fences and references stay intact', () => {
    const filler = Array.from(
      { length: 40 },
      (_, i) => `Paragraph ${i} ${'text '.repeat(20)}`,
    ).join('\n\n');
    const source = `${filler}\n\n- one\n\n- two\n\n\`\`\`\ncode\n\nmore code\n\`\`\`\n\n[ref link][r]\n\n${filler}\n\n[r]: https://example.com/ref`;
    const html = render(source);
    expect(html.match(/<ul>/g)).toHaveLength(1);
    expect(html).toContain('<code>code\n\nmore code\n</code>');
    expect(hrefs(html)).toEqual(['https://example.com/ref']);
  });

  describe('a long note', () => {
    afterEach(cleanup);
    const filler = Array.from({ length: 60 }, (_, i) => `Paragraph ${i} ${'words '.repeat(30)}`);
    const long = [
      '## Start',
      ...filler,
      '## End **bold**',
      '<img src=x onerror=alert(1)> [bank](https://user:pass@bank.example/)',
    ].join('\n\n');

    it('shows whole at once: the pieces not parsed yet are their text, with nothing live in it', () => {
      const html = render(long);
      expect(html).toContain('<h2>Start</h2>');
      expect(html).toContain('data-pending="true"');
      expect(html).toContain('## End **bold**');
      expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
      expect(html).not.toMatch(/<img|<h2>End/i);
      expect(hrefs(html)).toEqual([]);
    });

    it('then turns every piece into sanitised Markdown', async () => {
      const { container } = renderWithMantine(createElement(Markdown, null, long));
      await waitFor(() => expect(container.querySelector('[data-pending]')).toBeNull(), {
        timeout: 10_000,
      });
      expect([...container.querySelectorAll('h2')].map((h) => h.innerHTML)).toEqual([
        'Start',
        'End <strong>bold</strong>',
      ]);
      expect(screen.queryByRole('status')).toBeNull();
      expect(container.querySelector('img')).toBeNull();
      expect(hrefs(container.innerHTML)).toEqual([]);
      expect(container.textContent).toContain('bank (https://user:pass@bank.example/)');
    });
  });
});
