import Testing

@testable import FactLedger

/// A schema that is only a `$ref` is laid out as its target: one evaluation less, and the
/// same violations, worded and placed as when the reference was a step of its own.
@Suite("A schema that is only a $ref, laid out as its target")
struct ReferenceLayoutTests {
  private static let uri = "https://factledger.test/references"

  @Test(
    "violations are the same as with the reference kept as a step",
    arguments: [
      // A reference to `false` says no value is allowed; a `false` child itself would make an
      // unexpected property or too many items.
      (
        ##"{"properties": {"a": {"$ref": "#/$defs/no"}}, "$defs": {"no": false}}"##, ##"{"a": 1}"##,
        ["/a: no value is allowed here @ #/$defs/no"]
      ),
      (
        ##"{"additionalProperties": {"$ref": "#/$defs/no"}, "$defs": {"no": false}}"##,
        ##"{"b": 1}"##, ["/b: no value is allowed here @ #/$defs/no"]
      ),
      (
        ##"{"items": {"$ref": "#/$defs/no"}, "$defs": {"no": false}}"##, "[1]",
        ["/0: no value is allowed here @ #/$defs/no"]
      ),
      (
        ##"{"additionalProperties": false, "properties": {"a": {"type": "null"}}}"##,
        ##"{"b": 1}"##,
        ["/: unexpected property 'b' @ #/additionalProperties"]
      ),
      // A chain of references reaches the keyword that fails.
      (
        ##"{"$ref": "#/$defs/a", "$defs": {"a": {"$ref": "#/$defs/b"}, "b": {"type": "string"}}}"##,
        "1", ["/: expected string, not integer @ #/$defs/b/type"]
      ),
      (
        ##"{"properties": {"id": {"$ref": "#/$defs/slug"}}, "$defs": {"slug": {"pattern": "^[a-z]+$"}}}"##,
        ##"{"id": "Geng Shuang"}"##,
        [##"/id: "Geng Shuang" does not match '^[a-z]+$' @ #/$defs/slug/pattern"##]
      ),
      // A cycle of references is laid out (and never reached here).
      (
        ##"{"anyOf": [{"type": "null"}, {"$ref": "#/$defs/a"}], "$defs": {"a": {"$ref": "#/$defs/b"}, "b": {"$ref": "#/$defs/a"}}}"##,
        "null", []
      ),
    ])
  func sameViolations(schema: String, instance: String, expected: [String]) throws {
    let documents = [Self.uri: try JSONParser().parse(schema)]
    let value = try JSONParser().parse(instance)
    for entersReferences in [true, false] {
      let validator = try SchemaValidator(
        documents: documents, roots: [Self.uri], assertsFormat: true,
        entersReferences: entersReferences)
      let shown = try validator.validate(value, against: Self.uri).map {
        "\($0.description) @ \($0.keywordLocation.dropFirst(Self.uri.count))"
      }
      #expect(shown == expected, "entersReferences: \(entersReferences)")
    }
  }

  @Test("a schema that is only a $ref is laid out as its target, one node fewer")
  func fewerNodes() throws {
    let schema = try JSONParser().parse(
      ##"{"properties": {"a": {"$ref": "#/$defs/b"}}, "$defs": {"b": {"type": "string"}}}"##)
    let compiler = SchemaCompiler(documents: [Self.uri: schema])
    defer { compiler.dismantle() }
    let compiled = try compiler.compile(Self.uri)
    var direct = SchemaProgram.Builder(entersReferences: true)
    var stepped = SchemaProgram.Builder(entersReferences: false)
    _ = direct.add(compiled)
    _ = stepped.add(compiled)
    #expect(direct.nodes.count == 2)
    #expect(stepped.nodes.count == 3)
  }
}
