/**
 * Caller-ID names and numbers as a hostile caller may type them: markup and script payloads,
 * links with dangerous schemes, template-injection strings for every template language the stack
 * touches, control, bidi and invisible characters, huge and malformed strings. Payloads that would
 * run set `window.__pwned`, so a test can tell that nothing ran. Used by the hardening suites as
 * the name, the number and the DID of calls that go through the whole app.
 */
export interface HostileEntry {
  /** What the entry tries, for test names and failure messages. */
  readonly label: string;
  readonly text: string;
}

const pwn = (n: number): string => `window.__pwned=${n}`;

const MARKUP: readonly HostileEntry[] = [
  { label: 'script tag', text: `<script>${pwn(1)}</script>` },
  { label: 'script tag, upper case', text: `<SCRIPT>${pwn(2)}</SCRIPT>` },
  { label: 'script with src', text: '<script src="https://evil.example/x.js"></script>' },
  { label: 'img onerror', text: `<img src=x onerror="${pwn(3)}">` },
  { label: 'img onerror, no quotes', text: `<img src=x onerror=${pwn(4)}>` },
  { label: 'svg onload', text: `<svg onload="${pwn(5)}"><circle r="9"/></svg>` },
  { label: 'svg script', text: `<svg><script>${pwn(6)}</script></svg>` },
  {
    label: 'svg animate href',
    text: `<svg><a><animate attributeName=href values=javascript:${pwn(7)} /><text y=20>x</text></a></svg>`,
  },
  {
    label: 'svg foreignObject',
    text: `<svg><foreignObject><iframe src="javascript:${pwn(8)}"></iframe></foreignObject></svg>`,
  },
  { label: 'math mglyph', text: `<math><mtext><table><mglyph><style><img src=x onerror=${pwn(9)}>` },
  { label: 'body onload', text: `<body onload="${pwn(10)}">` },
  { label: 'iframe javascript', text: `"><iframe src="javascript:${pwn(11)}"></iframe>` },
  { label: 'iframe srcdoc', text: `<iframe srcdoc="<script>parent.${pwn(12)}</script>"></iframe>` },
  { label: 'object data', text: '<object data="data:text/html,<script>alert(1)</script>"></object>' },
  { label: 'embed', text: '<embed src="javascript:alert(1)">' },
  { label: 'details ontoggle', text: `<details open ontoggle="${pwn(13)}">` },
  { label: 'input autofocus onfocus', text: `<input autofocus onfocus="${pwn(14)}">` },
  { label: 'video source onerror', text: `<video><source onerror="${pwn(15)}"></video>` },
  { label: 'audio onerror', text: `<audio src=x onerror="${pwn(16)}">` },
  { label: 'marquee onstart', text: `<marquee onstart="${pwn(17)}">hi</marquee>` },
  { label: 'style tag', text: '<style>body{display:none}</style>' },
  { label: 'style import', text: '<style>@import "https://evil.example/x.css";</style>' },
  { label: 'link stylesheet', text: '<link rel=stylesheet href="https://evil.example/x.css">' },
  { label: 'meta refresh', text: '<meta http-equiv="refresh" content="0;url=https://evil.example/">' },
  { label: 'base href', text: '<base href="https://evil.example/">' },
  { label: 'form action', text: '<form action="https://evil.example/"><button>Call back</button></form>' },
  { label: 'anchor javascript', text: `<a href="javascript:${pwn(18)}">call me</a>` },
  { label: 'attribute break-out', text: `" onmouseover="${pwn(19)}" x="` },
  { label: 'single-quote break-out', text: `' onfocus='${pwn(20)}' autofocus='` },
  { label: 'tag break-out', text: `</h2><script>${pwn(21)}</script><h2>` },
  { label: 'comment break-out', text: `--><script>${pwn(22)}</script><!--` },
  { label: 'CDATA', text: `<![CDATA[<script>${pwn(23)}</script>]]>` },
  { label: 'entity-encoded script', text: '&lt;script&gt;alert(1)&lt;/script&gt;' },
  { label: 'numeric entities', text: '&#60;img src=x onerror=alert(1)&#62;' },
  { label: 'ampersand runs', text: '&&amp;&amp;amp;&#x26;&' },
  { label: 'unclosed tag', text: '<img src=x onerror=alert(1)' },
  { label: 'bold markup for notifications', text: '<b>URGENT</b> <i>call</i> <u>back</u>' },
  { label: 'notification link markup', text: '<a href="https://evil.example">Your bank</a>' },
  { label: 'notification image markup', text: '<img src="file:///etc/passwd" alt="x">' },
  { label: 'template element', text: `<template><script>${pwn(24)}</script></template>` },
  { label: 'noscript', text: `<noscript><p title="</noscript><img src=x onerror=${pwn(25)}>">` },
  { label: 'custom element', text: '<x-card is="evil" onclick="alert(1)">x</x-card>' },
];

const LINKS: readonly HostileEntry[] = [
  { label: 'javascript: URL', text: `javascript:${pwn(30)}` },
  { label: 'javascript: URL, mixed case and spaces', text: ` JaVaScRiPt :${pwn(31)}` },
  { label: 'javascript: with tab', text: `java\tscript:${pwn(32)}` },
  { label: 'data: html', text: 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==' },
  { label: 'data: svg', text: 'data:image/svg+xml,<svg onload=alert(1)>' },
  { label: 'vbscript:', text: 'vbscript:msgbox(1)' },
  { label: 'file: URL', text: 'file:///etc/passwd' },
  { label: 'protocol-relative URL', text: '//evil.example/path' },
  { label: 'full URL', text: 'https://evil.example/?steal=1' },
  { label: 'URL with credentials', text: 'https://user:pass@evil.example/' },
  { label: 'path traversal', text: '../../../admin' },
  { label: 'dot segment', text: '..' },
  { label: 'encoded dot segment', text: '%2e%2e' },
  { label: 'query injection', text: '123&admin=1#frag' },
  { label: 'percent sequences', text: '%00%0d%0a%2F%3F%23' },
  { label: 'backslash host', text: '\\\\evil.example\\share' },
  { label: 'at sign', text: '@evil.example' },
  { label: 'tel: link', text: 'tel:+15555550100' },
  { label: 'mailto: link', text: 'mailto:a@evil.example?body=x' },
];

const TEMPLATES: readonly HostileEntry[] = [
  { label: 'mustache', text: '{{constructor.constructor("alert(1)")()}}' },
  { label: 'svelte html block', text: '{@html "<b>bold</b>"}' },
  { label: 'svelte expression', text: `{${pwn(40)}}` },
  { label: 'JS template literal', text: '${alert(1)}' },
  { label: 'JS template literal, nested', text: '`${`${process.exit()}`}`' },
  { label: 'ERB', text: '<%= system("id") %>' },
  { label: 'Jinja', text: "{{ ''.__class__.__mro__[1].__subclasses__() }}" },
  { label: 'CRM placeholder', text: '{number}{name}{did}{e164}' },
  { label: 'placeholder with braces', text: '{{number}}' },
  { label: 'printf', text: '%s%s%s%n%x' },
  { label: 'shell', text: '$(rm -rf ~); `id`; | cat /etc/passwd' },
  { label: 'SQL', text: "Robert'); DROP TABLE calls;--" },
  { label: 'JSON break-out', text: '","type":"dial","x":"' },
  { label: 'JSON object text', text: '{"__proto__":{"polluted":true}}' },
  { label: 'proto key', text: '__proto__' },
  { label: 'constructor key', text: 'constructor' },
  { label: 'toString', text: 'toString' },
  { label: 'log forging', text: 'ok\n2024-01-01T00:00:00Z error The password is hunter2' },
  { label: 'CSV formula', text: '=HYPERLINK("https://evil.example","click")' },
  { label: 'markdown link', text: '[click](javascript:alert(1))' },
];

const CHARACTERS: readonly HostileEntry[] = [
  { label: 'CRLF', text: 'Ada\r\nX-Injected: yes' },
  { label: 'bare CR', text: 'Ada\rLovelace' },
  { label: 'bare LF', text: 'Ada\nLovelace' },
  { label: 'NUL', text: 'Ada\u0000Lovelace' },
  { label: 'NUL only', text: '\u0000' },
  { label: 'C0 controls', text: 'ctl\u0001\u0002\u0007\u0008\u001b[31mred\u001b[0m' },
  { label: 'DEL and C1', text: 'x\u007f\u0085\u009by' },
  { label: 'RTL override', text: '\u202Egnp.exe' },
  { label: 'LTR override', text: '\u202Dabc\u202C' },
  { label: 'RTL embedding', text: '\u202Bembedded\u202C' },
  { label: 'bidi isolates', text: '\u2066isolate\u2069 \u2067rtl\u2069 \u2068first\u2069' },
  { label: 'bidi marks', text: '\u200Fmark\u200E\u061C' },
  { label: 'zero width', text: 'A\u200Bd\u200Ca\u200D' },
  { label: 'byte order mark', text: '\uFEFFAda' },
  { label: 'line and paragraph separators', text: 'Ada\u2028Love\u2029lace' },
  { label: 'lone high surrogate', text: 'a\uD800b' },
  { label: 'lone low surrogate', text: 'a\uDC00b' },
  { label: 'reversed pair', text: '\uDC00\uD800' },
  { label: 'surrogate at the end', text: 'Ada\uD83D' },
  {
    label: 'combining marks',
    text: 'Z\u0351\u0344\u0308\u0301\u0300\u0307a\u0351\u0344\u0308\u0301l\u0351\u0344go',
  },
  { label: 'emoji', text: '📞😀👨‍👩‍👧‍👦🏳️‍🌈' },
  { label: 'Arabic and Hebrew', text: 'محمد الأحمد — שלום' },
  { label: 'homoglyph', text: 'Аpple Support' },
  { label: 'full-width markup', text: '＜script＞alert(1)＜/script＞' },
  { label: 'white space only', text: ' \t \u00a0 ' },
  { label: 'empty', text: '' },
  { label: 'tabs', text: '\tAda\t\tLovelace\t' },
  { label: 'private use', text: '\uE000\uF8FF' },
  { label: 'non-characters', text: '\uFFFE\uFFFF' },
  { label: 'replacement character', text: '\uFFFD' },
];

const SIZES: readonly HostileEntry[] = [
  { label: '10 kB of X', text: 'X'.repeat(10_240) },
  { label: '10 kB without spaces, wide', text: 'W'.repeat(5_000) + 'M'.repeat(5_240) },
  { label: '2,000 emoji', text: '😀'.repeat(2_000) },
  { label: '500 nested bold tags', text: '<b>'.repeat(500) },
  { label: '10 kB of markup', text: '<img src=x onerror=alert(1)>'.repeat(370) },
  { label: 'long word then payload', text: `${'a'.repeat(200)}<script>${pwn(50)}</script>` },
  { label: 'many combining marks', text: `a${'\u0301'.repeat(3_000)}` },
  { label: 'many bidi overrides', text: '\u202E'.repeat(1_000) + 'x' },
  { label: 'many CRLF', text: '\r\n'.repeat(2_000) },
  { label: 'many NUL', text: '\u0000'.repeat(2_000) },
  { label: 'digits, 10 kB', text: '1'.repeat(10_240) },
  { label: 'a number with a payload', text: `+1555<img src=x onerror=${pwn(51)}>0100` },
];

/** Numbers that read as another number, names that read as nothing, text that acts on terminals. */
const SPOOFS: readonly HostileEntry[] = [
  { label: 'RTL geresh inside a number', text: '\u05F30100 555 212 1+' },
  { label: 'Arabic tatweel inside a number', text: '+1 212\u0640 555 0100' },
  { label: 'Hebrew letter inside a number', text: '+1 212 555 0100\u05D0' },
  { label: 'Arabic letter leading a number', text: '\u0639+44 20 7946 0018' },
  { label: 'Hangul fillers as a name', text: '\u3164\u3164\u3164' },
  { label: 'braille blanks as a name', text: '\u2800\u2800 \u2800' },
  { label: 'Hangul choseong filler', text: 'Ada\u115F\u1160Lovelace' },
  { label: 'zero-width joiners around digits', text: '+1\u200D555\u2060010\u200B0' },
  { label: 'very wide glyphs', text: '\uFDFD\uFDFD\uFDFD\u{12219}\u{12219}\u2E3B\u2E3B' },
  { label: 'OSC 8 terminal link', text: '\u001b]8;;https://evil.example\u0007+15550100\u001b]8;;\u0007' },
  { label: 'CSI clear screen', text: '\u001b[2J\u001b[H+15550100\u009b31m' },
  { label: 'Arabic-Indic digits', text: '\u0660\u0661\u0662\u0663 \u0665\u0665\u0665' },
  { label: 'fullwidth digits', text: '\uFF0B\uFF11 \uFF12\uFF11\uFF12 \uFF15\uFF15\uFF15' },
  { label: 'fullwidth dot segment', text: '\uFF0E\uFF0E' },
  { label: 'two-dot leader', text: '\u2025' },
  { label: 'double-encoded dot segment', text: '%252e%252e' },
  { label: 'tab-wrapped dot segment', text: '\t..\t' },
];

export const HOSTILE_CALLER_IDS: readonly HostileEntry[] = Object.freeze([
  ...MARKUP,
  ...LINKS,
  ...TEMPLATES,
  ...CHARACTERS,
  ...SIZES,
  ...SPOOFS,
]);

/** The families issue 19 added, with their sizes, for docs/reliability.md. */
export const SPOOF_FAMILY_SIZE = SPOOFS.length;

/**
 * A notification or tray text without the isolates the app itself puts around numbers and names
 * (LRI/FSI … PDI, LRO … PDF around a marked number). Only well-formed pairs around clean text
 * go, so a control smuggled in by a payload is still there to be found.
 */
export function withoutOwnIsolates(text: string): string {
  return text.replace(/[\u2066\u2068]\u202D?([^\u202A-\u202E\u2066-\u2069]*?)\u202C?\u2069/g, '$1');
}

/** Percent-encoded for a link, or raw where it cannot be (a lone surrogate): how a hostile entry goes into a URL. */
export function encodedOrRaw(text: string): string {
  try {
    return encodeURIComponent(text);
  } catch {
    return text;
  }
}
