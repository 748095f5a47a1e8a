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
        "<testsuite name=\"factledger lint\" tests=\"5\" failures=\"1\" skipped=\"0\">"))
    #expect(
      output.contains(
        "<failure type=\"unsourced-claim\" message=\"a &lt;b&gt; &amp; &quot;c&quot;\">"))
    #expect(output.contains("<system-out>waived [vague-attribution] by Desk (accepted): "))
    #expect(output.contains("<testcase name=\"4 records without findings\" classname=\"ledger\"/>"))
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
