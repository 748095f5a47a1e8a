/// Writes a check report as Markdown for a pull request: the counts first, then each disputed
/// and unsourced claim with its reasons, what contradicted it and its evidence, then the other
/// statuses folded in `<details>`. It fits `limit` characters (GitHub's comment limit,
/// 65,536, counted in UTF-16 code units as GitHub counts them) by leaving out the tail with a
/// note that says how much. Text from the ledger and the evidence goes through
/// `Escape.markdown`.
public struct CheckMarkdownWriter: ReportWriter {
  /// The most characters written.
  public var limit: Int

  /// A writer of at most `limit` characters.
  public init(limit: Int = 65_536) {
    self.limit = limit
  }

  public func write(_ report: CheckReport) -> String {
    var output = Output(limit: limit)
    output.add(Self.head(of: report))
    let urgent: [CheckReport.OverallStatus] = [.disputed, .unsourced]
    let attention = report.results.filter { urgent.contains($0.overall) }
      .sorted {
        (urgent.firstIndex(of: $0.overall) ?? 0) < (urgent.firstIndex(of: $1.overall) ?? 0)
      }
    // Once the text is cut, nothing more is added: no piece is made for the claims left out.
    if !attention.isEmpty {
      output.add("## Needs attention: disputed and unsourced (\(attention.count))\n\n")
      for result in attention where !output.isCut { output.add(Self.detail(of: result), claims: 1) }
    }
    for (status, positions) in report.positionsByStatus where !urgent.contains(status) {
      output.open(
        "<details>\n<summary>\(status.rawValue.capitalized) (\(positions.count))</summary>\n\n"
          + "| Claim | Kind | Attribution | Content | Reasons | Evidence |\n"
          + "| --- | --- | --- | --- | --- | --- |\n")
      for position in positions where !output.isCut {
        output.add(Self.row(of: report.results[position]), claims: 1)
      }
      output.close("\n</details>\n\n")
    }
    output.add(report.summary + "\n")
    return output.finished(total: report.results.count)
  }

  /// The title, the counts by status, and the evidence files.
  private static func head(of report: CheckReport) -> String {
    var head = "# Fact-check report\n\n| Status | Claims |\n| --- | ---: |\n"
    let counts = report.counts
    for status in CheckReport.OverallStatus.allCases {
      head += "| \(status.rawValue) | \(counts[status, default: 0]) |\n"
    }
    head += "| not checked | \(report.notChecked) |\n\n"
    let files = report.evidenceFiles.map { "`\(Escape.markdown($0))`" }.joined(separator: ", ")
    return head + "Evidence: \(files.isEmpty ? "none" : files).\n\n"
  }

  /// A disputed or unsourced claim: status, reasons, the assertions not supported, evidence.
  private static func detail(of result: CheckReport.ClaimResult) -> String {
    let reasons = result.reasons.map { "`\($0.rawValue)`" }.joined(separator: ", ")
    var text =
      "### `\(result.id)` (\(result.kind.rawValue)): \(result.overall.rawValue)\n\n"
      + "> \(Escape.markdown(result.text))\n\n"
      + "- **attribution** \(result.attribution.rawValue), **content** \(result.content.rawValue)"
      + (reasons.isEmpty ? "" : "; reasons: \(reasons)") + "\n"
    for assertion in result.assertions where assertion.state != .supported {
      text +=
        "- **\(assertion.field.rawValue)** \(Escape.markdown(assertion.value)): \(assertion.state.rawValue)\n"
      for detail in assertion.details { text += "  - \(Escape.markdown(detail))\n" }
    }
    for note in result.notes { text += "- \(Escape.markdown(note))\n" }
    if !result.evidence.isEmpty {
      text +=
        "- evidence: \(result.evidence.map { "`\(Escape.markdown($0))`" }.joined(separator: ", "))\n"
    }
    return text + "- file: `\(Escape.markdown(result.path)):\(result.line)`\n\n"
  }

  /// A claim's row in a folded table.
  private static func row(of result: CheckReport.ClaimResult) -> String {
    let cells = [
      result.kind.rawValue, result.attribution.rawValue, result.content.rawValue,
      result.reasons.map(\.rawValue).joined(separator: ", "),
      result.evidence.joined(separator: ", "),
    ]
    // An id is a slug, so it needs no escape inside its code span.
    return "| `\(result.id)`: \(Escape.markdown(result.text)) | "
      + cells.map(Escape.markdown).joined(separator: " | ") + " |\n"
  }

  /// The text written so far, within the limit: once a piece does not fit, the rest is left
  /// out, an open `<details>` is closed and a note says how many claims were not shown.
  private struct Output {
    let limit: Int
    var text = ""
    var size = 0
    var shownClaims = 0
    var isCut = false
    var closing: String?
    /// Room kept for the closing tag and the note.
    let reserve = 400

    mutating func add(_ piece: String, claims: Int = 0) {
      guard !isCut else { return }
      let pieceSize = piece.utf16.count
      guard size + pieceSize + reserve <= limit else {
        isCut = true
        return
      }
      text += piece
      size += pieceSize
      shownClaims += claims
    }

    mutating func open(_ piece: String) {
      add(piece)
      if !isCut { closing = "\n</details>\n\n" }
    }

    mutating func close(_ piece: String) {
      guard closing != nil, !isCut else { return }
      add(piece)
      closing = nil
    }

    func finished(total: Int) -> String {
      guard isCut else { return text }
      let left = total - shownClaims
      return text + (closing ?? "")
        + "**Cut to fit \(limit) characters: \(left) more claim\(left == 1 ? " is" : "s are") not shown.** The whole report: `factledger check --format json`.\n"
    }
  }
}
