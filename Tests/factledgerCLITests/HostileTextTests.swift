import Foundation
import TestSupport
import Testing

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// One hostile string fed through every command and every format: each output must be inert
/// for the program that reads it (a terminal, a CI log, a spreadsheet, a Markdown renderer, an
/// XML parser), and the JSON formats must keep the string exactly.
@Suite("Hostile text in every output (the binary)")
struct HostileTextTests {
  /// A formula at the start, a forged workflow command after a line break, CR, an ANSI colour,
  /// HTML, a table pipe, the XML-forbidden U+FFFE and U+FFFF, a right-to-left override and an
  /// escaped line feed for the workflow-command parser.
  static let hostile =
    "=cmd|' /C calc'!A0 \n::error file=x::forged\r\u{1B}[31mred <script>alert(1)</script> | \u{FFFE}\u{FFFF} \u{202E}txt %0A end"

  /// How an output is read, and so what makes it inert.
  enum Reader {
    /// A terminal or CI log.
    case terminal
    /// The GitHub Actions runner reading `lint --format github`.
    case workflowCommands
    /// A spreadsheet.
    case spreadsheet
    /// A Markdown renderer (and a log that prints the file).
    case markdown
    /// An XML parser (and a log that prints the file).
    case xml
    /// A JSON parser: the exact string must come back.
    case json
  }

  @Test(
    "every command and format keeps a hostile claim, speaker, note, waiver, evidence value, reviewer and key inert"
  )
  func everyOutputIsInert() throws {
    let scratch = try TemporaryFolder()
    try Self.writeHostileLedger(in: scratch)
    let h = Self.hostile
    let runs: [(arguments: [String], reader: Reader)] = [
      (["list", "--all"], .terminal),
      (["list", "--all", "--format", "json"], .json),
      (["list", "--all", "--format", "csv"], .spreadsheet),
      (["list", "--all", "--format", "markdown"], .markdown),
      (["check", "--evidence", "hostile.json"], .terminal),
      (["check", "--evidence", "hostile.json", "--format", "json"], .json),
      (["check", "--evidence", "hostile.json", "--format", "markdown"], .markdown),
      (["lint"], .terminal),
      (["lint", "--format", "github"], .workflowCommands),
      (["lint", "--format", "sarif"], .json),
      (["lint", "--format", "junit"], .xml),
      (["lint", "--format", "json"], .json),
      (["mark", "drill-a-success", "verified", "--by", h, "--note", h], .terminal),
      (["history", "drill-a-success"], .terminal),
      (["history", "drill-a-success", "--format", "json"], .json),
      (["list", "--all"], .terminal),
      (["validate", "--as", "claim", "hostile-key.json"], .terminal),
      (["list", "--all", "--outlet", h], .terminal),
      (["history", h], .terminal),
      (["mark", h, "verified", "--by", "Desk"], .terminal),
      (["check", "--fail-on", h], .terminal),
      (["check", "--evidence", h], .terminal),
      ([h], .terminal),
    ]
    for run in runs {
      let result = try CLIRunner.run(
        run.arguments, in: scratch.url, environment: ["COLUMNS": "1000"])
      let name = run.arguments.prefix(4).map { $0 == h ? "<hostile>" : $0 }
        .joined(separator: " ")
      try Self.expectInert(result.stdout, read: run.reader, in: name + " (stdout)")
      try Self.expectInert(result.stderr, read: .terminal, in: name + " (stderr)")
      // Each run shows the hostile text somewhere, so an inert output is not an empty one.
      let shown = result.stdout + result.stderr
      #expect(
        shown.contains("\\u{1B}[31m") || shown.contains("\\\\u{1B}\\[31m")
          || run.reader == .json,
        "\(name) does not show the hostile text")
    }
  }

  // MARK: - What inert means

  /// Checks `output` against what `reader` would do with it.
  static func expectInert(_ output: String, read reader: Reader, in name: String) throws {
    let lines = output.components(separatedBy: "\n")
    for line in lines {
      let start = line.drop { $0 == " " || $0 == "\t" }
      // The runner reads a line as a command when, past leading spaces, it starts with `::`
      // (or the older `##[`); only the tool's own annotations may.
      let isCommand = start.hasPrefix("::") || start.hasPrefix("##[")
      let isOwnAnnotation =
        reader == .workflowCommands
        && ["::error file=Ledger/", "::warning file=Ledger/", "::notice file=Ledger/"].contains {
          start.hasPrefix($0)
        }
      #expect(!isCommand || isOwnAnnotation, "\(name): a line starts a workflow command: \(line)")
    }
    let controls = output.replacingOccurrences(of: reader == .spreadsheet ? "\r\n" : "\n", with: "")
      .unicodeScalars.filter { isControl($0, strictly: reader != .json) }
    #expect(controls.isEmpty, "\(name): raw control characters \(controls.map(\.value))")
    switch reader {
    case .json:
      let document = try JSONSerialization.jsonObject(with: Data(output.utf8))
      #expect(strings(in: document).contains { $0.contains(hostile) }, "\(name) lost the text")
    case .spreadsheet:
      #expect(output.contains(",'=cmd|' /C calc'!A0 \\n::error file=x::forged\\r\\u{1B}[31m"))
      #expect(!output.contains(",=") && !output.contains(",\"="), "\(name) has a formula cell")
    case .markdown:
      #expect(!output.contains("<"), "\(name) has raw HTML")
      #expect(output.contains("&lt;script&gt;alert(1)&lt;/script&gt; \\| "))
    case .xml:
      try expectWellFormedXML(output, in: name)
    case .terminal, .workflowCommands:
      break
    }
  }

  /// Whether `scalar` must not reach a terminal raw; JSON is held only to RFC 8259 (C0).
  static func isControl(_ scalar: Unicode.Scalar, strictly: Bool) -> Bool {
    switch scalar.value {
    case 0x00...0x1F: true
    case 0x7F...0x9F, 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069: strictly
    default: false
    }
  }

  /// Every string of a parsed JSON document, keys included.
  static func strings(in value: Any) -> [String] {
    switch value {
    case let text as String: [text]
    case let array as [Any]: array.flatMap(strings)
    case let object as [String: Any]: object.keys + object.values.flatMap(strings)
    default: []
    }
  }

  /// Parses `output` as XML and checks the hostile text came through, visible where XML
  /// forbids a character.
  static func expectWellFormedXML(_ output: String, in name: String) throws {
    let parser = XMLParser(data: Data(output.utf8))
    let collector = XMLTextCollector()
    parser.delegate = collector
    #expect(parser.parse() && parser.parserError == nil, "\(name) is not well-formed XML")
    // XML 1.0 forbids ESC, U+FFFE and U+FFFF even as references: they are shown instead.
    let visible = hostile.unicodeScalars.map { scalar in
      [0x1B, 0xFFFE, 0xFFFF].contains(scalar.value)
        ? "\\u{\(String(scalar.value, radix: 16, uppercase: true))}" : String(scalar)
    }.joined()
    #expect(
      collector.attributes.contains { $0.contains(visible) }
        || collector.characters.contains(visible),
      "\(name) lost the text")
  }

  // MARK: - The hostile ledger

  /// Copies the sourced-ledger fixture into `scratch` and fills it with the hostile string:
  /// an unsourced claim's text and note, a vague speaker, a waiver's reason and giver, an
  /// evidence file's values, and a key of a claim file outside the ledger.
  static func writeHostileLedger(in scratch: TemporaryFolder) throws {
    let ledger = scratch.url.appendingPathComponent("Ledger")
    try FileManager.default.copyItem(
      at: CLIRunner.root.appendingPathComponent("Tests/Fixtures/lint/sourced-ledger"), to: ledger)
    let claims = ledger.appendingPathComponent("articles/wire-2020-01-02/claims")
    try edit(claims.appendingPathComponent("joint-drill-december.json")) { claim in
      claim["text"] = hostile
      claim["note"] = hostile
      claim["attribution"] = ["type": "none"]
    }
    try edit(claims.appendingPathComponent("drill-a-success.json")) { claim in
      var attribution = claim["attribution"] as? [String: Any] ?? [:]
      attribution["vague"] = true
      attribution["speaker"] = ["description": hostile]
      claim["attribution"] = attribution
      claim["assertions"] = [
        ["field": "quote", "value": "The drill was a success"],
        ["field": "role", "value": "spokesperson"],
      ]
      claim["waivers"] = [["rule": "vague-attribution", "reason": hostile, "by": hostile]]
    }
    let evidence: [String: Any] = [
      "items": [
        [
          "id": "ev-hostile", "claims": ["drill-a-success", "joint-drill-december"],
          "source": ["publisher": hostile], "excerpt": hostile,
          "facts": ["role": hostile, "quote": hostile, "venue": hostile],
        ]
      ]
    ]
    try write(evidence, to: scratch.url.appendingPathComponent("hostile.json"))
    var keyed = try read(claims.appendingPathComponent("joint-drill-december.json"))
    keyed["unexpected\n::error file=x::forged \(hostile)"] = 1
    try write(keyed, to: scratch.url.appendingPathComponent("hostile-key.json"))
  }

  private static func read(_ url: URL) throws -> [String: Any] {
    try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any] ?? [:]
  }

  private static func write(_ object: [String: Any], to url: URL) throws {
    try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted]).write(to: url)
  }

  private static func edit(_ url: URL, _ change: (inout [String: Any]) -> Void) throws {
    var object = try read(url)
    change(&object)
    try write(object, to: url)
  }
}

/// Collects the character data and attribute values an XML parser reads.
private final class XMLTextCollector: NSObject, XMLParserDelegate {
  var attributes: [String] = []
  var characters = ""

  func parser(
    _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
    qualifiedName: String?, attributes: [String: String] = [:]
  ) {
    self.attributes += attributes.values
  }

  func parser(_ parser: XMLParser, foundCharacters string: String) {
    characters += string
  }
}
