@testable import FactLedger

/// A drafter over a few test sentences and a small `sources.json`, for the attribution tests.
enum AttributionFixture {
  /// Outlets, an agency, an institution and a ministry, as the shipped `sources.json` has them.
  static let sources: [Source] = [
    Source(id: "cnn", name: "CNN", kind: .outlet),
    Source(id: "newsweek", name: "Newsweek", kind: .outlet),
    Source(
      id: "the-national-interest", name: "The National Interest", kind: .outlet, aliases: ["TNI"]),
    Source(id: "tass", name: "TASS", kind: .newsAgency, aliases: ["Russia’s TASS news agency"]),
    Source(
      id: "center-for-naval-analyses", name: "Center for Naval Analyses", kind: .institution,
      aliases: ["CNA"]),
    Source(id: "chinese-foreign-ministry", name: "Chinese Foreign Ministry", kind: .government),
  ]

  /// A drafter for `text`.
  static func drafter(_ text: String) -> AttributionDrafter {
    AttributionDrafter(text: ArticleText(text), sources: sources)
  }

  /// The offsets of the first place `words` stand in `text`, or of all of it.
  static func span(of words: String?, in text: String) -> Range<Int> {
    guard let words else { return 0..<text.unicodeScalars.count }
    let start = ArticleText(text).occurrences(of: words).first ?? 0
    return start..<start + words.unicodeScalars.count
  }

  /// The draft for `words` of `text` (all of it when `nil`).
  static func draft(_ text: String, of words: String? = nil) -> AttributionDraft {
    drafter(text).draft(of: span(of: words, in: text))
  }

  /// The text of a range of `text`.
  static func text(_ range: Range<Int>?, in text: String) -> String? {
    range.flatMap { ArticleText(text).text(from: $0.lowerBound, to: $0.upperBound) }
  }
}
