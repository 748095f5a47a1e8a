/// The index page written beside the article pages (`export -o DIR`): every article with its
/// title, date, counts by status and a link to its page, `<article-id>.html`.
public struct ArticleIndexHTML: Sendable {
  /// A renderer.
  public init() {}

  /// The file name of an article's page in the folder.
  public static func fileName(of article: String) -> String { "\(article).html" }

  /// The index of `pages`.
  ///
  /// - Parameter pages: The article pages written beside it.
  /// - Returns: The HTML document, ending with a newline.
  public func render(_ pages: [ArticlePage]) -> String {
    var html = """
      <!DOCTYPE html>
      <html lang="en">
      <head>
      <meta charset="utf-8"/>
      <meta name="viewport" content="width=device-width, initial-scale=1"/>
      <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'"/>
      <title>Fact-check ledger: \(pages.count) article\(pages.count == 1 ? "" : "s")</title>
      <style>/*<![CDATA[*/
      \(ArticlePageStyle.css)
      ol.articles { list-style: none; padding: 0; }
      ol.articles li { margin: 0 0 1.25rem; }
      main.index { display: block; }
      /*]]>*/</style>
      </head>
      <body>
      <header class="summary"><h1>Fact-check ledger</h1></header>
      <main class="index">
      <ol class="articles">

      """
    for page in pages {
      let id = Escape.html(page.article.id)
      let counts = page.counts
      let words = PageStatus.allCases.compactMap { status in
        counts[status].map { "\(status.icon) \(status.label): \($0)" }
      }
      html += """
        <li><a href="\(Escape.html(Self.fileName(of: page.article.id)))">\
        \(Escape.html(page.article.title))</a> <code>\(id)</code>, \
        <time datetime="\(page.article.published)">\(page.article.published)</time>
        \(StatusBarSVG.svg(for: counts))
        <p>\(Escape.html(words.joined(separator: ", ")))</p></li>

        """
    }
    return html + "</ol>\n</main>\n</body>\n</html>\n"
  }
}
