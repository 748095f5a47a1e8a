import Foundation
import TestSupport
import Testing

@testable import FactLedger

@Suite("Validating files against the schemas")
struct FileValidatorTests {
  struct Fixture: Sendable, CustomTestStringConvertible {
    var file: String
    var kind: SchemaKind
    var pointer: String
    var testDescription: String { file }
  }

  static let folder = RepositoryPaths.root.appendingPathComponent(
    "Tests/Fixtures/schema-violations")

  /// The broken fixtures and where each breaks its schema, from `manifest.json`.
  static let fixtures: [Fixture] = {
    guard
      let data = FileManager.default.contents(
        atPath: folder.appendingPathComponent("manifest.json").path),
      let manifest = try? JSONParser().parse([UInt8](data))
    else { return [] }
    return (manifest["fixtures"]?.arrayValue ?? []).compactMap { entry in
      guard let file = entry["file"]?.stringValue,
        let kind = entry["kind"]?.stringValue.flatMap(SchemaKind.init),
        let pointer = entry["pointer"]?.stringValue
      else { return nil }
      return Fixture(file: file, kind: kind, pointer: pointer)
    }
  }()

  @Test("the manifest lists every fixture file")
  func manifestIsComplete() throws {
    let files = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path)
      .filter { $0.hasSuffix(".json") && $0 != "manifest.json" }
    #expect(Self.fixtures.map(\.file).sorted() == files.sorted())
    #expect(Self.fixtures.count >= 20)
  }

  @Test("each broken fixture is rejected exactly where it breaks its schema", arguments: fixtures)
  func rejected(fixture: Fixture) throws {
    let path = Self.folder.appendingPathComponent(fixture.file).path
    let diagnostics = try FileValidator().validate(fileAt: path, as: fixture.kind)
    #expect(!diagnostics.isEmpty)
    let pointers = Set(diagnostics.map { String($0.message.prefix { $0 != ":" }) })
    #expect(pointers == [fixture.pointer.isEmpty ? "/" : fixture.pointer])
    #expect(
      diagnostics.allSatisfy {
        $0.rule == "schema-violation" && $0.location.line > 1 || fixture.pointer.isEmpty
      })
  }

  @Test("every file of the shipped ledger is valid, with its kind told from its place")
  func shippedLedgerIsValid() throws {
    let files = FileValidator.ledgerFiles(in: RepositoryPaths.ledger)
    #expect(files.count > 10)
    for file in files {
      #expect(FileValidator.inferKind(path: file, json: nil) != nil, "\(file)")
      #expect(try FileValidator().validate(fileAt: file).isEmpty, "\(file)")
    }
  }

  @Test("JSON Lines evidence is validated line by line, with the right line numbers and item ids")
  func jsonLines() throws {
    let folder = try TemporaryFolder()
    let good = #"{"id": "ev-1", "claims": ["c1"], "source": {"publisher": "TASS"}}"#
    let bad = #"{"id": "ev-2", "claims": [], "source": {"publisher": "TASS"}}"#
    try folder.write([good, "", bad, "{"].joined(separator: "\n"), to: "evidence.jsonl")
    let diagnostics = try FileValidator().validate(fileAt: folder.path + "/evidence.jsonl")
    #expect(
      diagnostics.map { "\($0.location): \($0.message)" } == [
        "3:26: /claims: has 0 items, fewer than 1 (item 'ev-2')",
        "4:2: unexpected end of file, expected a string key or '}'",
      ])
  }

  @Test("CSV evidence is validated row by row, each problem at its cell, naming its item")
  func csv() throws {
    let folder = try TemporaryFolder()
    try folder.write(
      "id,claims,source.publisher,facts.start\nev-1,c1,TASS,2019-02-30\nev-2,,TASS,\n",
      to: "evidence.csv")
    let diagnostics = try FileValidator().validate(fileAt: folder.path + "/evidence.csv")
    #expect(
      diagnostics.map { "\($0.location): \($0.message)" } == [
        "2:14: /facts/start: \"2019-02-30\" is not a valid date (item 'ev-1')",
        "3:1: /: missing required property 'claims' (item 'ev-2')",
      ])
  }

  @Test("a file whose kind cannot be told is refused with a hint, unless --as names it")
  func unknownKind() throws {
    let folder = try TemporaryFolder()
    try folder.write(#"{"items": []}"#, to: "mine.json")
    #expect(throws: FileValidator.Failure.unknownKind(path: folder.path + "/mine.json")) {
      try FileValidator().validate(fileAt: folder.path + "/mine.json")
    }
    #expect(try FileValidator().validate(fileAt: folder.path + "/mine.json", as: .evidence).isEmpty)
    try folder.write(
      #"{"$schema": "https://example.org/evidence.schema.json", "items": []}"#, to: "declared.json")
    #expect(try FileValidator().validate(fileAt: folder.path + "/declared.json").isEmpty)
  }
}
