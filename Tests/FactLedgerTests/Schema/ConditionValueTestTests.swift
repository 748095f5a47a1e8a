import Testing

@testable import FactLedger

/// An `if` that only tests one property's value (`{"properties": {"field": {"enum": [...]}}}`)
/// is decided on the member directly; it must choose `then` or `else` as evaluating the `if`
/// node by node does (here forced by a keyword that changes nothing, `minProperties: 0`).
@Suite("An if that tests one property's value")
struct ConditionValueTestTests {
  private static let uri = "https://factledger.test/condition"

  private static func schema(test: String, isGeneral: Bool) -> String {
    #"""
    {"allOf": [{"if": {"properties": {"field": \#(test)}\#(isGeneral ? #", "minProperties": 0"# : "")},
                "then": {"required": ["value"], "properties": {"value": {"type": "string"}}},
                "else": {"properties": {"value": {"type": "array"}}}}]}
    """#
  }

  private static let tests = [
    #"{"enum": ["quote", "speaker", "participants", "é", 1, null, [1], {"a": 1}]}"#,
    #"{"const": "quote"}"#, #"{"const": 2}"#, #"{"enum": []}"#,
  ]

  private static let instances = [
    #"{"field": "quote", "value": "Geng Shuang"}"#, #"{"field": "quote", "value": []}"#,
    #"{"field": "quote"}"#, #"{"field": "quotes", "value": "x"}"#,
    #"{"field": "quot", "value": []}"#, #"{"field": "Quote", "value": "x"}"#,
    #"{"field": "e\u0301", "value": "x"}"#, #"{"field": "é", "value": "x"}"#,
    #"{"field": 1, "value": "x"}"#, #"{"field": 1.0, "value": "x"}"#,
    #"{"field": 2, "value": "x"}"#, #"{"field": null, "value": "x"}"#,
    #"{"field": [1], "value": "x"}"#, #"{"field": {"a": 1}, "value": 3}"#,
    #"{"field": {"a": 2}, "value": "x"}"#, #"{"value": "x"}"#, #"{"value": ["x"]}"#, "{}",
    #"{"fielD": "quote", "value": []}"#, #""quote""#, "[]", "3",
  ]

  private static func shown(_ violations: [SchemaViolation]) -> [String] {
    violations.map { "\($0.location) \($0.description) @ \($0.keywordLocation)" }
  }

  @Test("it chooses as the if node evaluated step by step does", arguments: tests)
  func sameChoice(test: String) throws {
    let fast = try SchemaValidator(
      documents: [Self.uri: try JSONParser().parse(Self.schema(test: test, isGeneral: false))],
      roots: [Self.uri])
    let general = try SchemaValidator(
      documents: [Self.uri: try JSONParser().parse(Self.schema(test: test, isGeneral: true))],
      roots: [Self.uri])
    var values = try Self.instances.map { try JSONParser().parse($0) }
    // Keys are unique in a parsed file, not in a value built in code: every member named
    // `field` is tested.
    values.append(
      .object(["field": .string("quote"), "field": .string("other"), "value": .string("x")]))
    values.append(
      .object(["field": .string("quote"), "field": .string("quote"), "value": .array([])]))
    var outcomes: Set<Bool> = []
    for value in values {
      let found = try fast.validate(value, against: Self.uri)
      #expect(Self.shown(found) == Self.shown(try general.validate(value, against: Self.uri)))
      #expect(
        try fast.isValid(value, against: Self.uri) == general.isValid(value, against: Self.uri))
      outcomes.insert(found.isEmpty)
    }
    // Both branches are taken.
    #expect(outcomes == [true, false])
  }

  @Test("the claim schema's conditions keep their messages")
  func claimConditions() throws {
    let text = #"""
      {"field": "period", "value": {"start": "2018-09-11", "end": "2018-9-17"}}
      """#
    let validator = try SchemaValidator(
      documents: LedgerSchemas.documents, roots: [SchemaKind.claim.uri])
    let claim = #"""
      {"id": "a", "article": "b", "kind": "event", "text": "",
       "anchor": {"exact": "x", "prefix": "", "suffix": "", "start": 0, "end": 1},
       "attribution": {"type": "contextual"},
       "assertions": [\#(text)], "reviews": []}
      """#
    let violations = try validator.validate(
      try JSONParser().parse(claim), against: SchemaKind.claim.uri)
    #expect(
      violations.map { "\($0.location) \($0.description)" } == [
        "3:17 /attribution: missing required property 'carriedBy'",
        #"4:77 /assertions/0/value/end: "2018-9-17" does not match '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'"#,
        #"4:77 /assertions/0/value/end: "2018-9-17" is not a valid date"#,
      ])
  }
}
