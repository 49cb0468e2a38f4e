import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { inlineCriticalCss, styleElementHashes } from './critical-css';

const HTML = `<!doctype html><html><head><meta charset="UTF-8" />
<link rel="stylesheet" href="./assets/app.css"></head>
<body><div id="root"><h1 class="title">Hei</h1></div></body></html>`;
const CSS =
  '.title{font-size:2rem}.unused-dialog{color:red}@media (min-width:40rem){.title{margin:0}}';

describe('critical CSS', () => {
  it('inlines the rules the page uses and loads the full stylesheet after the content', async () => {
    const out = await inlineCriticalCss(HTML, new Map([['assets/app.css', CSS]]));
    const style = /<style>([\s\S]*?)<\/style>/.exec(out)![1]!;
    expect(style).toContain('.title{font-size:2rem}');
    expect(style).toContain('@media (min-width:40rem){.title{margin:0}}');
    expect(style).not.toContain('unused-dialog');
    // The full stylesheet is still there, after the page's content, not in <head>.
    expect(out.indexOf('href="./assets/app.css"')).toBeGreaterThan(out.indexOf('<h1'));
    expect(out.slice(0, out.indexOf('</head>'))).not.toContain('app.css');
  });

  it('fails the build when a stylesheet is not in it', async () => {
    await expect(inlineCriticalCss(HTML, new Map())).rejects.toThrow(/no stylesheet/);
  });

  it('hashes each inline style element for the CSP', () => {
    const hash = createHash('sha256').update('a{b:c}').digest('base64');
    expect(styleElementHashes('<style>a{b:c}</style>')).toEqual([`'sha256-${hash}'`]);
  });
});
