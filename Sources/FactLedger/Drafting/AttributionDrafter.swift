/// Drafts the attribution and kind of a span of an article from its sentence: the cue verbs
/// and phrases, a capitalised name beside a cue, and the outlets `sources.json` names.
///
/// A draft for a person to review, not an extractor: it looks at the one sentence that holds
/// the span and takes what stands beside a cue.
struct AttributionDrafter {
  /// The cue words it looks for, as whole words in any case and with any white space.
  static let cues = [
    "according to", "said", "says", "told", "added", "reported", "stated", "noted", "announced",
  ]
  /// Words that start a capitalised run but name no one.
  private static let notNames: Set<String> = [
    "The", "A", "An", "In", "On", "At", "But", "And", "He", "She", "It", "They", "We", "I",
    "This", "That", "As", "Its", "His", "Her", "Their",
  ]
  private static let openingDoubleQuotes: Set<Unicode.Scalar> = ["\u{201C}", "\u{201E}"]
  private static let closingDoubleQuotes: Set<Unicode.Scalar> = ["\u{201D}"]

  let text: ArticleText
  let sources: [Source]

  /// The drafted attribution of `span`.
  func attribution(of span: Range<Int>) -> Attribution {
    let sentence = SentenceBounds.sentence(around: span, in: text)
    let found = cues(in: sentence).sorted { distance($0, span) < distance($1, span) }
    guard let nearest = found.first else { return Attribution(kind: .none) }
    let named = found.lazy.compactMap { cue in speaker(beside: cue).map { (cue, $0) } }.first
    let cue = named?.0 ?? nearest
    return Attribution(
      kind: .explicit, speaker: named.map { Speaker(name: $0.1) },
      outlet: outlet(in: sentence, cues: found), cue: cue)
  }

  /// The kind a span most likely has: `quote` inside quotation marks, `statement` in a
  /// sentence with a cue, else `event`.
  func kind(of span: Range<Int>) -> ClaimKind {
    if isQuoted(span) { return .quote }
    let sentence = SentenceBounds.sentence(around: span, in: text)
    return cues(in: sentence).isEmpty ? .event : .statement
  }

  // MARK: - Quotation marks

  /// Whether the span stands inside quotation marks: the nearest double quotation mark at or
  /// before its start opens a quote, and the nearest at or after its end closes one.
  func isQuoted(_ span: Range<Int>) -> Bool {
    let paragraph = lineBounds(around: span)
    guard !span.isEmpty else { return false }
    var before: Bool?
    var offset = span.lowerBound
    while offset >= paragraph.lowerBound, before == nil {
      before = quoteMark(at: offset, in: paragraph)
      if offset == paragraph.lowerBound { break }
      offset -= 1
    }
    var after: Bool?
    offset = span.upperBound - 1
    while offset < paragraph.upperBound, after == nil {
      after = quoteMark(at: offset, in: paragraph)
      offset += 1
    }
    return before == true && after == false
  }

  /// `true` for an opening double quotation mark at `offset`, `false` for a closing one,
  /// `nil` for none. A straight mark opens when an even number of them precede it.
  private func quoteMark(at offset: Int, in paragraph: Range<Int>) -> Bool? {
    let scalar = text.scalars[offset]
    if Self.openingDoubleQuotes.contains(scalar) { return true }
    if Self.closingDoubleQuotes.contains(scalar) { return false }
    guard scalar == "\"" else { return nil }
    let earlier = text.scalars[paragraph.lowerBound..<offset].filter { $0 == "\"" }.count
    return earlier % 2 == 0
  }

  private func lineBounds(around span: Range<Int>) -> Range<Int> {
    var start = span.lowerBound
    while start > 0, text.scalars[start - 1] != "\n" { start -= 1 }
    var end = span.upperBound
    while end < text.count, text.scalars[end] != "\n" { end += 1 }
    return start..<end
  }

  // MARK: - Cues

  /// Every cue in `range`, as it stands in the text.
  func cues(in range: Range<Int>) -> [TextSpan] {
    let folded = range.map { offset -> Unicode.Scalar in
      let scalar = text.scalars[offset]
      if scalar.properties.isWhitespace { return " " }
      return scalar.isASCII ? Unicode.Scalar(UInt8(ascii: scalar).lowercasedASCII) : scalar
    }
    var found: [TextSpan] = []
    for cue in Self.cues {
      let pattern = Array(cue.unicodeScalars)
      guard pattern.count <= folded.count else { continue }
      for start in 0...(folded.count - pattern.count)
      where folded[start..<start + pattern.count].elementsEqual(pattern)
        && !isWordScalar(folded, start - 1) && !isWordScalar(folded, start + pattern.count)
      {
        let offset = range.lowerBound + start
        found.append(
          TextSpan(
            exact: text.text(from: offset, to: offset + pattern.count) ?? cue, start: offset,
            end: offset + pattern.count))
      }
    }
    return found.sorted { $0.start < $1.start }
  }

  private func isWordScalar(_ scalars: [Unicode.Scalar], _ index: Int) -> Bool {
    guard scalars.indices.contains(index) else { return false }
    return scalars[index].properties.isAlphabetic || scalars[index].properties.numericType != nil
  }

  private func distance(_ cue: TextSpan, _ span: Range<Int>) -> Int {
    if cue.end <= span.lowerBound { return span.lowerBound - cue.end }
    if cue.start >= span.upperBound { return cue.start - span.upperBound }
    return 0
  }

  // MARK: - Speaker

  /// A capitalised name just before the cue ("Alexander Kochkin said") or just after it
  /// ("said Kochkin", "according to Kochkin"), of at most three words.
  func speaker(beside cue: TextSpan) -> String? {
    let words = self.words
    if let index = words.lastIndex(where: { $0.range.upperBound <= cue.start }),
      text.scalars[words[index].range.upperBound..<cue.start].allSatisfy(\.properties.isWhitespace)
    {
      var run: [Word] = []
      var current = index
      while current >= 0, run.count < 3, words[current].isNamePart,
        !Self.notNames.contains(words[current].text)
      {
        run.insert(words[current], at: 0)
        if current == 0 || !words[current - 1].endsClean { break }
        current -= 1
      }
      if !run.isEmpty { return run.map(\.text).joined(separator: " ") }
    }
    if let index = words.firstIndex(where: { $0.range.lowerBound >= cue.end }) {
      var run: [Word] = []
      var current = index
      while current < words.count, run.count < 3, words[current].isNamePart,
        !Self.notNames.contains(words[current].text)
      {
        run.append(words[current])
        if !words[current].endsClean { break }
        current += 1
      }
      if !run.isEmpty { return run.map(\.text).joined(separator: " ") }
    }
    return nil
  }

  /// A word of the text: letters, digits, hyphens and apostrophes, with whether punctuation
  /// (a comma, a full stop) follows it before the next word.
  private struct Word {
    var range: Range<Int>
    var text: String
    var endsClean: Bool

    /// A capitalised word that is no acronym ("Kochkin", not "CEO") and no possessive.
    var isNamePart: Bool {
      let scalars = Array(text.unicodeScalars)
      guard let first = scalars.first, first.properties.isUppercase,
        scalars.contains(where: \.properties.isLowercase)
      else { return false }
      return !text.hasSuffix("\u{2019}s") && !text.hasSuffix("'s")
    }
  }

  private var words: [Word] {
    var words: [Word] = []
    let scalars = text.scalars
    var offset = 0
    let isPart = { (scalar: Unicode.Scalar) in
      scalar.properties.isAlphabetic || scalar.properties.numericType != nil || scalar == "-"
        || scalar == "'" || scalar == "\u{2019}"
    }
    while offset < scalars.count {
      guard isPart(scalars[offset]) else {
        offset += 1
        continue
      }
      let start = offset
      while offset < scalars.count, isPart(scalars[offset]) { offset += 1 }
      let endsClean = offset < scalars.count && scalars[offset].properties.isWhitespace
      words.append(
        Word(
          range: start..<offset, text: text.text(from: start, to: offset) ?? "",
          endsClean: endsClean))
    }
    return words
  }

  // MARK: - Outlet

  /// The outlet or agency of `sources.json` the sentence names: the one right after
  /// "according to" when there is one, else the first named.
  func outlet(in sentence: Range<Int>, cues: [TextSpan]) -> String? {
    guard let words = text.text(from: sentence.lowerBound, to: sentence.upperBound) else {
      return nil
    }
    let scalars = Array(words.unicodeScalars)
    var named: [(offset: Int, id: String)] = []
    for source in sources where source.kind == .outlet || source.kind == .newsAgency {
      for name in [source.name] + source.aliases {
        if let offset = firstWholeWord(Array(name.unicodeScalars), in: scalars) {
          named.append((sentence.lowerBound + offset, source.id))
        }
      }
    }
    let afterAccordingTo = cues.filter { $0.exact.lowercased().hasPrefix("according") }.map(\.end)
    if let cited = named.first(where: { place in
      afterAccordingTo.contains { end in
        place.offset >= end
          && text.scalars[end..<place.offset].allSatisfy(\.properties.isWhitespace)
      }
    }) {
      return cited.id
    }
    return named.min { $0.offset < $1.offset }?.id
  }

  private func firstWholeWord(_ pattern: [Unicode.Scalar], in scalars: [Unicode.Scalar]) -> Int? {
    guard !pattern.isEmpty, pattern.count <= scalars.count else { return nil }
    return (0...(scalars.count - pattern.count)).first { start in
      scalars[start..<start + pattern.count].elementsEqual(pattern)
        && !isWordScalar(scalars, start - 1) && !isWordScalar(scalars, start + pattern.count)
    }
  }
}

extension UInt8 {
  fileprivate var lowercasedASCII: UInt8 {
    (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(self) ? self + 32 : self
  }
}
