import Foundation
import TestSupport
import Testing

@testable import FactLedger

/// The schemas compiled into the binary must be what `generate-factledger` writes from
/// `Schemas/` now, byte for byte, and the meta-schemas the official ones.
///
/// After changing a schema, run `swift run generate-factledger`.
@Suite("Bundled schemas")
struct BundledSchemasTests {
  private static let renderer = SchemaBundleRenderer(packageRoot: RepositoryPaths.root)

  /// The SHA-256 of each official draft 2020-12 meta-schema file, as json-schema.org publishes
  /// it (tag `draft-bhutton-json-schema-01` of `json-schema-org/json-schema-spec`; the same bytes
  /// as the `jsonschema-specifications` package), so an edit to a kept copy cannot pass.
  private static let officialDigests: [String: String] = [
    "https://json-schema.org/draft/2020-12/schema":
      "41da76f5afb7ce062d248f762463a92f7ca47e4e0f905b224ba6afeef91ded0f",
    "https://json-schema.org/draft/2020-12/meta/applicator":
      "c4a6e4147b91fef7fea6dc058cb1bf93402f7414b76578a8b16aaf1dad6aacef",
    "https://json-schema.org/draft/2020-12/meta/content":
      "08343747764e4a5814262793cf4d652057a7913863c5950d43297e8e1fdac5b6",
    "https://json-schema.org/draft/2020-12/meta/core":
      "c2d12a8e4dd11d336dfc83a3f663aa4c69f0b49b3beb094ffeb25b5316f4803d",
    "https://json-schema.org/draft/2020-12/meta/format-annotation":
      "abc775adfefd89d22358170d9bf93f4ebd2349563bbbedd60f02bef7c812bcc0",
    "https://json-schema.org/draft/2020-12/meta/meta-data":
      "8f76d6e14f41b9b92ef933b708cdc5144c8b5268651ad11918485fb1754f1c76",
    "https://json-schema.org/draft/2020-12/meta/unevaluated":
      "2dbfbcb73994b670b0976492adee1fffb46c21682784d2f5a4ca561f9e2d0cb4",
    "https://json-schema.org/draft/2020-12/meta/validation":
      "7010a31e541f32d2be721e2de348df75c9b36876a3ed304877fc0abda1d37a58",
  ]

  @Test("the generated sources are what generate-factledger writes from Schemas/ now")
  func generatedSourcesAreCurrent() throws {
    let files = try Self.renderer.generatedFiles()
    #expect(
      files.map(\.path) == [
        "Schemas/" + SchemaBundleRenderer.commonSchema, SchemaBundleRenderer.bundledSchemasPath,
        SchemaBundleRenderer.metaschemaPath,
      ])
    for file in files {
      let onDisk = try Data(contentsOf: RepositoryPaths.root.appendingPathComponent(file.path))
      #expect(
        onDisk == Data(file.text.utf8),
        "\(file.path) is out of date; run 'swift run generate-factledger'")
    }
  }

  @Test("every file of Schemas/ is bundled, byte for byte, and nothing else")
  func identical() throws {
    // Bytes, not `String`s, are compared: `==` on strings would let a differently normalized
    // "é" pass.
    let names = try Self.renderer.schemaFiles().keys.sorted()
    #expect(BundledSchemas.files.keys.sorted() == names)
    for name in names {
      let onDisk = try Data(contentsOf: RepositoryPaths.schemas.appendingPathComponent(name))
      #expect(
        BundledSchemas.files[name].map { Data($0.utf8) } == onDisk,
        "\(name) differs from its bundled copy; run 'swift run generate-factledger'")
    }
  }

  @Test("the bundled meta-schemas are the official draft 2020-12 files, byte for byte")
  func metaschemasAreOfficial() throws {
    let kept = try Self.renderer.metaschemaDocuments()
    #expect(kept.keys.sorted() == Self.officialDigests.keys.sorted())
    for (uri, text) in kept {
      #expect(
        SHA256.hexDigest(of: Array(text.utf8)) == Self.officialDigests[uri], "\(uri) was edited")
      #expect(
        Metaschema.documents[uri].map { Array($0.utf8) } == Array(text.utf8),
        "\(uri) differs from its bundled copy")
      #expect(Metaschema.parsedDocuments[uri]?["$id"] == .string(uri), "\(uri) is not its '$id'")
    }
    #expect(Metaschema.documents.count == kept.count)
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
