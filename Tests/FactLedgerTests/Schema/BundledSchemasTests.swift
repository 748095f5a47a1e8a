import Foundation
import Testing

@testable import FactLedger

/// The schemas compiled into the binary must be byte-identical to `Schemas/`.
///
/// After changing a schema, re-record with
/// `FACTLEDGER_RECORD_SCHEMAS=1 swift test --filter BundledSchemas`.
@Suite("Bundled schemas")
struct BundledSchemasTests {
  private static let generatedFile = RepositoryPaths.root
    .appendingPathComponent("Sources/FactLedger/Schema/BundledSchemas.swift")

  private static func schemaFiles() throws -> [String: String] {
    let names = try FileManager.default.contentsOfDirectory(atPath: RepositoryPaths.schemas.path)
      .filter { $0.hasSuffix(".schema.json") }
    var files: [String: String] = [:]
    for name in names {
      files[name] = try String(
        contentsOf: RepositoryPaths.schemas.appendingPathComponent(name), encoding: .utf8)
    }
    return files
  }

  /// The Swift source that carries `files`.
  private static func source(for files: [String: String]) -> String {
    var text = """
      // Generated from Schemas/ by `FACTLEDGER_RECORD_SCHEMAS=1 swift test --filter BundledSchemas`.
      // Do not edit: change the schema in Schemas/ and re-record; a test keeps the two identical.

      /// The schemas of `Schemas/`, compiled into the binary so it works from any directory.
      enum BundledSchemas {
        /// The text of each schema file, by file name.
        static let files: [String: String] = [

      """
    for name in files.keys.sorted() {
      let body = files[name]!.split(separator: "\n", omittingEmptySubsequences: false)
        .map { $0.isEmpty ? "" : "      " + $0 }.joined(separator: "\n")
      text += "    \"\(name)\": ##\"\"\"\n\(body)\n      \"\"\"##,\n"
    }
    return text + "  ]\n}\n"
  }

  @Test("every file of Schemas/ is bundled, byte for byte, and nothing else")
  func identical() throws {
    let files = try Self.schemaFiles()
    if ProcessInfo.processInfo.environment["FACTLEDGER_RECORD_SCHEMAS"] != nil {
      try Self.source(for: files).write(to: Self.generatedFile, atomically: true, encoding: .utf8)
    }
    #expect(BundledSchemas.files.keys.sorted() == files.keys.sorted())
    for (name, text) in files {
      #expect(
        BundledSchemas.files[name] == text, "\(name) differs from its bundled copy; re-record")
    }
  }

  @Test("every bundled schema compiles and is valid against the draft 2020-12 meta-schema")
  func compileAndMetaschema() throws {
    let metaschema = "https://json-schema.org/draft/2020-12/schema"
    let validator = try SchemaValidator(documents: Metaschema.parsedDocuments, roots: [metaschema])
    for kind in SchemaKind.allCases {
      let schema = try JSONParser().parse(try #require(BundledSchemas.files[kind.fileName]))
      #expect(try validator.validate(schema, against: metaschema).isEmpty, "\(kind.fileName)")
    }
    _ = LedgerSchemas.shared
  }
}
