/// The look of the article page: one colour pair per status, and the stylesheet.
///
/// Every status's text colour on its background has a WCAG 2 contrast ratio of at least 4.5:1
/// (level AA for normal text), and so has the muted grey on white; a test computes them. The
/// status is also written as a label with an icon, so it never rests on colour alone.
public enum ArticlePageStyle {
  /// A colour pair: text on background, as `#rrggbb`.
  public struct Colours: Sendable, Equatable {
    /// The text colour.
    public var text: String
    /// The background colour.
    public var background: String
    /// The colour of the highlight's underline and of the bar's segment.
    public var accent: String
  }

  /// The colours of each status.
  public static func colours(of status: PageStatus) -> Colours {
    switch status {
    case .verified: Colours(text: "#0b3d1a", background: "#d3f2dc", accent: "#1e7b3a")
    case .disputed: Colours(text: "#6b0d0d", background: "#fbd9d6", accent: "#b3261e")
    case .unverified: Colours(text: "#4a3400", background: "#fbecc2", accent: "#9a6b00")
    case .unsourced: Colours(text: "#4d1a66", background: "#ecdcf5", accent: "#7b3fa0")
    case .unreviewed: Colours(text: "#1c3a5e", background: "#dbe8f7", accent: "#2f6db5")
    case .draft: Colours(text: "#3d3d3d", background: "#eeeeee", accent: "#6b6b6b")
    case .notAClaim: Colours(text: "#595959", background: "#ffffff", accent: "#767676")
    }
  }

  /// Body text, page background, and the colour of text no record covers.
  public static let ink = "#1a1a1a"
  /// The page background.
  public static let paper = "#ffffff"
  /// Text no record covers: dark on a hatched pale yellow, marked with a dotted border too.
  public static let uncovered = Colours(text: "#1a1a1a", background: "#fff7cc", accent: "#8a6d00")
  /// Links.
  public static let link = "#0b57d0"

  /// The stylesheet: screen, narrow screens and print.
  public static var css: String {
    var rules = base
    for status in PageStatus.allCases {
      let colours = colours(of: status)
      rules += """
        .st-\(status.rawValue) { color: \(colours.text); background: \(colours.background); \
        border-bottom-color: \(colours.accent); }
        .badge.st-\(status.rawValue) { border-color: \(colours.accent); }
        li.claim[data-status="\(status.rawValue)"] { border-left-color: \(colours.accent); }

        """
    }
    return rules + narrow + print
  }

  private static let base = """
    :root { color-scheme: light; }
    * { box-sizing: border-box; }
    body { margin: 0; font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; \
    color: \(ink); background: \(paper); }
    a { color: \(link); }
    a:focus-visible, mark:focus-visible, li:focus-visible { outline: 3px solid \(link); outline-offset: 2px; }
    header.summary { padding: 1rem 1.5rem; border-bottom: 1px solid #d0d0d0; }
    header.summary h1 { margin: 0 0 .25rem; font-size: 1.5rem; }
    .meta { margin: 0; color: #444444; }
    .meta dt { display: inline; font-weight: 600; }
    .meta dd { display: inline; margin: 0 1rem 0 .25rem; }
    .counts { display: flex; flex-wrap: wrap; gap: .5rem; list-style: none; padding: 0; margin: .5rem 0 0; }
    .counts li { padding: 0 .5rem; border-radius: 3px; border-bottom: 3px solid; }
    .statusbar { display: block; width: 100%; max-width: 48rem; height: 24px; margin-top: .75rem; }
    main { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); gap: 1.5rem; \
    padding: 1rem 1.5rem; }
    .article-text { white-space: pre-wrap; font-family: Georgia, "Times New Roman", serif; \
    font-size: 1.05rem; line-height: 1.7; margin: 0; }
    .claims { position: sticky; top: 0; max-height: 100vh; overflow-y: auto; padding-right: .5rem; }
    .claims h2, .text h2 { font-size: 1.1rem; margin: 0 0 .5rem; }
    mark.rec { border-bottom: 2px solid; padding: 1px 0; }
    mark.rec mark.rec { border-bottom-style: double; border-bottom-width: 4px; }
    mark.st-not-a-claim { background: transparent; border-bottom: 1px dotted; }
    .tag { font: 600 .7rem/1 system-ui, sans-serif; text-decoration: none; color: inherit; \
    border: 1px solid currentColor; border-radius: 3px; padding: 0 .2rem; margin-right: .15rem; \
    vertical-align: .15em; white-space: nowrap; }
    .cue { font-style: italic; text-decoration: underline dotted; }
    .speaker { font-weight: 700; }
    .uncovered { color: \(uncovered.text); background: \(uncovered.background); \
    outline: 1px dashed \(uncovered.accent); }
    mark:target, mark.is-linked { outline: 3px solid \(link); outline-offset: 1px; }
    ol.claim-list { list-style: none; margin: 0; padding: 0; }
    li.claim { border-left: 6px solid; padding: .5rem .75rem; margin: 0 0 .75rem; \
    background: #fafafa; color: \(ink); }
    li.claim:target, li.claim.is-linked { outline: 3px solid \(link); }
    li.claim h3 { font-size: 1rem; margin: 0 0 .25rem; }
    .badge { display: inline-block; font-weight: 600; font-size: .8rem; padding: 0 .4rem; \
    border: 1px solid; border-radius: 3px; }
    .claim dl { margin: .25rem 0; display: grid; grid-template-columns: max-content 1fr; gap: 0 .75rem; }
    .claim dt { font-weight: 600; }
    .claim dd { margin: 0; }
    .evidence { margin: .25rem 0 0; padding-left: 1.25rem; }
    .evidence blockquote { margin: .25rem 0; padding-left: .5rem; border-left: 3px solid #c0c0c0; \
    color: #333333; }
    .legend { font-size: .9rem; }
    .filters { margin: .5rem 0; font-size: .9rem; }
    .filters fieldset { display: inline; border: 1px solid #c0c0c0; margin: 0 .5rem .25rem 0; }
    .filtered-out { display: none; }
    mark.dimmed { background: transparent; border-bottom-color: transparent; }

    """

  private static let narrow = """
    @media (max-width: 800px) {
      main { grid-template-columns: 1fr; padding: .75rem; }
      .claims { position: static; max-height: none; overflow: visible; }
      header.summary { padding: .75rem; }
    }

    """

  private static let print = """
    @media print {
      body { font-size: 11pt; }
      main { display: block; padding: 0; }
      .claims { position: static; max-height: none; overflow: visible; break-before: page; }
      .filters, .show-in-text { display: none; }
      mark, .badge, li.claim, .counts li, .statusbar { print-color-adjust: exact; \
    -webkit-print-color-adjust: exact; }
      li.claim { break-inside: avoid; }
      .evidence a[href]::after { content: " (" attr(href) ")"; font-size: 9pt; word-break: break-all; }
    }

    """
}
