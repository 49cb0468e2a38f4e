import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  startPageHtml,
  withAppAfterPaint,
  withManifestAfterPaint,
  withStylesheetAfterPaint,
} from './prerender';

const INDEX = `<!doctype html>
<html lang="nb">
  <head>
    <meta charset="UTF-8" />
    <title>Gammel tittel</title>
  </head>
  <body>
    <div id="root"><!--app-html--></div>
    <script type="module" src="/src/boot.ts"></script>
  </body>
</html>`;

const rendered = {
  pages: {
    nb: '<h1 style="color:red">Velkommen</h1>',
    nn: '<h1>Velkomen</h1>',
    en: '<h1>Welcome</h1>',
  },
  titles: { nb: 'Modellkart – bokmål', nn: 'Modellkart & nynorsk', en: 'Modellkart "en"' },
  picker: 'pick()',
};
const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

describe('the prerendered start page', () => {
  const html = startPageHtml(INDEX, rendered);

  it('puts bokmål in #root and the other languages in templates with their titles', () => {
    expect(html).toContain(
      '<div id="root" data-locale="nb"><h1 style="color:red">Velkommen</h1></div>',
    );
    expect(html).toContain(
      '<template data-locale="nn" data-title="Modellkart &amp; nynorsk"><h1>Velkomen</h1></template>',
    );
    expect(html).toContain('<template data-locale="en" data-title="Modellkart &quot;en&quot;">');
    expect(html).toContain('<title>Modellkart – bokmål</title>');
    expect(html).not.toContain('Gammel tittel');
  });

  it('allows exactly its inline script and style attributes in the CSP meta tag', () => {
    const csp = /http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1];
    expect(csp).toContain(`script-src 'self' ${hash('pick()')};`);
    expect(csp).toContain(`'unsafe-hashes' ${hash('color:red')}`);
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<title>'));
  });

  it('refuses an index.html without the root placeholder, and a script that would end early', () => {
    expect(() => startPageHtml(INDEX.replace('<!--app-html-->', ''), rendered)).toThrow(/lacks/);
    expect(() => startPageHtml(INDEX, { ...rendered, picker: 'a("</script>")' })).toThrow(
      /inlined/,
    );
  });
});

describe('the app’s entry script', () => {
  it('is named in a meta tag for the inline script to load, without its preloads', () => {
    const html =
      '<head>\n    <script type="module" crossorigin src="./assets/boot-AAAAAAAA.js"></script>\n' +
      '    <link rel="modulepreload" crossorigin href="./assets/x-BBBBBBBB.js">\n' +
      '    <link rel="stylesheet" href="./assets/index-CCCCCCCC.css">\n' +
      '<script>inline()</script></head>';
    expect(withAppAfterPaint(html)).toBe(
      '<head>\n    <meta name="modellkart-app" content="./assets/boot-AAAAAAAA.js" />\n' +
        '    <link rel="stylesheet" href="./assets/index-CCCCCCCC.css">\n' +
        '<script>inline()</script></head>',
    );
  });

  it('must be there', () => {
    expect(() => withAppAfterPaint('<head></head>')).toThrow(/module script/);
  });
});

describe('the full stylesheet and the manifest', () => {
  it('wait for the app, with a <noscript> copy of the stylesheet; a stylesheet in <head> stays', () => {
    const html =
      '<html><head><link rel="stylesheet" href="./a.css"><link rel="manifest" href="./manifest.webmanifest"></head>' +
      '<body><div id="root"></div>' +
      '<link rel="stylesheet" crossorigin href="./assets/index-CCCCCCCC.css"></body></html>';
    expect(withManifestAfterPaint(withStylesheetAfterPaint(html))).toBe(
      '<html><head><link rel="stylesheet" href="./a.css"><link rel="manifest" data-href="./manifest.webmanifest"></head>' +
        '<body><div id="root"></div>' +
        '<link rel="stylesheet" crossorigin data-href="./assets/index-CCCCCCCC.css">' +
        '<noscript><link rel="stylesheet" href="./assets/index-CCCCCCCC.css"></noscript></body></html>',
    );
  });
});
