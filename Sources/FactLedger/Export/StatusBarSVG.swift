/// The counts by status as an inline SVG bar: one segment per status, as wide as its share,
/// each with a `<title>` ("verified: 12") for a pointer or a screen reader, and the whole bar
/// labelled with every count in words.
public enum StatusBarSVG {
  /// The bar for `counts`, in the order of `PageStatus.allCases`; statuses with no record are
  /// left out. An empty ledger gets an empty grey bar.
  ///
  /// - Parameter counts: How many records show each status.
  /// - Returns: An `<svg>` element, well-formed XML.
  public static func svg(for counts: [PageStatus: Int]) -> String {
    let shown = PageStatus.allCases.compactMap { status in
      counts[status].flatMap { $0 > 0 ? (status, $0) : nil }
    }
    let total = shown.reduce(0) { $0 + $1.1 }
    let summary =
      shown.isEmpty
      ? "no records" : shown.map { "\($0.0.label): \($0.1)" }.joined(separator: ", ")
    var svg =
      "<svg class=\"statusbar\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 1000 24\" "
      + "preserveAspectRatio=\"none\" role=\"img\" aria-label=\"\(Escape.html("Records by status: " + summary))\">"
    svg += "<title>\(Escape.html("Records by status: " + summary))</title>"
    guard total > 0 else {
      return svg + "<rect x=\"0\" y=\"0\" width=\"1000\" height=\"24\" fill=\"#eeeeee\"/></svg>"
    }
    // Widths in thousandths, rounded so that they add up to exactly 1000.
    var x = 0
    var running = 0
    for (status, count) in shown {
      running += count
      let next = running * 1000 / total
      let colours = ArticlePageStyle.colours(of: status)
      svg +=
        "<rect class=\"segment\" data-status=\"\(status.rawValue)\" x=\"\(x)\" y=\"0\" "
        + "width=\"\(next - x)\" height=\"24\" fill=\"\(colours.accent)\">"
        + "<title>\(Escape.html("\(status.label): \(count)"))</title></rect>"
      x = next
    }
    return svg + "</svg>"
  }
}
