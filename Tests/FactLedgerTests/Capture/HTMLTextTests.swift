import Testing

@testable import FactLedger

@Suite("HTML to article text")
struct HTMLTextTests {
  private func text(_ html: String) -> String { HTMLText.plainText(fromHTML: html) }

  @Test("scripts, styles, noscript, template, title and comments are dropped, with their content")
  func droppedElements() {
    let html = """
      <html><head><title>Tab title</title><style>p { color: red }</style>
      <script>var s = "<p>not text</p>"; if (a < b) {}</script></head>
      <body><p>Kept.</p><!-- <p>a comment</p> --><noscript>Enable JavaScript</noscript>
      <template><p>later</p></template><SCRIPT type="x">shout()</SCRIPT><p>Also kept.</p></body></html>
      """
    #expect(text(html) == "Kept.\n\nAlso kept.\n")
  }

  @Test(
    "named, decimal and hexadecimal references are decoded; unknown ones stay as written",
    arguments: [
      ("&amp; &lt;b&gt; &quot;q&quot; &apos;a&apos;", "& <b> \"q\" 'a'"),
      ("a&mdash;b&ndash;c &hellip;", "a—b–c …"),
      ("&lsquo;x&rsquo; &ldquo;y&rdquo;", "‘x’ “y”"),
      ("&copy; &reg; &trade; caf&eacute; na&iuml;ve", "© ® ™ café naïve"),
      ("it&#8217;s it&#x2019;s it&#X2019;s", "it’s it’s it’s"),
      ("Windows &#146;quote&#148;", "Windows ’quote”"),
      ("A&nbsp;B", "A\u{A0}B"),
      ("&bogus; AT&T &#0;", "&bogus; AT&T \u{FFFD}"),
    ])
  func entities(html: String, expected: String) {
    #expect(text("<p>\(html)</p>") == expected + "\n")
  }

  @Test("block elements end paragraphs; inline elements join their text")
  func blockBreaks() {
    let html = """
      <h1>Head</h1><div>One <b>bold</b> <a href="x">link</a></div><ul><li>First</li><li>Second</li></ul>
      <blockquote>Quoted</blockquote>Line<br/>Break<section><header>H</header><footer>F</footer></section>
      <table><tr><td>a</td><td>b</td></tr></table><figure><img src="x"><figcaption>Cap</figcaption></figure>
      """
    #expect(
      text(html)
        == "Head\n\nOne bold link\n\nFirst\n\nSecond\n\nQuoted\n\nLine\n\nBreak\n\nH\n\nF\n\na b\n\nCap\n"
    )
  }

  @Test("white space folds to one space, lines are trimmed, one final line break")
  func whitespace() {
    let html = "<p>  Too \t many\n   spaces  </p>\n\n\n<p>\r\nNext </p>   "
    #expect(text(html) == "Too many spaces\n\nNext\n")
  }

  @Test("a `>` inside an attribute value does not end the tag; a lone `<` is text")
  func attributes() {
    #expect(text(#"<p title="a > b">x < y</p>"#) == "x < y\n")
  }

  @Test("a <textarea> shows its content as written: markup in it is text, references decoded")
  func textarea() {
    #expect(
      text("<p>Say: <textarea>a <b>bold</b> &amp; <p>no paragraph</TEXTAREA> after</p><p>next")
        == "Say: a <b>bold</b> & <p>no paragraph after\n\nnext\n")
    #expect(text("<p>open <textarea><p>never closed") == "open <p>never closed\n")
  }

  @Test("a news page keeps its furniture (navigation, share bar, footer) as text")
  func newsPage() {
    let html = """
      <!DOCTYPE html>
      <html lang="en"><head><meta charset="utf-8"><title>Navies Hold Joint Drill | Example News</title>
      <script async src="https://ads.example/tag.js"></script></head>
      <body>
      <nav class="top"><a href="/">Home</a> | <a href="/world">World</a> | <a href="/politics">Politics</a></nav>
      <article>
        <h1>Navies Hold Joint Drill</h1>
        <p class="byline">By <a href="/staff">Staff Writer</a> &middot; January 2, 2020</p>
        <div class="share">Share on Facebook</div>
        <p>The navies of two countries held a joint drill in December, the defence ministry said,
           according to&nbsp;<a href="https://tass.com">TASS</a>.</p>
        <aside>RELATED: Other navies &ndash; a history</aside>
        <p>&ldquo;The drill was a success,&rdquo; the ministry&#8217;s spokesperson told reporters.</p>
      </article>
      <footer><p>&copy; 2020 Example News. All rights reserved.</p></footer>
      <script>window.dataLayer = [];</script>
      </body></html>
      """
    #expect(
      text(html) == """
        Home | World | Politics

        Navies Hold Joint Drill

        By Staff Writer · January 2, 2020

        Share on Facebook

        The navies of two countries held a joint drill in December, the defence ministry said, according to\u{A0}TASS.

        RELATED: Other navies – a history

        “The drill was a success,” the ministry’s spokesperson told reporters.

        © 2020 Example News. All rights reserved.

        """)
  }

  @Test("a page is told by its doctype, its <html> or a <body>; plain text is not")
  func detection() {
    #expect(HTMLText.looksLikeHTML("  <!DOCTYPE html><p>x"))
    #expect(HTMLText.looksLikeHTML("<HTML><p>x"))
    #expect(HTMLText.looksLikeHTML("<div>x</div><BODY>y"))
    #expect(!HTMLText.looksLikeHTML("Plain text that mentions a <b> tag."))
  }
}
