import Foundation
import TestSupport
import Testing

@testable import FactLedger

/// `validate` passes what `lint` and `check` read and nothing they refuse: a file that breaks
/// a rule no JSON Schema can state (a period that ends before it starts, an anchor whose end
/// comes before its start, an unknown rule in the policy, an alias two sources share) was
/// valid to `validate` and refused by every command that read it.
@Suite("validate and the loader agree on what no schema can say")
struct ValidatorLoaderAgreementTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var name: String
    var kind: SchemaKind
    var text: String
    var testDescription: String { name }
  }

  /// A claim that passes its schema, with `replacing` of its text replaced by `with`.
  static func claim(_ replacing: String = "", with replacement: String = "") -> String {
    let text = """
      {
        "id": "c1",
        "article": "a1",
        "kind": "statement",
        "text": "Russia and China held joint drills.",
        "anchor": {"exact": "held joint drills", "prefix": "China ", "suffix": ".", "start": 20, "end": 37},
        "attribution": {"type": "explicit", "speaker": {"name": "TASS"}},
        "assertions": [
          {"field": "participants", "value": ["Russia", "China"]},
          {"field": "period", "value": {"start": "2019-12-01", "end": "2019-12-05"}},
          {"field": "count", "value": {"amount": 3, "unit": "ships"}}
        ],
        "reviews": []
      }
      """
    return replacing.isEmpty ? text : text.replacingOccurrences(of: replacing, with: replacement)
  }

  static let policy = """
    {"version": 1, "sourcedKinds": ["event"], "rules": {"unsourced-claim": "error"}}
    """

  /// A sources file that passes its schema, with `alias` given to the second source.
  static func sources(alias: String) -> String {
    """
    {"sources": [
      {"id": "tass", "name": "TASS", "type": "news-agency"},
      {"id": "the-national-interest", "name": "The National Interest", "type": "outlet", "aliases": ["TNI"\(alias.isEmpty ? "" : ", \"\(alias)\"")]}
    ]}
    """
  }

  static let cases: [Case] = [
    Case(
      name: "an alias that is another source's name", kind: .sources,
      text: sources(alias: "TASS")),
    Case(
      name: "an alias that is another source's name in other case and spacing", kind: .sources,
      text: sources(alias: "tass ")),
    Case(
      name: "an alias of punctuation alone", kind: .sources, text: sources(alias: "…")),
    Case(
      name: "a claim's period that ends before it starts", kind: .claim,
      text: claim(#""end": "2019-12-05""#, with: #""end": "2019-11-05""#)),
    Case(
      name: "a claim's anchor that ends before it starts", kind: .claim,
      text: claim(#""start": 20, "end": 37"#, with: #""start": 37, "end": 20"#)),
    Case(
      name: "a claim's count beyond the numbers that can be compared", kind: .claim,
      text: claim(#""amount": 3"#, with: #""amount": 1e400"#)),
    Case(
      name: "an attribution of type none that names a speaker", kind: .claim,
      text: claim(#""type": "explicit""#, with: #""type": "none""#)),
    Case(
      name: "a contextual attribution that names no carrier", kind: .claim,
      text: claim(#""type": "explicit""#, with: #""type": "contextual""#)),
    Case(
      name: "a policy of a version this factledger does not read", kind: .policy,
      text: policy.replacingOccurrences(of: #""version": 1"#, with: #""version": 2"#)),
    Case(
      name: "a policy that sets an unknown rule", kind: .policy,
      text: policy.replacingOccurrences(of: "unsourced-claim", with: "no-such-rule")),
    Case(
      name: "a policy whose nesting limit would overflow the stack", kind: .policy,
      text: policy.replacingOccurrences(
        of: #""version": 1"#, with: #""version": 1, "limits": {"maxDepth": 100000000}"#)),
  ]

  /// What the loader finds in `text`, read as a file of `kind` at `path`.
  static func loaderFindings(_ text: String, kind: SchemaKind, path: String) -> [Finding] {
    let reader = RecordReader(files: LedgerFiles(root: "/"))
    var found: [Finding] = []
    let bytes = Array(text.utf8)
    switch kind {
    case .claim:
      let _: (Claim, JSONValue)? = reader.decode(bytes, from: path, as: kind, diagnostics: &found)
    case .policy:
      let _: (Policy, JSONValue)? = reader.decode(bytes, from: path, as: kind, diagnostics: &found)
    case .sources:
      let _: (SourceRegistry, JSONValue)? = reader.decode(
        bytes, from: path, as: kind, diagnostics: &found)
    default: Issue.record("no loader for \(kind)")
    }
    return found
  }

  @Test("each mistake is refused by validate as the loader refuses it", arguments: cases)
  func agree(mistake: Case) throws {
    let folder = try TemporaryFolder()
    try folder.write(mistake.text, to: "file.json")
    let path = folder.path + "/file.json"
    let loaded = Self.loaderFindings(mistake.text, kind: mistake.kind, path: path)
    #expect(!loaded.isEmpty, "the loader read it")
    let validated = try FileValidator().validate(fileAt: path, as: mistake.kind)
    #expect(validated.map(\.description) == loaded.map(\.description))
    #expect(validated.allSatisfy { $0.rule == .schemaViolation })
  }

  @Test("the unbroken files are valid to both")
  func unbroken() throws {
    for (kind, text) in [
      (SchemaKind.claim, Self.claim()), (.policy, Self.policy), (.sources, Self.sources(alias: "")),
    ] {
      let folder = try TemporaryFolder()
      try folder.write(text, to: "file.json")
      let path = folder.path + "/file.json"
      #expect(Self.loaderFindings(text, kind: kind, path: path).isEmpty, "\(kind)")
      #expect(try FileValidator().validate(fileAt: path, as: kind).isEmpty, "\(kind)")
    }
  }
}
