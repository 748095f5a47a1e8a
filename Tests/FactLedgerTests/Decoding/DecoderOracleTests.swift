import Foundation
import TestSupport
import Testing

@testable import FactLedger

/// The claim decoders against the oracle (the decoders as they stood before members were filed
/// into slots): the same claim, and the same problems in the same order at the same places,
/// for every shipped record and for each of them broken in every field.
@Suite("Decoding agrees with the oracle")
struct DecoderOracleTests {
  /// The shipped claim records, parsed with their positions.
  private static let shipped: [(name: String, json: JSONValue)] = {
    let folder = RepositoryPaths.ledger + "/articles/crespo-2020-05-27/claims"
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
    return names.sorted().compactMap { name in
      guard let data = FileManager.default.contents(atPath: folder + "/" + name),
        let json = try? JSONParser().parse([UInt8](data))
      else { return nil }
      return (name, json)
    }
  }()

  /// Both decoders' answers on `json`, problems written as `line:column: message`.
  private static func answers(_ json: JSONValue) -> (new: Claim?, old: Claim?, [String], [String]) {
    var newProblems: [DecodingProblem] = []
    var oldProblems: [DecodingProblem] = []
    let new = Claim(json: json, problems: &newProblems)
    let old = OracleDecoders.claim(json, &oldProblems)
    let written = { (problems: [DecodingProblem]) in
      problems.map { "\($0.location): \($0.message)" }
    }
    return (new, old, written(newProblems), written(oldProblems))
  }

  @Test("every shipped record decodes to the same claim, with no problems")
  func shippedRecords() {
    #expect(Self.shipped.count > 40)
    for (name, json) in Self.shipped {
      let (new, old, newProblems, oldProblems) = Self.answers(json)
      #expect(new != nil && new == old, "\(name)")
      #expect(newProblems.isEmpty && oldProblems.isEmpty, "\(name): \(newProblems)")
    }
  }

  @Test("each shipped record broken in each place gives the same claim and the same problems")
  func brokenRecords() {
    var compared = 0
    var withProblems = 0
    for (name, json) in Self.shipped {
      for (place, broken) in RecordBreaker.variants(of: json) {
        let (new, old, newProblems, oldProblems) = Self.answers(broken)
        #expect(new == old, "\(name) \(place)")
        #expect(newProblems == oldProblems, "\(name) \(place)")
        compared += 1
        if !oldProblems.isEmpty { withProblems += 1 }
      }
    }
    // Most variants break the record, and every one was compared.
    #expect(compared > 10_000 && withProblems > compared / 2, "\(compared), \(withProblems)")
  }

  @Test(
    "the records of a synthetic ledger decode as the oracle decodes them",
    .enabled(if: ProcessInfo.processInfo.environment["FACTLEDGER_ORACLE_LEDGER"] != nil))
  func syntheticLedger() throws {
    let root = try #require(ProcessInfo.processInfo.environment["FACTLEDGER_ORACLE_LEDGER"])
    let files = FileManager.default.enumerator(atPath: root + "/articles")?
      .compactMap { $0 as? String }.filter { $0.contains("/claims/") && $0.hasSuffix(".json") }
    var compared = 0
    for file in files ?? [] {
      let data = try #require(FileManager.default.contents(atPath: root + "/articles/" + file))
      let (new, old, newProblems, oldProblems) = Self.answers(try JSONParser().parse([UInt8](data)))
      #expect(new != nil && new == old && newProblems == oldProblems, "\(file)")
      compared += 1
    }
    #expect(compared > 0)
    print("compared \(compared) records of \(root)")
  }
}
