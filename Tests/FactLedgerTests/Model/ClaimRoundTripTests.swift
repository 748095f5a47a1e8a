import Foundation
import TestSupport
import Testing

@testable import FactLedger

/// Parse, decode, encode, write: a claim file in the stable layout comes out byte for byte,
/// whatever its numbers and strings hold. This is what lets `mark` and `lint --fix` rewrite a
/// file without changing anything they did not mean to.
@Suite("Claim files survive a rewrite unchanged")
struct ClaimRoundTripTests {
  private let writer = JSONWriter()

  /// Decodes `text` as a claim and writes it back; the problems when it does not decode.
  private func rewrite(_ text: String) throws -> (String?, [DecodingProblem]) {
    var problems: [DecodingProblem] = []
    let claim = Claim(json: try JSONParser().parse(text), problems: &problems)
    guard let claim, problems.isEmpty else { return (nil, problems) }
    return (writer.string(for: claim.json), problems)
  }

  private func shippedClaimFiles() throws -> [String] {
    let folder = RepositoryPaths.ledger + "/articles/crespo-2020-05-27/claims"
    return try FileManager.default.contentsOfDirectory(atPath: folder).sorted().map {
      try String(contentsOfFile: folder + "/" + $0, encoding: .utf8)
    }
  }

  @Test("every shipped claim file is rewritten byte for byte")
  func shippedClaims() throws {
    let files = try shippedClaimFiles()
    #expect(files.count > 40)
    for text in files {
      let (written, problems) = try rewrite(text)
      #expect(problems.isEmpty)
      #expect(written == text)
    }
  }

  @Test(
    "a quantity's amount and tolerance keep their literal text",
    arguments: [
      ("4.50", "0.50"), ("1e2", "1E+1"), ("12345678901234567890", "0"), ("-0", "1e-7"),
      ("0.1e-7", "2.000"), ("1.7976931348623157e308", "100"),
    ])
  func quantityLiterals(amount: String, tolerance: String) throws {
    let text = Self.claim(amount: amount, tolerance: tolerance)
    let (written, problems) = try rewrite(text)
    #expect(problems.isEmpty)
    #expect(written == text)
  }

  @Test(
    "an amount or tolerance beyond what can be compared is refused, not rewritten as 'inf'",
    arguments: [("1e400", "1"), ("-1e400", "1"), ("4", "1e999")])
  func outOfRange(amount: String, tolerance: String) throws {
    let (written, problems) = try rewrite(Self.claim(amount: amount, tolerance: tolerance))
    #expect(written == nil)
    let message = try #require(problems.first?.message)
    #expect(message.contains("beyond the range of numbers that can be compared"))
    #expect(message.contains(amount == "4" ? tolerance : amount))
  }

  @Test("fuzzed claims: random numbers and strings in every field come back byte for byte")
  func fuzzedClaims() throws {
    var random = SplitMix64(seed: 0x5eed_f00d)
    let templates = try shippedClaimFiles().map { try JSONParser().parse($0) }
    var checked = 0
    for round in 0..<2_000 {
      var json = templates[round % templates.count]
      Self.mutate(&json, with: &random)
      let text = writer.string(for: json)
      let (written, problems) = try rewrite(text)
      guard problems.isEmpty else { continue }  // a mutation the model refuses: not a round trip
      #expect(written == text, "round \(round)")
      let reread = try JSONParser().parse(written ?? "")
      #expect(reread == json, "round \(round): the values differ")
      checked += 1
    }
    #expect(checked > 1_500)
  }

  // MARK: - Making claims

  private static func claim(amount: String, tolerance: String) -> String {
    """
    {
      "id": "ships",
      "article": "a1",
      "kind": "statistic",
      "text": "Four ships took part.",
      "anchor": {
        "exact": "four ships",
        "prefix": "",
        "suffix": "",
        "start": 0,
        "end": 10
      },
      "attribution": {
        "type": "none"
      },
      "assertions": [
        {
          "field": "count",
          "value": {
            "amount": \(amount),
            "unit": "ship",
            "tolerance": \(tolerance)
          }
        }
      ],
      "reviews": []
    }

    """
  }

  /// Replaces strings with random text and quantity amounts with random literals, and adds a
  /// count assertion to claims that have none.
  private static func mutate(_ json: inout JSONValue, with random: inout SplitMix64) {
    switch json.kind {
    case .string(let text) where text.count > 12:
      json.kind = .string(randomText(&random))
    case .array(var elements):
      for index in elements.indices { mutate(&elements[index], with: &random) }
      json.kind = .array(elements)
    case .object(var members):
      for index in members.indices {
        switch members[index].key {
        case "amount", "tolerance":
          members[index].value = .number(randomNumber(&random))
        case "id", "article", "field", "kind", "type", "outlet", "start", "end", "exact",
          "prefix", "suffix", "status", "carriedBy":
          continue  // ids, enumerations and the anchor must stay valid
        case "assertions":
          if case .array(var assertions) = members[index].value.kind {
            assertions.append(
              .object([
                "field": .string("count"),
                "value": .object([
                  "amount": .number(randomNumber(&random)), "unit": .string("ship"),
                  "tolerance": .number(randomNumber(&random)),
                ]),
              ]))
            members[index].value.kind = .array(assertions)
          }
          mutate(&members[index].value, with: &random)
        default:
          mutate(&members[index].value, with: &random)
        }
      }
      json.kind = .object(members)
    default:
      break
    }
  }

  /// A literal of the JSON grammar whose value a Double can hold.
  private static func randomNumber(_ random: inout SplitMix64) -> JSONNumber {
    let digits = { (count: Int, random: inout SplitMix64) -> String in
      String((0..<count).map { _ in Character(String(random.next() % 10)) })
    }
    var literal = random.next() % 4 == 0 ? "-" : ""
    let whole = digits(Int(random.next() % 20) + 1, &random)
    literal += whole.count > 1 && whole.hasPrefix("0") ? "1" + whole.dropFirst() : whole
    if random.next() % 2 == 0 { literal += "." + digits(Int(random.next() % 12) + 1, &random) }
    if random.next() % 3 == 0 {
      literal += ["e", "E"][Int(random.next() % 2)] + ["", "+", "-"][Int(random.next() % 3)]
      literal += String(random.next() % 200)
    }
    return JSONNumber(literal: literal) ?? 0
  }

  /// Text mixing ASCII, accents, quotes, emoji, controls and characters that print alike.
  private static func randomText(_ random: inout SplitMix64) -> String {
    let pieces = [
      "a", "Z", " ", "é", "e\u{301}", "’", "“", "\"", "\\", "/", "\n", "\t", "\u{0}", "\u{1B}",
      "\u{7F}", "\u{2028}", "\u{FEFF}", "\u{FFFE}", "😀", "👩‍👩‍👧", "𝔘", "中", "\u{202E}", "%",
      "::error::", "<b>", "=1+1",
    ]
    return (0..<Int(random.next() % 30 + 1)).map { _ in
      pieces[Int(random.next() % UInt64(pieces.count))]
    }
    .joined()
  }
}
