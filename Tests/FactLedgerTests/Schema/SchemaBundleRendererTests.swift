import TestSupport
import Testing

@testable import FactLedger

/// The literals `generate-factledger` writes must carry any text exactly, in a stable form.
@Suite("Rendering the generated schema sources")
struct SchemaBundleRendererTests {
  @Test("a text becomes its lines, indented, with its final line feed as an empty line")
  func linesAndFinalLineFeed() {
    let literal = SchemaBundleRenderer.rawStringLiteral(
      "{\n  \"$ref\": \"#/a\"\n\n}\n", indentation: "    ")
    #expect(literal == "##\"\"\"\n    {\n      \"$ref\": \"#/a\"\n\n    }\n\n    \"\"\"##")
    #expect(SchemaBundleRenderer.rawStringLiteral("x", indentation: "") == "#\"\"\"\nx\n\"\"\"#")
  }

  @Test("the delimiter outgrows every run of '#', so no text can close or interpolate it")
  func delimiterOutgrowsHashes() {
    let literal = SchemaBundleRenderer.rawStringLiteral(
      "\"\"\"### \\##( \\", indentation: "")
    #expect(literal.hasPrefix("####\"\"\"\n"))
    #expect(literal.hasSuffix("\n\"\"\"####"))
    #expect(literal.contains("\"\"\"### \\##( \\"))
  }

  @Test("a carriage return and control characters are escaped, so the compiler keeps them")
  func controlCharacters() {
    let literal = SchemaBundleRenderer.rawStringLiteral("a\r\nb\u{1}\u{7F}\tc", indentation: "")
    #expect(literal == "#\"\"\"\na\\#r\nb\\#u{1}\\#u{7f}\tc\n\"\"\"#")
    #expect(!literal.unicodeScalars.contains("\r"))
  }

  @Test("files are rendered in sorted order under the generated-file header")
  func sortedUnderHeader() throws {
    let source = SchemaBundleRenderer.bundledSchemasSource(for: [
      "b.schema.json": "{}", "a.schema.json": "[]",
    ])
    #expect(source.hasPrefix(SchemaBundleRenderer.header + "\n"))
    let a = try #require(source.range(of: "\"a.schema.json\""))
    let b = try #require(source.range(of: "\"b.schema.json\""))
    #expect(a.lowerBound < b.lowerBound)
    #expect(
      source
        == SchemaBundleRenderer.bundledSchemasSource(for: [
          "a.schema.json": "[]", "b.schema.json": "{}",
        ]))
  }
}
