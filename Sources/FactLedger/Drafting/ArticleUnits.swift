/// The units of an article `extract` drafts a record for: its sentences that hold a word, each
/// with a drafted kind and attribution, and the byline or furniture sentences that belong together (an
/// author's biography, a teaser's lines) joined into one.
struct ArticleUnits {
  /// One unit: a span of the text, its kind and its drafted attribution.
  struct Unit: Equatable {
    var range: Range<Int>
    var kind: ClaimKind
    var attribution: Attribution
  }

  let text: ArticleText
  let quotations: Quotations
  private let classifier: KindClassifier
  private let drafter: AttributionDrafter

  /// The units of `text`, the text of `article`, whose outlets are among `sources`.
  init(text: ArticleText, article: Article, sources: [Source]) {
    self.text = text
    quotations = Quotations(text)
    let names = sources.flatMap { [$0.name] + $0.aliases }.map { $0.lowercased() }
    classifier = KindClassifier(
      text: text, quotations: quotations, title: article.title, author: article.author,
      sourceNames: Set(names))
    drafter = AttributionDrafter(text: text, sources: sources)
  }

  /// Where the text's lines start, as the drafter found them.
  var lines: LineStarts { drafter.lines }

  /// The credentials the words at `range` state (a post before a name, an appositive): the
  /// spans `extract` drafts as `credential` records inside their sentence's.
  func credentials(in range: Range<Int>) -> [CredentialDraft] {
    drafter.credentials(in: range)
  }

  /// Every unit, in text order.
  var all: [Unit] {
    let paragraphs = Paragraphs.ranges(in: text)
    let sentences = SentenceSegmenter.sentences(in: text)
    var units: [Unit] = []
    var next = 0
    var followsFurniture = false
    for (index, paragraph) in paragraphs.enumerated() {
      let place = KindClassifier.Place(
        paragraph: paragraph, paragraphIndex: index, followsFurniture: followsFurniture,
        isBiography: classifier.isBiography(paragraph))
      while next < sentences.count, sentences[next].upperBound <= paragraph.upperBound {
        if hasWords(sentences[next]) { units.append(unit(sentences[next], at: place)) }
        next += 1
      }
      followsFurniture = units.last?.kind == .furniture
    }
    return Self.joined(units, in: text)
  }

  /// The units for the text no range of `covered` touches: whole units no range overlaps,
  /// and the uncovered words of the others, each drafted as a unit of its own.
  func units(uncoveredBy covered: [Range<Int>]) -> [Unit] {
    guard !covered.isEmpty else { return all }
    var result: [Unit] = []
    for unit in all {
      let touching = covered.filter { $0.overlaps(unit.range) }
      guard !touching.isEmpty else {
        result.append(unit)
        continue
      }
      for run in text.uncoveredRuns(by: touching) where run.overlaps(unit.range) {
        let range = trimmed(run.clamped(to: unit.range))
        guard hasWords(range) else { continue }
        result.append(
          Unit(range: range, kind: unit.kind, attribution: attribution(range, unit.kind)))
      }
    }
    return result
  }

  // MARK: - One unit

  private func unit(_ sentence: Range<Int>, at place: KindClassifier.Place) -> Unit {
    let drafted = drafter.attribution(of: sentence)
    let kind = classifier.kind(
      of: sentence, at: place, attribution: drafted,
      ignoring: drafter.embeddedCues(in: sentence))
    return Unit(
      range: sentence, kind: kind, attribution: kind.isClaim ? drafted : Attribution(kind: .none))
  }

  private func attribution(_ range: Range<Int>, _ kind: ClaimKind) -> Attribution {
    kind.isClaim ? drafter.attribution(of: range) : Attribution(kind: .none)
  }

  /// Whether `range` holds a letter or digit: punctuation alone needs no record.
  private func hasWords(_ range: Range<Int>) -> Bool {
    text.scalars[range].contains { $0.properties.isAlphabetic || $0.properties.numericType != nil }
  }

  private func trimmed(_ range: Range<Int>) -> Range<Int> {
    var lower = range.lowerBound
    var upper = range.upperBound
    while lower < upper, text.scalars[lower].properties.isWhitespace { lower += 1 }
    while upper > lower, text.scalars[upper - 1].properties.isWhitespace { upper -= 1 }
    return lower..<upper
  }

  /// Joins neighbouring byline units, and neighbouring furniture units, that no blank line
  /// parts: an author's name lines and biography are one byline, a teaser's lines one piece of
  /// furniture.
  private static func joined(_ units: [Unit], in text: ArticleText) -> [Unit] {
    var result: [Unit] = []
    for unit in units {
      if let last = result.last, last.kind == unit.kind, [.byline, .furniture].contains(unit.kind),
        text.scalars[last.range.upperBound..<unit.range.lowerBound].filter({ $0 == "\n" }).count
          <= 1
      {
        result[result.count - 1].range = last.range.lowerBound..<unit.range.upperBound
      } else {
        result.append(unit)
      }
    }
    return result
  }
}
