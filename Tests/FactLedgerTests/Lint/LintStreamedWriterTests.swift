import TestSupport
import Testing

@testable import FactLedger

/// `lint`'s JSON, text and GitHub outputs hand their findings on in parts made on all cores:
/// the text must be what the whole report written at once on one core makes, for any number of
/// findings.
@Suite("Lint outputs streamed in parts")
struct LintStreamedWriterTests {
  /// The whole report as one JSON tree, written at once: the rendering before streaming.
  private static func wholeDocument(_ report: LintReport) -> String {
    let (errors, warnings, waived) = report.counts
    let baseline = { (count: Int) in report.usesBaseline ? JSONValue.integer(count) : nil }
    let json = { (finding: Finding) in
      JSONValue.object([
        "rule": .string(finding.rule.rawValue),
        "severity": .string(finding.severity.rawValue), "file": .string(finding.path),
        "line": .integer(finding.location.line),
        "column": .integer(finding.location.column), "message": .string(finding.message),
        "claim": finding.recordID.map(JSONValue.string) ?? .null,
        "waiver": finding.waiver?.json ?? .null,
      ])
    }
    return JSONWriter().string(
      for: .object([
        "findings": .array(report.findings.map(json)),
        "inputErrors": .array(report.inputErrors.map(json)),
        "summary": .object([
          "errors": .integer(errors), "warnings": .integer(warnings),
          "waived": .integer(waived), "records": .integer(report.recordCount),
          "baselined": baseline(report.baselined.count),
          "staleBaseline": baseline(report.staleBaseline.count),
        ]),
        "head": report.headHash.map(JSONValue.string) ?? .null,
      ]))
  }

  /// A report of `count` findings: errors and warnings, some waived, some of no record, with
  /// messages that need escaping.
  private static func report(findings count: Int, baseline: Bool, head: String?) -> LintReport {
    let findings = (0..<count).map { index in
      var finding = Finding(
        index % 3 == 0 ? .warning : .error,
        path: "Ledger/articles/a\(index % 7)/claims/c\(index).json",
        at: SourceLocation(line: index % 40 + 1, column: index % 9 + 1),
        "'c\(index)' is a \"quote\" claim with no source:\n\tVladimir Putin said \u{1} — \(index)",
        rule: index % 2 == 0 ? .unsourcedClaim : .vagueAttribution,
        recordID: index % 5 == 0 ? nil : "c\(index)")
      if index % 4 == 0 {
        finding.waiver = Waiver(rule: finding.rule.rawValue, reason: "accepted", by: "Desk")
      }
      return finding
    }
    var report = LintReport(
      findings: findings, inputErrors: [], recordCount: count + 3, headHash: head)
    report.usesBaseline = baseline
    return report
  }

  @Test(
    "the streamed JSON is the whole document, with no findings, fewer than a part, and many parts",
    arguments: [0, 1, 255, 256, 511, 512, 513, 4097, 9000])
  func streamedIsWhole(count: Int) throws {
    for (baseline, head) in [(false, nil), (true, "ab12")] as [(Bool, String?)] {
      let report = Self.report(findings: count, baseline: baseline, head: head)
      var pieces: [[UInt8]] = []
      LintJSONWriter().write(report) { pieces.append($0) }
      let streamed = String(decoding: pieces.joined(), as: UTF8.self)
      #expect(streamed == Self.wholeDocument(report))
      #expect(LintJSONWriter().write(report) == streamed)
      let parsed = try JSONParser().parse(streamed)
      #expect(parsed["findings"]?.arrayValue?.count == count)
    }
  }

  /// The text output written at once, line by line: the rendering before streaming.
  private static func wholeText(_ report: LintReport) -> String {
    var output = ""
    for finding in report.findings {
      if let waiver = finding.waiver {
        output +=
          "\(finding.place): note: waived by \(Escape.terminal(waiver.by)) (\(Escape.terminal(waiver.reason))): \(Escape.terminal(finding.message)) [\(finding.rule)]\n"
      } else {
        output += finding.description + "\n"
      }
    }
    return output + report.summary + "\n"
  }

  /// The GitHub annotations written at once: the rendering before streaming.
  private static func wholeAnnotations(_ report: LintReport) -> String {
    func annotation(_ command: String, _ finding: Finding, title: String) -> String {
      "::\(command) file=\(Escape.workflowCommandProperty(finding.path)),line=\(finding.location.line),col=\(finding.location.column),title=\(Escape.workflowCommandProperty(title))::\(Escape.workflowCommandData(finding.message))\n"
    }
    var output = report.inputErrors.map { annotation("error", $0, title: $0.rule.rawValue) }
      .joined()
    for finding in report.findings {
      let command =
        finding.waiver != nil ? "notice" : (finding.severity == .error ? "error" : "warning")
      var waived = finding
      if let waiver = finding.waiver {
        waived.message += " (waived by \(waiver.by): \(waiver.reason))"
      }
      output += annotation(
        command, waived, title: finding.rule.rawValue + (finding.waiver != nil ? " (waived)" : ""))
    }
    return output + report.summary + "\n"
  }

  @Test(
    "text and GitHub annotations streamed are the whole text, for few findings and many parts",
    arguments: [0, 1, 255, 256, 257, 4097, 9000])
  func textAndAnnotations(count: Int) {
    var report = Self.report(findings: count, baseline: count % 2 == 1, head: nil)
    report.inputErrors = [
      Finding(.error, path: "Ledger/sources.json", "unreadable: \"x\"", rule: .ledgerLayout)
    ]
    var pieces: [[UInt8]] = []
    LintTextWriter().write(report) { pieces.append($0) }
    #expect(String(decoding: pieces.joined(), as: UTF8.self) == Self.wholeText(report))
    #expect(LintTextWriter().write(report) == Self.wholeText(report))
    pieces = []
    GitHubAnnotationWriter().write(report) { pieces.append($0) }
    #expect(String(decoding: pieces.joined(), as: UTF8.self) == Self.wholeAnnotations(report))
    #expect(GitHubAnnotationWriter().write(report) == Self.wholeAnnotations(report))
  }

  @Test("SARIF of many findings made on all cores: every result in order, its column in UTF-16")
  func sarifInOrder() throws {
    let report = Self.report(findings: 3000, baseline: false, head: nil)
    // Each file's lines start with astral scalars (two UTF-16 units each), as many as the
    // file's number says modulo 5.
    let writer = SARIFWriter(root: "/r") { path, line in
      let astral = (Int(path.split(separator: "c").last!.prefix { $0.isNumber }) ?? 0) % 5
      return Substring(String(repeating: "𝔸", count: astral) + String(repeating: "x", count: 60))
    }
    let sarif = try JSONParser().parse(writer.write(report))
    let results = try #require(sarif["runs"]?.arrayValue?.first?["results"]?.arrayValue)
    #expect(results.count == report.findings.count)
    for (result, finding) in zip(results, report.findings) {
      #expect(result["message"]?["text"]?.stringValue == finding.message)
      let astral =
        finding.path.contains("/c")
        ? (Int(finding.path.split(separator: "c").last!.prefix { $0.isNumber }) ?? 0) % 5 : 0
      let column = finding.location.column
      let expected = column + min(astral, column - 1)
      let region = result["locations"]?.arrayValue?.first?["physicalLocation"]?["region"]
      #expect(region?["startColumn"]?.intValue == expected, "\(finding.path) \(column)")
    }
  }

  @Test("a file's lines for SARIF columns are split at every line feed, CRLF ends too")
  func sarifLines() {
    let seed = UInt64.random(in: 0...UInt64.max)
    var generator = SplitMix64(seed: seed)
    let pieces = ["a", "\n", "\r", "\r\n", "\n\r", "𝔸", "é", "e\u{301}", "\u{301}", " ", "\u{1}"]
    var texts = ["", "\n", "\r\n", "\n\n", "a\r", "\r\n\n\r"]
    for _ in 0..<2000 {
      texts.append(
        (0..<Int.random(in: 0...12, using: &generator)).map { _ in
          pieces.randomElement(using: &generator)!
        }.joined())
    }
    // Bytes that are not UTF-8, repaired as the file's text is.
    texts.append(
      String(decoding: [0x61, 0xFF, 0x0A, 0xE2, 0x82, 0x0D, 0x0A, 0xF0, 0x0A], as: UTF8.self))
    for text in texts {
      let expected = text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false)
        .map(Substring.init)
      #expect(
        SARIFLocation.lines(of: text) == expected, "\(text.debugDescription), seed \(seed)")
    }
  }

  @Test("SARIF read from real files on all cores, LF or CRLF: every column in UTF-16")
  func sarifFromFiles() throws {
    let folder = try TemporaryFolder()
    // File k's lines hold k astral scalars (two UTF-16 units each) before their other text;
    // the odd files end their lines with CRLF.
    for file in 0..<5 {
      let line = String(repeating: "𝔸", count: file) + String(repeating: "x", count: 40)
      try folder.write(
        Array(repeating: line, count: 30).joined(separator: file % 2 == 1 ? "\r\n" : "\n"),
        to: "f\(file).json")
    }
    let findings = (0..<3000).map { index in
      Finding(
        .error, path: folder.url.appendingPathComponent("f\(index % 5).json").path,
        at: SourceLocation(line: index % 30 + 1, column: index % 12 + 1), "m\(index)",
        rule: .unsourcedClaim, recordID: "c\(index)")
    }
    let report = LintReport(findings: findings, inputErrors: [], recordCount: 1, headHash: nil)
    let sarif = try JSONParser().parse(SARIFWriter().write(report))
    let results = try #require(sarif["runs"]?.arrayValue?.first?["results"]?.arrayValue)
    #expect(results.count == findings.count)
    for (index, result) in results.enumerated() {
      let (astral, column) = (index % 5, index % 12 + 1)
      #expect(result["message"]?["text"]?.stringValue == "m\(index)")
      let region = result["locations"]?.arrayValue?.first?["physicalLocation"]?["region"]
      #expect(region?["startColumn"]?.intValue == column + min(astral, column - 1))
    }
  }
}
