// The html tag: every interpolation escaped unless it is SafeHtml, arrays joined, nothing for null and false.
// Prettier would format the templates as HTML and change the strings compared: hence its ignore comments.
import { describe, expect, it } from 'vitest';
import { html, SafeHtml, trustedHtml } from '../../../server/html/safe-html.js';

describe('html', () => {
  it('escapes every interpolated string and number', () => {
    const name = `<script>alert("x")</script> & 'Co'`;
    // prettier-ignore
    expect(html`<td title="${name}">${name}</td>`.toString()).toBe(
      '<td title="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;Co&#39;">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;Co&#39;</td>',
    );
    // prettier-ignore
    expect(html`<b>${42}</b>`.toString()).toBe('<b>42</b>');
  });

  it('keeps what another template made, and escapes it only once', () => {
    // prettier-ignore
    const cell = html`<td>${'a<b'}</td>`;
    expect(cell).toBeInstanceOf(SafeHtml);
    // prettier-ignore
    expect(html`<tr>${cell}</tr>`.toString()).toBe('<tr><td>a&lt;b</td></tr>');
  });

  it('joins arrays, escaping their strings, and leaves nothing for null, undefined and false', () => {
    // prettier-ignore
    const rows = ['x', 'y&z'].map((v) => html`<li>${v}</li>`);
    // prettier-ignore
    expect(html`<ul>${rows}</ul>`.toString()).toBe('<ul><li>x</li><li>y&amp;z</li></ul>');
    // prettier-ignore
    expect(html`${['<i>', html`<i>`]}`.toString()).toBe('&lt;i&gt;<i>');
    // prettier-ignore
    expect(html`[${null}${undefined}${false}]`.toString()).toBe('[]');
  });

  it('passes trusted markup as it is', () => {
    // prettier-ignore
    expect(html`<style>${trustedHtml('a > b { color: red }')}</style>`.toString()).toBe('<style>a > b { color: red }</style>');
  });
});
