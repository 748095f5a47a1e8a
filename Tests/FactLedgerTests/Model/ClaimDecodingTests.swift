import Foundation
import TestSupport
import Testing

@testable import FactLedger

@Suite("Reading claim records")
struct ClaimDecodingTests {
  private func decode(_ text: String) throws -> (Claim?, [DecodingProblem]) {
    var problems: [DecodingProblem] = []
    let claim = Claim(json: try JSONParser().parse(text), problems: &problems)
    return (claim, problems)
  }

  private let valid = """
    {
      "id": "kochkin-quote",
      "article": "a1",
      "kind": "quote",
      "text": "Kochkin said work is underway.",
      "anchor": {"exact": "work", "prefix": "", "suffix": "", "start": 0, "end": 4},
      "attribution": {"type": "explicit", "speaker": {"name": "Alexander Kochkin"}, "outlet": "tass", "via": ["tni"]},
      "assertions": [
        {"field": "period", "text": "in December", "value": {"start": "2019-12-01", "end": "2019-12-31"}},
        {"field": "duration", "value": {"amount": 4, "unit": "day"}},
        {"field": "participants", "value": ["China", "Russia"]}
      ],
      "reviews": []
    }
    """

  @Test("a complete record reads into typed fields")
  func complete() throws {
    let (claim, problems) = try decode(valid)
    #expect(problems.isEmpty)
    let record = try #require(claim)
    #expect(record.attribution.sourceIDs == ["tass", "tni"])
    #expect(record.assertions.map(\.field) == [.period, .duration, .participants])
    #expect(
      record.assertions[0].value
        == .period(
          Period(start: CalendarDate(iso: "2019-12-01")!, end: CalendarDate(iso: "2019-12-31")!)))
    #expect(record.assertions[1].value == .quantity(Quantity(amount: 4, unit: "day")))
  }

  @Test("every problem of a record is reported at its own position, not just the first")
  func everyProblem() throws {
    let text = """
      {
        "id": "Bad Id",
        "article": "a1",
        "kind": "rumour",
        "text": 42,
        "anchor": {"exact": "x", "prefix": "", "suffix": "", "start": 5, "end": 1},
        "attribution": {"type": "contextual"},
        "assertions": [{"field": "period", "value": {"start": "2019-02-30", "end": "2019-03-01"}}],
        "reviews": [],
        "speeker": "typo"
      }
      """
    let (claim, problems) = try decode(text)
    #expect(claim == nil)
    let messages = problems.map { "\($0.location): \($0.message)" }
    #expect(
      messages.sorted()
        == [
          "10:3: unknown key 'speeker' in claim",
          "2:9: 'id' must be a lowercase slug ([a-z0-9][a-z0-9-]*), not 'Bad Id'",
          "4:11: unknown kind 'rumour'; expected one of 'event', 'statistic', 'quote', 'statement', 'credential', 'analysis', 'opinion', 'prediction', 'headline', 'dateline', 'byline', 'furniture', 'question'",
          "5:11: 'text' must be a string, not integer",
          "6:13: anchor offsets must satisfy 0 <= start <= end, not 5 and 1",
          "7:18: a contextual attribution must name the record that carries it in 'carriedBy'",
          "8:57: 'start' must be a date YYYY-MM-DD, not '2019-02-30'",
        ].sorted())
  }

  @Test("an assertion's value must have its field's shape")
  func assertionShapes() throws {
    let text = valid.replacingOccurrences(of: "[\"China\", \"Russia\"]", with: "\"China\"")
    let (_, problems) = try decode(text)
    #expect(
      problems.map(\.message) == [
        "the value of a 'participants' assertion must be a non-empty array of strings, not string"
      ])
  }

  @Test("an unsourced attribution cannot name a speaker")
  func noneWithSpeaker() throws {
    let text = valid.replacingOccurrences(of: "\"type\": \"explicit\"", with: "\"type\": \"none\"")
    let (_, problems) = try decode(text)
    #expect(
      problems.map(\.message) == [
        "an attribution of type 'none' cannot name a speaker, outlet or cue"
      ])
  }

  @Test("writing a record gives the stable layout, and reading it back gives the same record")
  func roundTrip() throws {
    let claim = try #require(try decode(valid).0)
    let written = JSONWriter().string(for: claim.json)
    var problems: [DecodingProblem] = []
    let reread = Claim(json: try JSONParser().parse(written), problems: &problems)
    #expect(problems.isEmpty)
    #expect(reread == claim)
    #expect(JSONWriter().string(for: reread!.json) == written)
    #expect(written.hasPrefix("{\n  \"id\": \"kochkin-quote\",\n  \"article\": \"a1\",\n"))
    #expect(written.contains("\"reviews\": []\n}\n"))
  }
}
