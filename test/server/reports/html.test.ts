// The html tag: every interpolation escaped unless it is SafeHtml, arrays joined, nothing for null and false.
import { describe, expect, it } from 'vitest';
import { html, SafeHtml, trustedHtml } from '../../../server/reports/html.js';

describe('html', () => {
  it('escapes every interpolated string and number', () => {
    const name = `<script>alert("x")</script> & 'Co'`;
    expect(html`<td title="${name}">${name}</td>`.toString()).toBe(
      '<td title="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;Co&#39;">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;Co&#39;</td>',
    );
    expect(html`<b>${42}</b>`.toString()).toBe('<b>42</b>');
  });

  it('keeps what another template made, and escapes it only once', () => {
    const cell = html`<td>${'a<b'}</td>`;
    expect(cell).toBeInstanceOf(SafeHtml);
    expect(
      html`<tr>
        ${cell}
      </tr>`.toString(),
    ).toBe('<tr><td>a&lt;b</td></tr>');
  });

  it('joins arrays, escaping their strings, and leaves nothing for null, undefined and false', () => {
    const rows = ['x', 'y&z'].map((v) => html`<li>${v}</li>`);
    expect(
      html`<ul>
        ${rows}
      </ul>`.toString(),
    ).toBe('<ul><li>x</li><li>y&amp;z</li></ul>');
    expect(html`${['<i>', html`<i></i>`]}`.toString()).toBe('&lt;i&gt;<i>');
    expect(html`[${null}${undefined}${false}]`.toString()).toBe('[]');
  });

  it('passes trusted markup as it is', () => {
    expect(
      html`<style>
        ${trustedHtml('a > b { color: red }')}
      </style>`.toString(),
    ).toBe('<style>a > b { color: red }</style>');
  });
});
