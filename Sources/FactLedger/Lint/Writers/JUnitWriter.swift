/// Writes JUnit XML as CI dashboards read it: one `<testcase>` per record (and per other file
/// with findings), with at most one `<failure>` (its unwaived errors: the first as the
/// message, all of them in the text), warnings, notes and waived findings in `<system-out>`,
/// and `tests`, `failures` and `skipped` equal to the counts of those elements. Every value
/// goes through `Escape.xml`, so the document is well-formed whatever the ledger holds.
public struct JUnitWriter: ReportWriter {
  /// Creates a writer.
  public init() {}

  /// A test case: a record, or a file whose findings belong to no record.
  private struct TestCase {
    var name: String
    var classname: String
    var findings: [Finding] = []

    var failures: [Finding] { findings.filter { $0.waiver == nil && $0.severity == .error } }
    var output: [Finding] { findings.filter { $0.waiver != nil || $0.severity != .error } }
  }

  public func write(_ report: LintReport) -> String {
    var cases = report.records.map { TestCase(name: $0.id, classname: $0.path) }
    var index = Dictionary(
      cases.enumerated().map { ($1.name, $0) }, uniquingKeysWith: { first, _ in first })
    // A file that cannot be read fails its test case as a finding does.
    for finding in report.findings + report.inputErrors {
      let name = finding.recordID ?? finding.path
      if let position = index[name] {
        cases[position].findings.append(finding)
      } else {
        index[name] = cases.count
        cases.append(TestCase(name: name, classname: finding.path, findings: [finding]))
      }
    }
    let failing = cases.filter { !$0.failures.isEmpty }.count
    let counts = "tests=\"\(cases.count)\" failures=\"\(failing)\" errors=\"0\" skipped=\"0\""
    var output = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    output += "<testsuites name=\"factledger lint\" \(counts)>\n"
    output += "  <testsuite name=\"factledger lint\" \(counts)>\n"
    for testCase in cases { output += Self.element(of: testCase) }
    output += "  </testsuite>\n</testsuites>\n"
    return output
  }

  private static func element(of testCase: TestCase) -> String {
    let open =
      "    <testcase name=\"\(Escape.xml(testCase.name))\" classname=\"\(Escape.xml(testCase.classname))\""
    guard !testCase.findings.isEmpty else { return open + "/>\n" }
    var element = open + ">\n"
    if let first = testCase.failures.first {
      let more = testCase.failures.count - 1
      let message = first.message + (more > 0 ? " (and \(more) more)" : "")
      let body = testCase.failures.map(line(of:)).joined(separator: "\n")
      element +=
        "      <failure type=\"\(Escape.xml(first.rule.rawValue))\" message=\"\(Escape.xml(message))\">\(Escape.xml(body))</failure>\n"
    }
    if !testCase.output.isEmpty {
      let body = testCase.output.map(line(of:)).joined(separator: "\n")
      element += "      <system-out>\(Escape.xml(body))</system-out>\n"
    }
    return element + "    </testcase>\n"
  }

  /// `path:line:column: severity: message [rule]`, a waived one with its waiver.
  private static func line(of finding: Finding) -> String {
    let place = "\(finding.path):\(finding.location.line):\(finding.location.column)"
    if let waiver = finding.waiver {
      return
        "\(place): waived [\(finding.rule.rawValue)] by \(waiver.by) (\(waiver.reason)): \(finding.message)"
    }
    return "\(place): \(finding.severity.rawValue): \(finding.message) [\(finding.rule.rawValue)]"
  }
}
