import Foundation
import TestSupport
import Testing

@testable import FactLedger

/// Runs JSONTestSuite (`../shared/conformance/JSONTestSuite/test_parsing`) when it is present.
///
/// `y_` cases must parse, `n_` cases must be refused; the grammar is checked with duplicate
/// keys allowed, as RFC 8259 allows them. Ledger files refuse duplicate keys, so with the
/// default parser the two `y_object_duplicated_key` cases are refused, naming both keys. The `i_` cases are left to the
/// implementation; factledger's choices, asserted here:
/// - numbers of any size or precision are accepted (the literal text is kept), so every
///   `i_number_` case parses;
/// - every other `i_` case is refused: lone or reversed UTF-16 surrogates (a Swift string
///   cannot hold them), bytes that are not UTF-8 (including UTF-16 files), a byte order mark,
///   and 500 nested arrays (deeper than 256 levels).
/// The suite runs with `JSONParser.Limits.generous`; a ledger's own limits (`InputLimits`) are
/// stricter, and tested with the parser.
@Suite("JSONTestSuite conformance")
struct JSONTestSuiteTests {
  static let folder = RepositoryPaths.conformance("JSONTestSuite/test_parsing")

  static func cases(_ prefix: String) -> [String] {
    guard let folder else { return [] }
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    return names.filter { $0.hasPrefix(prefix) && $0.hasSuffix(".json") }.sorted()
  }

  static let skipNote: Comment =
    "JSONTestSuite not found at ../shared/conformance; skipped (a user's clone has no shared folder)"

  private func parses(
    _ name: String, parser: JSONParser = JSONParser(limits: .generous, allowsDuplicateKeys: true)
  )
    throws -> Bool
  {
    let folder = try #require(Self.folder)
    let bytes = try [UInt8](Data(contentsOf: folder.appendingPathComponent(name)))
    do {
      _ = try parser.parse(bytes)
      return true
    } catch {
      return false
    }
  }

  @Test("every y_ case is accepted", .enabled(if: folder != nil, skipNote), arguments: cases("y_"))
  func accepted(name: String) throws {
    #expect(try parses(name), "\(name) must parse")
  }

  @Test("every n_ case is refused", .enabled(if: folder != nil, skipNote), arguments: cases("n_"))
  func refused(name: String) throws {
    #expect(try !parses(name), "\(name) must be refused")
  }

  @Test(
    "i_ cases behave as documented: numbers accepted, the rest refused",
    .enabled(if: folder != nil, skipNote), arguments: cases("i_"))
  func implementationDefined(name: String) throws {
    #expect(try parses(name) == name.hasPrefix("i_number_"), "\(name)")
  }

  @Test(
    "with the ledger's default, the y_ cases with duplicate keys are refused and no other",
    .enabled(if: folder != nil, skipNote))
  func duplicateKeysRefusedByDefault() throws {
    let refused = try Self.cases("y_").filter { try !parses($0, parser: JSONParser()) }
    #expect(refused == ["y_object_duplicated_key.json", "y_object_duplicated_key_and_value.json"])
  }

  @Test(
    "the suite is complete: 95 y_, 188 n_ and 35 i_ cases", .enabled(if: folder != nil, skipNote))
  func suiteIsComplete() {
    let counts: [Int] = [Self.cases("y_").count, Self.cases("n_").count, Self.cases("i_").count]
    #expect(counts == [95, 188, 35])
  }
}
