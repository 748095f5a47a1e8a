/// The double quotation marks an article is read with, in one place: those that open a
/// quotation, those that close one, and the straight mark, which does either by its place.
///
/// English “ ”; the low-9 „ that opens a German, Polish or Czech quotation, closed by “ (or ”);
/// the reversed ‟; guillemets « », with or without spaces inside (French, Russian, Italian);
/// CJK corner brackets 「 」 and 『 』. Single marks (‘ ’ ‚ ‹ ›) are not followed: ‘ and ’
/// are apostrophes as often as quotes.
enum QuotationMarks {
  /// Marks that open a quotation wherever they stand.
  static let opening: Set<Unicode.Scalar> = [
    "\u{201C}", "\u{201E}", "\u{201F}", "\u{00AB}", "\u{300C}", "\u{300E}",
  ]
  /// Marks that close a quotation wherever they stand.
  static let closing: Set<Unicode.Scalar> = ["\u{201D}", "\u{00BB}", "\u{300D}", "\u{300F}"]
  /// The straight mark: it opens or closes by where it stands.
  static let straight: Unicode.Scalar = "\""
  /// Marks that close a quotation right after a sentence's full stop (and before white
  /// space): the closing ones, the straight ones, the single ’ and ', and “, which closes a
  /// German quotation („…“) there; the English “ that opens a quotation stands after a space.
  static let closingAfterStop = closing.union([straight, "'", "\u{2019}", "\u{201C}"])
  /// Every double mark, the straight one included.
  static let all = opening.union(closing).union([straight])

  /// Whether `scalar` closes a quotation that `opener` opened: the mark that pairs with it
  /// (» for «, 」 for 「, “ or ” for „), so that «…“x”…» ends at », not at ”. A straight
  /// mark, or ”, closes a quotation a straight mark opened.
  static func closes(_ scalar: Unicode.Scalar, openedBy opener: Unicode.Scalar) -> Bool {
    pairs[opener]?.contains(scalar) ?? false
  }

  /// The marks that close a quotation, by the mark that opened it.
  private static let pairs: [Unicode.Scalar: Set<Unicode.Scalar>] = [
    "\u{201C}": ["\u{201D}"], "\u{201E}": ["\u{201C}", "\u{201D}"], "\u{201F}": ["\u{201D}"],
    "\u{00AB}": ["\u{00BB}"], "\u{300C}": ["\u{300D}"], "\u{300E}": ["\u{300F}"],
    "\"": ["\"", "\u{201D}"],
  ]
}
