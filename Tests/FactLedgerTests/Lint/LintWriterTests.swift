import Foundation
import TestSupport
import Testing

@testable import FactLedger

#if canImport(FoundationXML)
  import FoundationXML
#endif

@Suite("Lint output formats")
struct LintWriterTests {
  private func waived(_ finding: Finding, by waiver: Waiver) -> Finding {
    var finding = finding
    finding.waiver = waiver
    return finding
  }

  private func report(message: String, path: String = "Ledger/a/claims/c1.json") -> LintReport {
    LintReport(
      findings: [
        Finding(
          .error, path: path, at: SourceLocation(line: 13, column: 18), message,
          rule: .unsourcedClaim, recordID: "c1"),
        waived(
          Finding(
            .warning, path: path, at: SourceLocation(line: 18, column: 14), "vague",
            rule: .vagueAttribution, recordID: "c1"),
          by: Waiver(rule: "vague-attribution", reason: "accepted", by: "Desk")),
      ],
      inputErrors: [], recordCount: 5, headHash: nil)
  }

  @Test("a file that cannot be read is annotated too, so a failed CI job says where and why")
  func githubInputErrors() {
    var unreadable = report(message: "m")
    unreadable.inputErrors = [
      Finding(
        .error, path: "Ledger/articles/a/article.txt", "missing file", rule: .ledgerLayout)
    ]
    let output = GitHubAnnotationWriter().write(unreadable)
    #expect(
      output.hasPrefix(
        "::error file=Ledger/articles/a/article.txt,line=1,col=1,title=ledger-layout::missing file\n"
      ))
  }

  @Test("a claim text with a newline and '::error::' cannot make a second annotation")
  func githubInjection() {
    let output = GitHubAnnotationWriter().write(
      report(message: "evil\n::error::injected%0A, with: colons"))
    let commands = output.split(separator: "\n").filter { $0.hasPrefix("::") }
    #expect(commands.count == 2)
    #expect(
      commands[0]
        == "::error file=Ledger/a/claims/c1.json,line=13,col=18,title=unsourced-claim::evil%0A::error::injected%250A, with: colons"
    )
    #expect(
      commands[1].hasPrefix(
        "::notice file=Ledger/a/claims/c1.json,line=18,col=14,title=vague-attribution (waived)::vague (waived by Desk: accepted)"
      ))
  }

  @Test("properties escape ':' and ',' too, so a path cannot add properties")
  func githubProperties() {
    let output = GitHubAnnotationWriter().write(report(message: "m", path: "odd,name:x.json"))
    #expect(output.hasPrefix("::error file=odd%2Cname%3Ax.json,line=13,"))
  }

  @Test(
    "SARIF: version 2.1.0, every rule's metadata, relative percent-encoded paths, waivers as suppressions"
  )
  func sarif() throws {
    let document = try JSONParser().parse(
      SARIFWriter().write(report(message: "m", path: "./Ledger/a b/c1.json")))
    #expect(document["version"]?.stringValue == "2.1.0")
    let run = try #require(document["runs"]?.arrayValue?.first)
    #expect(run["tool"]?["driver"]?["rules"]?.arrayValue?.count == LintRules.all.count)
    let results = try #require(run["results"]?.arrayValue)
    let location = results[0]["locations"]?.arrayValue?.first?["physicalLocation"]
    #expect(location?["artifactLocation"]?["uri"]?.stringValue == "Ledger/a%20b/c1.json")
    #expect(location?["region"]?["startLine"]?.intValue == 13)
    #expect(results[0]["suppressions"] == nil)
    #expect(results[1]["suppressions"]?.arrayValue?.first?["kind"]?.stringValue == "inSource")
  }

  @Test("JUnit: a failing test case per record with findings, XML escaped")
  func junit() {
    let output = JUnitWriter().write(report(message: "a <b> & \"c\""))
    #expect(
      output.contains(
        "<failure type=\"unsourced-claim\" message=\"a &lt;b&gt; &amp; &quot;c&quot;\">"))
    #expect(
      output.contains(
        "<system-out>Ledger/a/claims/c1.json:18:14: waived [vague-attribution] by Desk (accepted): vague</system-out>"
      ))
  }

  /// A report of three records: c1 with two errors and a warning, c2 with a warning only, c3
  /// clean; and a finding on a file of no record.
  private func mixedReport() -> LintReport {
    let path = { (id: String) in "Ledger/a/claims/\(id).json" }
    var report = LintReport(
      findings: [
        Finding(.error, path: path("c1"), "first", rule: .unsourcedClaim, recordID: "c1"),
        Finding(.error, path: path("c1"), "second", rule: .unknownSource, recordID: "c1"),
        Finding(.warning, path: path("c1"), "vague", rule: .vagueAttribution, recordID: "c1"),
        Finding(.warning, path: path("c2"), "vague", rule: .vagueAttribution, recordID: "c2"),
        Finding(.error, path: "Ledger/sources.json", "bad", rule: .schemaViolation),
      ],
      inputErrors: [], recordCount: 3, headHash: nil)
    report.records = ["c1", "c2", "c3"].map { LintedRecord(id: $0, path: path($0)) }
    return report
  }

  #if canImport(FoundationXML) || canImport(Darwin)
    @Test(
      "JUnit as readers count it: a test case per record, at most one failure each, warnings not failures, counts equal to the elements"
    )
    func junitCounts() throws {
      let document = try XMLDocument(data: Data(JUnitWriter().write(mixedReport()).utf8))
      let suite = try #require(try document.nodes(forXPath: "//testsuite").first as? XMLElement)
      let cases = try document.nodes(forXPath: "//testcase").compactMap { $0 as? XMLElement }
      #expect(
        cases.map { $0.attribute(forName: "name")?.stringValue } == [
          "c1", "c2", "c3", "Ledger/sources.json",
        ])
      for testCase in cases {
        #expect(testCase.elements(forName: "failure").count <= 1)
      }
      let failures = try document.nodes(forXPath: "//testcase/failure").count
      #expect(failures == 2)
      #expect(suite.attribute(forName: "tests")?.stringValue == "\(cases.count)")
      #expect(suite.attribute(forName: "failures")?.stringValue == "\(failures)")
      #expect(suite.attribute(forName: "skipped")?.stringValue == "0")
      // c1's second error is in its failure's text; its warning and c2's are output.
      let c1 = cases[0]
      let failure = try #require(c1.elements(forName: "failure").first)
      #expect(failure.attribute(forName: "message")?.stringValue == "first (and 1 more)")
      #expect(failure.stringValue?.contains("second [unknown-source]") == true)
      #expect(
        c1.elements(forName: "system-out").first?.stringValue?.contains("warning: vague") == true)
      #expect(cases[1].elements(forName: "failure").isEmpty)
      #expect(cases[1].elements(forName: "system-out").count == 1)
    }
  #endif

  @Test(
    "SARIF: a path inside the root is relative to %SRCROOT%, even given absolute; one outside is a file URI with no base"
  )
  func sarifURIs() throws {
    let writer = SARIFWriter(root: "/repo/desk", lineText: { _, _ in nil })
    var report = mixedReport()
    report.findings = [
      Finding(
        .error, path: "/repo/desk/Ledger/a b/c1.json", "m", rule: .unsourcedClaim, recordID: "c1"),
      Finding(
        .error, path: "./Ledger/../Ledger/c2.json", "m", rule: .unsourcedClaim, recordID: "c2"),
      Finding(
        .error, path: "/elsewhere/Ledger/c3.json", "m", rule: .unsourcedClaim, recordID: "c3"),
      Finding(.error, path: "../other/c4.json", "m", rule: .unsourcedClaim, recordID: "c4"),
    ]
    let run = try #require(try JSONParser().parse(writer.write(report))["runs"]?.arrayValue?.first)
    #expect(run["columnKind"]?.stringValue == "utf16CodeUnits")
    let artifacts = try #require(run["results"]?.arrayValue).map {
      $0["locations"]?.arrayValue?.first?["physicalLocation"]?["artifactLocation"]
    }
    #expect(artifacts[0]?["uri"]?.stringValue == "Ledger/a%20b/c1.json")
    #expect(artifacts[0]?["uriBaseId"]?.stringValue == "%SRCROOT%")
    #expect(artifacts[1]?["uri"]?.stringValue == "Ledger/c2.json")
    #expect(artifacts[2]?["uri"]?.stringValue == "file:///elsewhere/Ledger/c3.json")
    #expect(artifacts[2]?["uriBaseId"] == nil)
    #expect(artifacts[3]?["uri"]?.stringValue == "file:///repo/other/c4.json")
  }

  @Test(
    "SARIF columns count UTF-16 code units: a character beyond the BMP before the column counts twice"
  )
  func sarifColumns() throws {
    let lines: [Int: Substring] = [2: "  \"text\": \"😀 x 𝔸 y\",", 3: "  \"é\": 1"]
    let writer = SARIFWriter(root: "/r", lineText: { _, line in lines[line] })
    var report = mixedReport()
    report.findings = [
      // Scalar column 14 is 'x' ("  \"text\": \"" is 11 scalars, then 😀, space, x).
      Finding(
        .error, path: "f.json", at: SourceLocation(line: 2, column: 14), "m", rule: .unsourcedClaim),
      // After 😀 and 𝔸: two more.
      Finding(
        .error, path: "f.json", at: SourceLocation(line: 2, column: 18), "m", rule: .unsourcedClaim),
      // 'é' is in the BMP: unchanged.
      Finding(
        .error, path: "f.json", at: SourceLocation(line: 3, column: 6), "m", rule: .unsourcedClaim),
      // A line that cannot be read keeps its column.
      Finding(
        .error, path: "f.json", at: SourceLocation(line: 9, column: 5), "m", rule: .unsourcedClaim),
    ]
    let run = try #require(try JSONParser().parse(writer.write(report))["runs"]?.arrayValue?.first)
    let columns = try #require(run["results"]?.arrayValue).map {
      $0["locations"]?.arrayValue?.first?["physicalLocation"]?["region"]?["startColumn"]?.intValue
    }
    #expect(columns == [15, 20, 6, 5])
  }

  @Test(
    "a finding's fingerprint survives a line move and a changed offset, and differs by rule, record and wording"
  )
  func fingerprints() throws {
    let base = Finding(
      .error, path: "Ledger/a/claims/c1.json", at: SourceLocation(line: 13, column: 18),
      "anchor at 120..140 drifted", rule: .anchorDrift, recordID: "c1")
    var moved = base
    moved.location = SourceLocation(line: 40, column: 2)
    moved.message = "anchor at 200..221 drifted"
    #expect(moved.fingerprint == base.fingerprint)
    var otherRecord = base
    otherRecord.recordID = "c2"
    var otherRule = base
    otherRule.rule = .unsourcedClaim
    var otherWords = base
    otherWords.message = "anchor at 120..140 missing"
    #expect(Set([base, otherRecord, otherRule, otherWords].map(\.fingerprint)).count == 4)
    let sarif = try JSONParser().parse(
      SARIFWriter(root: "/r", lineText: { _, _ in nil }).write(
        LintReport(findings: [base], inputErrors: [], recordCount: 1, headHash: nil)))
    let result = sarif["runs"]?.arrayValue?.first?["results"]?.arrayValue?.first
    #expect(
      result?["partialFingerprints"]?[Finding.fingerprintKey]?.stringValue == base.fingerprint)
  }

  @Test("text: findings in the compiler's form, waived ones as notes, the summary last")
  func text() {
    let output = LintTextWriter().write(report(message: "m"))
    #expect(
      output == """
        Ledger/a/claims/c1.json:13:18: error: m [unsourced-claim]
        Ledger/a/claims/c1.json:18:14: note: waived by Desk (accepted): vague [vague-attribution]
        1 error, 0 warnings, 1 waived in 5 records.

        """)
  }

  @Test("JUnit stays well-formed XML when a message holds U+FFFE, U+FFFF, ESC or a line break")
  func junitForbiddenCharacters() {
    let output = JUnitWriter().write(report(message: "bad \u{FFFE}\u{FFFF}\u{1B}[31m\nend"))
    let parser = XMLParser(data: Data(output.utf8))
    #expect(parser.parse() && parser.parserError == nil)
    #expect(output.contains("message=\"bad \\u{FFFE}\\u{FFFF}\\u{1B}[31m&#10;end\""))
  }

  @Test("text and github: control characters in a message are shown, never written raw")
  func controlCharacters() {
    let finding = report(message: "x\n::error file=y::forged\u{1B}[31m\u{202E}")
    let text = LintTextWriter().write(finding)
    #expect(
      text.hasPrefix(
        "Ledger/a/claims/c1.json:13:18: error: x\\n::error file=y::forged\\u{1B}[31m\\u{202E} [unsourced-claim]\n"
      ))
    let github = GitHubAnnotationWriter().write(finding)
    #expect(github.contains("::x%0A::error file=y::forged\\u{1B}[31m\\u{202E}\n"))
    #expect(!github.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x202E })
  }

  @Test("every rule has an explanation that says how to fix and how to waive it")
  func explanations() {
    for rule in LintRules.all {
      #expect(rule.explanation.hasPrefix("\(rule.id): \(rule.title)\n"))
      #expect(rule.explanation.contains("Fix: \(rule.fix)"))
      #expect(rule.explanation.contains("\"waivers\": [{\"rule\": \"\(rule.id)\""))
    }
  }
}
