import Foundation
import TestSupport
import Testing

@testable import FactLedger

/// The assertion drafter on the seed article: every draft validates, and its periods,
/// durations, participants and places agree with the hand-written records.
@Suite("Assertion drafter")
struct AssertionDrafterTests {
  private let ledger: Ledger
  private let article: LoadedArticle
  private let drafter: AssertionDrafter

  init() throws {
    ledger = try LedgerLoader().load(at: RepositoryPaths.ledger)
    article = try #require(ledger.articles.first { $0.article.id == "crespo-2020-05-27" })
    drafter = AssertionDrafter(
      text: ArticleText(article.text), published: article.article.published,
      gazetteer: ledger.gazetteer,
      outlets: ledger.sources.sources.flatMap { [$0.name] + $0.aliases })
  }

  /// The sentences of the seed, split naively after ". ", as spans of the text.
  private var sentences: [Range<Int>] {
    let scalars = ArticleText(article.text).scalars
    var spans: [Range<Int>] = []
    var start = 0
    for index in scalars.indices where index + 1 < scalars.count {
      if scalars[index] == "." && scalars[index + 1] == " " || scalars[index] == "\n" {
        if index + 1 > start { spans.append(start..<index + 1) }
        start = index + 1
      }
    }
    if start < scalars.count { spans.append(start..<scalars.count) }
    return spans.filter { span in scalars[span].contains { $0.properties.isAlphabetic } }
  }

  @Test("every sentence of the seed, as each kind of claim, drafts assertions that validate")
  func everyDraftValidates() throws {
    let text = ArticleText(article.text)
    let speaker = Attribution(
      kind: .explicit,
      speaker: Speaker(name: "Sam Bendett", organization: "Center for Naval Analyses"))
    var typed = 0
    for (number, span) in sentences.enumerated() {
      for kind in [ClaimKind.event, .quote, .statement, .statistic, .analysis] {
        let assertions = drafter.assertions(for: span, kind: kind, attribution: speaker)
        typed += assertions.filter { ![.quote, .speaker, .organization].contains($0.field) }.count
        let claim = Claim(
          id: "sentence-\(number)", article: article.article.id, kind: kind,
          text: text.text(from: span.lowerBound, to: span.upperBound)!,
          anchor: text.anchor(start: span.lowerBound, end: span.upperBound),
          attribution: speaker, assertions: assertions, isDraft: true)
        #expect(throws: Never.self) { try ClaimDrafter.validate(claim) }
      }
    }
    #expect(sentences.count > 40)
    #expect(typed >= 5 * 20)
  }

  @Test("sentences made of the readers' hazards draft only assertions that validate")
  func hazards() throws {
    let vocabulary = [
      "in", "In", "December", "2019", "Dec.", "-", "late", "mid", "early", "$", "1,000", "1.5",
      "billion", "four", "day", "days", "ago", "ships", "China", ",", "and", "Russian", "at",
      "the", "Gulf", "of", "Oman", "on", "Thursday", "last", "next", "week", "29", "February",
      "2021-02-29", "2020-02-29", "No.", "7", "’s", "“", "”", "between", "more", "than", "%", "€",
      "0", "00", "9999", "1800", "2199", "U.S.", "Moscow-based", "twenty", "hundred", "trillion",
      "about", "percent", "km", "31", "April", "Siberia", ".", "yesterday", "year", "-year-old",
    ]
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    func next(_ bound: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((state >> 33) % UInt64(bound))
    }
    var drafted = 0
    for number in 0..<1_500 {
      let words = (0..<(1 + next(14))).map { _ in vocabulary[next(vocabulary.count)] }
      let sentence = words.joined(separator: next(2) == 0 ? " " : "")
      let text = ArticleText(sentence)
      let drafter = AssertionDrafter(
        text: text, published: CalendarDate(year: 2021, month: 3, day: 1)!,
        gazetteer: ledger.gazetteer)
      let span = 0..<text.count
      let assertions = drafter.assertions(for: span, kind: .quote, attribution: .init(kind: .none))
      drafted += assertions.filter { $0.field != .quote }.count
      let claim = Claim(
        id: "hazard-\(number)", article: "a1", kind: .quote, text: sentence,
        anchor: text.anchor(start: 0, end: text.count), attribution: .init(kind: .none),
        assertions: assertions, isDraft: true)
      #expect(throws: Never.self, "\(sentence)") { try ClaimDrafter.validate(claim) }
    }
    // The hazards do make typed assertions (718 with this seed), so validation is exercised.
    #expect(drafted > 500)
  }

  @Test("a record that is not a claim gets no assertions; a quote keeps its words and speaker")
  func kinds() throws {
    let dateline = 0..<23
    #expect(
      drafter.assertions(for: dateline, kind: .dateline, attribution: .init(kind: .none)).isEmpty)
    #expect(
      !drafter.assertions(for: dateline, kind: .event, attribution: .init(kind: .none)).isEmpty)
    let record = try #require(ledger.claims.first { $0.claim.id == "buzhinskiy-no-obligation" })
    let anchor = record.claim.anchor
    let drafted = drafter.assertions(
      for: anchor.start..<anchor.end, kind: .quote, attribution: record.claim.attribution)
    #expect(drafted == record.claim.assertions)
  }

  @Test(
    "a quote or statement names the attribution's speaker, role and organization; others do not")
  func speakerFields() {
    let words = "A spokesman said on Thursday that three ships left."
    let drafter = AssertionDrafter(
      text: ArticleText(words), published: CalendarDate(year: 2020, month: 5, day: 27)!)
    let attribution = Attribution(
      kind: .explicit,
      speaker: Speaker(name: "Geng Shuang", role: "spokesperson", organization: "Foreign Ministry"))
    let thursday = Period(
      start: CalendarDate(year: 2020, month: 5, day: 21)!,
      end: CalendarDate(year: 2020, month: 5, day: 21)!)
    let typed = [
      Assertion(field: .period, text: "on Thursday", value: .period(thursday)),
      Assertion(
        field: .count, text: "three ships", value: .quantity(Quantity(amount: 3, unit: "ship"))),
    ]
    let span = 0..<words.unicodeScalars.count
    #expect(
      drafter.assertions(for: span, kind: .statement, attribution: attribution)
        == [
          Assertion(field: .speaker, value: .text("Geng Shuang")),
          Assertion(field: .role, value: .text("spokesperson")),
          Assertion(field: .organization, value: .text("Foreign Ministry")),
        ] + typed)
    #expect(drafter.assertions(for: span, kind: .analysis, attribution: attribution) == typed)
    #expect(drafter.assertions(for: span, kind: .question, attribution: attribution).isEmpty)
    #expect(drafter.assertions(for: 40..<400, kind: .event, attribution: attribution).isEmpty)
  }

  @Test("periods, durations, participants and places agree with the hand-written records")
  func agreement() throws {
    let fields: Set<Assertion.Field> = [.period, .duration, .participants, .location]
    var agreed = 0
    var total = 0
    var misses: [String] = []
    for loaded in article.claims {
      let claim = loaded.claim
      let drafted = drafter.assertions(
        for: claim.anchor.start..<claim.anchor.end, kind: claim.kind,
        attribution: claim.attribution)
      for expected in claim.assertions where fields.contains(expected.field) {
        total += 1
        if drafted.contains(where: { $0.field == expected.field && $0.value == expected.value }) {
          agreed += 1
        } else {
          misses.append("\(claim.id) \(expected.field)")
        }
      }
    }
    let agreement = Double(agreed) / Double(max(total, 1))
    print("assertion agreement on the seed: \(agreed)/\(total) = \(agreement); missed: \(misses)")
    #expect(total >= 15)
    #expect(agreement >= 0.65, "missed: \(misses)")
  }
}
