/// Writes JUnit XML: a test case per record (and per other file with findings), failing with
/// its unwaived findings, so CI dashboards that read JUnit show the ledger's state. Every value
/// goes through `Escape.xml`, so the document is well-formed whatever the ledger holds.
public struct JUnitWriter: ReportWriter {
  /// Creates a writer.
  public init() {}

  public func write(_ report: LintReport) -> String {
    var groups: [(name: String, path: String, findings: [Finding])] = []
    for finding in report.findings {
      let name = finding.recordID ?? finding.path
      if let index = groups.firstIndex(where: { $0.name == name }) {
        groups[index].findings.append(finding)
      } else {
        groups.append((name, finding.path, [finding]))
      }
    }
    let failing = groups.filter { $0.findings.contains { $0.waiver == nil } }.count
    let passing = max(0, report.recordCount - groups.filter { $0.name != $0.path }.count)
    var output = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    output +=
      "<testsuites name=\"factledger lint\" tests=\"\(groups.count + passing)\" failures=\"\(failing)\">\n"
    output +=
      "  <testsuite name=\"factledger lint\" tests=\"\(groups.count + passing)\" failures=\"\(failing)\" skipped=\"0\">\n"
    for group in groups {
      output +=
        "    <testcase name=\"\(Escape.xml(group.name))\" classname=\"\(Escape.xml(group.path))\">\n"
      for finding in group.findings {
        let body =
          "\(finding.path):\(finding.location.line):\(finding.location.column): \(finding.message)"
        if let waiver = finding.waiver {
          output +=
            "      <system-out>\(Escape.xml("waived [\(finding.rule.rawValue)] by \(waiver.by) (\(waiver.reason)): \(body)"))</system-out>\n"
        } else {
          output +=
            "      <failure type=\"\(finding.rule.rawValue)\" message=\"\(Escape.xml(finding.message))\">\(Escape.xml(body))</failure>\n"
        }
      }
      output += "    </testcase>\n"
    }
    if passing > 0 {
      output +=
        "    <testcase name=\"\(passing) records without findings\" classname=\"ledger\"/>\n"
    }
    output += "  </testsuite>\n</testsuites>\n"
    return output
  }
}
