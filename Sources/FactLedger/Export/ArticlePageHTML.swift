/// Renders an `ArticlePage` as one self-contained HTML file: inline CSS, an inline SVG bar and a
/// small inline script; nothing is fetched (a Content-Security-Policy forbids it).
///
/// The page is HTML5 that is also well-formed XML (every element closed, only the five XML
/// entities, the style and script in commented CDATA sections), so an XML parser can check it.
/// Every piece of ledger or evidence text goes through `Escape.html` ; only `http(s)` URLs
/// become links (`WebLink`).
///
/// Each record's highlight is `<mark id="hl-ID">` with a status tag linking to the record's
/// entry in the list, `<li id="claim-ID">`, which links back with `href="#hl-ID"`; `:target`
/// styles show the one reached. Overlapping records are laid out by `HighlightLayout`: nested
/// ones nest, crossing ones are split, the first piece carrying the id.
public struct ArticlePageHTML: Sendable {
  /// A renderer.
  public init() {}

  /// The page.
  ///
  /// - Parameter page: What to show.
  /// - Returns: The HTML document, ending with a newline.
  public func render(_ page: ArticlePage) -> String {
    let title = "Fact-check: " + page.article.title
    var html = """
      <!DOCTYPE html>
      <html lang="\(Escape.html(page.article.language))">
      <head>
      <meta charset="utf-8"/>
      <meta name="viewport" content="width=device-width, initial-scale=1"/>
      <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'"/>
      <meta name="generator" content="factledger \(FactLedgerVersion.current)"/>
      <title>\(Escape.html(title))</title>
      <style>/*<![CDATA[*/
      \(ArticlePageStyle.css)/*]]>*/</style>
      \(structuredData(page))</head>
      <body>

      """
    html += summary(page)
    html += "<main>\n<section class=\"text\" aria-labelledby=\"text-heading\">\n"
    html += "<h2 id=\"text-heading\">Article text</h2>\n"
    html += "<div class=\"article-text\">" + text(page) + "</div>\n</section>\n"
    html += ClaimListHTML().render(page)
    html += "</main>\n<script>/*<![CDATA[*/\n" + ArticlePageScript.source + "/*]]>*/</script>\n"
    return html + "</body>\n</html>\n"
  }

  /// The page's ClaimReviews as a JSON-LD script element, or nothing (`ClaimReviewExport.text`:
  /// no text in it can close the element or break the XML).
  func structuredData(_ page: ArticlePage) -> String {
    guard let json = page.claimReviews else { return "" }
    return "<script type=\"application/ld+json\">\n" + ClaimReviewExport.text(of: json)
      + "</script>\n"
  }

  // MARK: - Summary

  private func summary(_ page: ArticlePage) -> String {
    let article = page.article
    var meta: [(String, String)] = [("Article", "<code>\(Escape.html(article.id))</code>")]
    if let author = article.author { meta.append(("Author", Escape.html(author))) }
    if let publisher = article.publisher { meta.append(("Publisher", Escape.html(publisher))) }
    meta.append(
      ("Published", "<time datetime=\"\(article.published)\">\(article.published)</time>"))
    if let url = article.url { meta.append(("URL", WebLink.html(url, text: url))) }
    let files =
      page.evidenceFiles.isEmpty
      ? "none: statuses come from reviews only"
      : page.evidenceFiles.map { "<code>\(Escape.html($0))</code>" }.joined(separator: ", ")
    let check = [
      (
        "Checked",
        "<time datetime=\"\(Escape.html(page.checkedAt))\">\(Escape.html(page.checkedAt))</time>"
      ),
      ("Evidence", files),
    ]
    let list = { (pairs: [(String, String)]) in
      pairs.map { "<dt>\($0.0)</dt><dd>\($0.1)</dd>" }.joined()
    }
    let counts = page.counts
    let items = PageStatus.allCases.compactMap { status -> String? in
      guard let count = counts[status], count > 0 else { return nil }
      return "<li class=\"st-\(status.rawValue)\" data-status=\"\(status.rawValue)\">"
        + "\(status.icon) \(status.label): <strong>\(count)</strong></li>"
    }
    return """
      <header class="summary">
      <h1>\(Escape.html(article.title))</h1>
      <dl class="meta">\(list(meta))</dl>
      <dl class="meta">\(list(check))</dl>
      \(StatusBarSVG.svg(for: counts))
      <ul class="counts" aria-label="Records by status">\(items.joined())</ul>
      <p class="legend">In the text: each record is highlighted in its status's colour with its \
      label; <span class="cue">cue words</span> are in italics, the \
      <span class="speaker">speaker</span> in bold, and \
      <span class="uncovered">text no record covers</span> is outlined.</p>
      </header>

      """
  }

  // MARK: - Text

  /// The article's text with every record, cue and speaker laid over it.
  func text(_ page: ArticlePage) -> String {
    let scalars = Array(page.text.unicodeScalars)
    let count = page.records.count
    var highlights: [HighlightLayout.Highlight] = []
    for (index, record) in page.records.enumerated() {
      let anchor = record.claim.anchor
      highlights.append(.init(index: index, start: anchor.start, end: anchor.end))
    }
    for (index, record) in page.records.enumerated() {
      if let cue = record.claim.attribution.cue {
        highlights.append(.init(index: count + index, start: cue.start, end: cue.end))
      }
      if let speaker = record.speakerRange {
        highlights.append(
          .init(index: 2 * count + index, start: speaker.lowerBound, end: speaker.upperBound))
      }
    }
    let layout = HighlightLayout(length: scalars.count, highlights: highlights)
    var html = ""
    var recordDepth = 0
    for piece in layout.pieces {
      switch piece {
      case .open(let index, let isFirst):
        if index < count {
          recordDepth += 1
          html += open(page.records[index], isFirst: isFirst)
        } else if index < 2 * count {
          let id = Escape.html(page.records[index - count].claim.id)
          html += "<span class=\"cue\" title=\"cue of \(id)\">"
        } else {
          let id = Escape.html(page.records[index - 2 * count].claim.id)
          html += "<span class=\"speaker\" title=\"speaker of \(id)\">"
        }
      case .close(let index):
        if index < count {
          recordDepth -= 1
          html += "</mark>"
        } else {
          html += "</span>"
        }
      case .text(let start, let end):
        var from = start
        if recordDepth == 0 {
          // Text no record covers is outlined, without the white space around it.
          while from < end, scalars[from].properties.isWhitespace { from += 1 }
          html += escaped(scalars[start..<from])
          var upTo = end
          while upTo > from, scalars[upTo - 1].properties.isWhitespace { upTo -= 1 }
          if from < upTo {
            html +=
              "<span class=\"uncovered\" title=\"no record covers this text\">"
              + escaped(scalars[from..<upTo]) + "</span>"
          }
          from = upTo
        }
        html += escaped(scalars[from..<end])
      }
    }
    return html
  }

  /// `scalars` as HTML text, line breaks kept (the text is shown with `white-space: pre-wrap`).
  private func escaped(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
    guard !scalars.isEmpty else { return "" }
    return String(String.UnicodeScalarView(scalars))
      .split(separator: "\n", omittingEmptySubsequences: false)
      .map { Escape.html(String($0)) }.joined(separator: "\n")
  }

  /// The opening of a record's highlight; its first piece carries the id and the status tag.
  private func open(_ record: ArticlePage.Record, isFirst: Bool) -> String {
    let id = Escape.html(record.claim.id)
    let status = record.status
    let attributes =
      "class=\"rec st-\(status.rawValue)\(isFirst ? "" : " cont")\" data-claim=\"\(id)\" "
      + "data-status=\"\(status.rawValue)\" data-kind=\"\(record.claim.kind.rawValue)\""
    guard isFirst else { return "<mark \(attributes)>" }
    let title = Escape.html(
      "\(record.claim.id): \(status.label), \(record.claim.kind.rawValue)")
    return "<mark id=\"hl-\(id)\" \(attributes)>"
      + "<a class=\"tag\" href=\"#claim-\(id)\" title=\"\(title)\">"
      + "\(status.icon) <span class=\"label\">\(status.label)</span></a>"
  }
}
