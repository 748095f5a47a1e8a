/// The kinds of page text that makes no claim: headline, dateline, byline, furniture and
/// question.
extension KindClassifier {
  /// Where a sentence stands: its paragraph, and what the paragraphs before it were.
  struct Place {
    /// The paragraph (non-blank line) that holds the sentence.
    var paragraph: Range<Int>
    /// The paragraph's index among the article's paragraphs, from 0.
    var paragraphIndex: Int
    /// Whether the previous paragraph's last record was furniture.
    var followsFurniture: Bool
    /// Whether the paragraph is the author's biography.
    var isBiography: Bool
  }

  /// Labels that open a line of page furniture, in capitals as printed.
  static let furnitureLabels = [
    "RELATED:", "SEE ALSO:", "READ NEXT:", "READ MORE:", "ALSO READ:", "MORE:", "WATCH:",
    "LISTEN:", "PHOTOS:", "VIDEO:", "UPDATE:", "ADVERTISEMENT", "SPONSORED",
  ]
  /// Whole lines of furniture, in any case: advertising, teaser headings, prompts.
  static let furnitureLines: Set<String> = [
    "advertisement", "- advertisement -", "advertisment", "- advertisment -", "sponsored",
    "sponsored content", "must read", "recommended", "trending", "trending now", "most popular",
    "share", "share this", "share this article", "subscribe", "more stories", "top stories",
  ]
  /// How a line of furniture starts, in any case: prompts, credits, captions, legends.
  static let furnitureLeads = [
    "advertisement", "share this", "share on", "sign up", "subscribe to", "click here",
    "follow us", "photo:", "photo by", "photo credit", "image:", "image credit", "credit:",
    "map:", "graphic:", "legend:", "key:", "source:", "file photo", "illustration:",
    "pictured:", "caption:", "copyright", "©", "all rights reserved",
  ]
  /// The words of a share bar.
  static let shareWords: Set<String> = [
    "share", "facebook", "twitter", "x", "linkedin", "email", "e-mail", "whatsapp", "reddit",
    "pinterest", "print", "telegram", "copy", "link", "tweet", "messenger", "flipboard",
  ]
  /// Words a title leaves in lowercase.
  private static let smallWords: Set<String> = [
    "a", "an", "the", "and", "or", "but", "nor", "of", "to", "in", "on", "at", "by", "for",
    "with", "from", "as", "vs", "via", "into", "over", "amid", "per", "up", "off",
  ]

  /// The kind of `sentence` when it is page text rather than a claim.
  func pageKind(of sentence: Range<Int>, at place: Place) -> ClaimKind? {
    let written = text.text(from: sentence.lowerBound, to: sentence.upperBound) ?? ""
    let folded = Self.fold(written)
    let isWholeLine = sentence == place.paragraph
    if isWholeLine, folded == Self.fold(title) { return .headline }
    if isWholeLine, DateLine.isDate(written) { return .dateline }
    if sentence.lowerBound == place.paragraph.lowerBound,
      WireDateline.end(in: place.paragraph, of: text)?.end == sentence.upperBound
    {
      return .dateline
    }
    if isFurniture(written, folded: folded, sentence: sentence, isWholeLine: isWholeLine) {
      return .furniture
    }
    if isByline(written, folded: folded, isWholeLine: isWholeLine) || place.isBiography {
      return .byline
    }
    if isWholeLine, isHeading(written) { return place.paragraphIndex < 3 ? .headline : .furniture }
    if place.followsFurniture, Self.isTruncated(place.paragraph, in: text) { return .furniture }
    return nil
  }

  /// Whether the sentence ends with a question mark (closing marks aside).
  func isQuestion(_ sentence: Range<Int>) -> Bool {
    var offset = sentence.upperBound - 1
    while offset > sentence.lowerBound, SentenceEnd.closers.contains(text.scalars[offset]) {
      offset -= 1
    }
    return text.scalars[offset] == "?"
  }

  /// Whether `paragraph` is the author's biography: it opens with the author's name and a
  /// verb ("Paul Crespo is a defense expert"), or with "About the author".
  func isBiography(_ paragraph: Range<Int>) -> Bool {
    let written = Self.fold(text.text(from: paragraph.lowerBound, to: paragraph.upperBound) ?? "")
    if written.hasPrefix("about the author") { return true }
    guard let author, !author.isEmpty else { return false }
    let name = Self.fold(author)
    return ["is", "was", "has", "writes", "covers", "reports", "served", "holds", "joined"]
      .contains { written.hasPrefix("\(name) \($0) ") }
  }

  // MARK: - Kinds of page text

  private func isFurniture(
    _ written: String, folded: String, sentence: Range<Int>, isWholeLine: Bool
  )
    -> Bool
  {
    let unbracketed = written.drop { "([".contains($0) }
    if Self.furnitureLabels.contains(where: { unbracketed.hasPrefix($0) }) { return true }
    if BracketedLink.range(at: sentence.lowerBound, in: sentence, of: text) == sentence {
      return true
    }
    guard isWholeLine else { return false }
    if Self.furnitureLines.contains(folded)
      || Self.furnitureLeads.contains(where: { folded == $0 || folded.hasPrefix($0 + " ") })
    {
      return true
    }
    if written.hasSuffix(">>") || written.hasSuffix("»") || written.hasSuffix("→") { return true }
    let words = SentenceWords(written).words
    if !words.isEmpty, words.allSatisfy(Self.shareWords.contains) { return true }
    if written.contains("Getty Images") || written.contains("AP Photo")
      || written.contains("REUTERS/") || written.contains("Photo/")
    {
      return true
    }
    return false
  }

  private func isByline(_ written: String, folded: String, isWholeLine: Bool) -> Bool {
    guard isWholeLine else { return false }
    if let author, !author.isEmpty, folded == Self.fold(author) { return true }
    let words = SentenceWords(written).written
    guard words.first == "By", words.count >= 2, words.count <= 12,
      !written.hasSuffix(".")
    else { return false }
    return words.dropFirst().first?.unicodeScalars.first?.properties.isUppercase == true
  }

  /// A line in title case with no full stop: a headline or a heading.
  private func isHeading(_ written: String) -> Bool {
    guard let last = written.unicodeScalars.last, !".,;:!\u{2026}".unicodeScalars.contains(last)
    else { return false }
    let words = SentenceWords(written).written
    guard !words.isEmpty, words.count <= 20 else { return false }
    let capitalised = words.filter { word in
      word.unicodeScalars.first.map {
        $0.properties.isUppercase || $0.properties.numericType != nil
      }
        ?? false
    }
    guard let first = words.first?.unicodeScalars.first, first.properties.isUppercase else {
      return false
    }
    return words.allSatisfy { word in
      capitalised.contains(word) || Self.smallWords.contains(word.lowercased())
    }
  }

  /// Whether the paragraph ends with an ellipsis: the cut excerpt of a teaser.
  private static func isTruncated(_ paragraph: Range<Int>, in text: ArticleText) -> Bool {
    guard let written = text.text(from: paragraph.lowerBound, to: paragraph.upperBound) else {
      return false
    }
    return written.hasSuffix("...") || written.hasSuffix("\u{2026}")
  }

  /// Lowercase, with runs of white space as one space and curly quotes straight.
  static func fold(_ text: String) -> String {
    let straight = text.lowercased().unicodeScalars.map { scalar -> Character in
      switch scalar {
      case "\u{2018}", "\u{2019}": "'"
      case "\u{201C}", "\u{201D}": "\""
      default: Character(scalar)
      }
    }
    return String(straight).split(whereSeparator: \.isWhitespace).joined(separator: " ")
  }
}
