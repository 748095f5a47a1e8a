/// Drafts the typed assertions of a span of an article: what `check` compares with evidence.
///
/// From the words themselves: the quote (for a quote), the periods the text names resolved
/// against the publication date ("in December", "late 2018", "on Thursday"), durations
/// ("four-day"), counts ("three ships"), amounts with units ("$1.5 billion", "20 percent"),
/// participants ("China, Russia, and Iran") and places ("in the Indian Ocean and Gulf of Oman").
/// From the attribution: the speaker, role and organization of a quote or statement. A span
/// that is not a claim (headline, dateline, byline, furniture, question) gets none.
///
/// Every value has the shape the claim schema asks of its field, so a record made of them
/// validates; a person reviews the draft and keeps, corrects or deletes each.
public struct AssertionDrafter: Sendable {
  /// The article's text.
  public let text: ArticleText
  /// The day relative dates resolve against: the article's publication date.
  public let published: CalendarDate
  private let finder: ParticipantFinder

  /// A drafter for one article.
  ///
  /// - Parameters:
  ///   - text: The article's text.
  ///   - published: Its publication date (`Article.published`).
  ///   - gazetteer: The ledger's names and places, which turn "Russian" into Russia and know
  ///     "Gulf of Oman" as one place.
  ///   - outlets: Names of outlets (from `sources.json`), never taken for a participant or place.
  public init(
    text: ArticleText, published: CalendarDate, gazetteer: Gazetteer = Gazetteer(),
    outlets: [String] = []
  ) {
    self.text = text
    self.published = published
    finder = ParticipantFinder(names: NameFinder(gazetteer: gazetteer, outlets: outlets))
  }

  /// The assertions of the words at `span`, in the order quote, speaker, role, organization,
  /// participants, period, duration, count, amount, location.
  ///
  /// - Parameters:
  ///   - span: The words' offsets in the text, in Unicode scalars.
  ///   - kind: The record's kind; a kind that is not a claim gets no assertions.
  ///   - attribution: The record's attribution, whose speaker a quote or statement names.
  /// - Returns: The assertions; empty when the words show none.
  public func assertions(for span: Range<Int>, kind: ClaimKind, attribution: Attribution)
    -> [Assertion]
  {
    guard kind.isClaim, let words = text.text(from: span.lowerBound, to: span.upperBound) else {
      return []
    }
    var assertions: [Assertion] = []
    if kind == .quote {
      assertions.append(Assertion(field: .quote, value: .text(ClaimDrafter.quotedWords(words))))
    }
    if kind == .quote || kind == .statement, let speaker = attribution.speaker {
      let fields: [(Assertion.Field, String?)] = [
        (.speaker, speaker.name), (.role, speaker.role), (.organization, speaker.organization),
      ]
      for case (let field, let value?) in fields where !value.isEmpty {
        assertions.append(Assertion(field: field, value: .text(value)))
      }
    }
    return assertions + typedAssertions(in: words)
  }

  /// The participants, periods, quantities and places of `words`.
  func typedAssertions(in words: String) -> [Assertion] {
    let tokens = ExpressionTokens(words)
    var assertions: [Assertion] = []
    let names = finder.names.names(in: tokens)
    if let participants = finder.participants(in: names) {
      assertions.append(
        Assertion(field: .participants, text: participants.text, value: .set(participants.names)))
    }
    let periods = PeriodExpressions(published: published).find(in: tokens)
    for found in periods {
      assertions.append(Assertion(field: .period, text: found.text, value: .period(found.period)))
    }
    let quantities = QuantityExpressions.find(in: tokens, excluding: periods.map(\.tokens))
    for field in [Assertion.Field.duration, .count, .amount] {
      for found in quantities where found.field == field {
        assertions.append(
          Assertion(field: field, text: found.text, value: .quantity(found.quantity)))
      }
    }
    if let places = finder.places(in: names) {
      assertions.append(Assertion(field: .location, text: places.text, value: .set(places.names)))
    }
    return assertions
  }
}
