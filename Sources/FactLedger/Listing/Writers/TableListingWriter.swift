/// Writes a listing for a terminal: a block per record, every line cut to the width, the
/// ledger's text escaped with `Escape.terminal`.
///
/// ```
/// kochkin-joint-design-work  quote  unreviewed
///   source  Alexander Kochkin (deputy CEO, Tecmash ...) · tass via the-national-interest
///   cue     said at the ArmHiTec-2018 exhibition, according to
///   claim   Tecmash deputy CEO Alexander Kochkin said at ArmHiTec-2018 that joint exp…
/// ```
public struct TableListingWriter: ReportWriter {
  /// The terminal width in columns.
  public var width: Int

  /// Creates a writer for a terminal `width` columns wide (at least 40).
  public init(width: Int = 80) {
    self.width = max(40, width)
  }

  public func write(_ listing: ClaimListing) -> String {
    var output = ""
    for row in listing.rows {
      output += fit("\(row.id)  \(row.kind.rawValue)  \(row.status)") + "\n"
      output += fit("  source  " + row.sourceSummary + (row.isVague ? " (vague)" : "")) + "\n"
      if let cue = row.cue { output += fit("  cue     " + cue) + "\n" }
      output += fit("  claim   " + row.text) + "\n\n"
    }
    let shown = listing.rows.count
    output +=
      fit("\(shown) record\(shown == 1 ? "" : "s") shown of \(listing.totalRecords).") + "\n"
    if listing.unattributedHidden > 0 {
      output +=
        fit("--all adds \(listing.unattributedHidden) unsourced claims and non-claims.") + "\n"
    }
    return output
  }

  /// The line on one terminal row: control characters and line breaks shown as escapes (the
  /// labels have none, so only the ledger's text changes), cut with an ellipsis past the width.
  private func fit(_ line: String) -> String {
    let flat = Escape.terminal(line)
    guard flat.count > width else { return flat }
    return String(flat.prefix(width - 1)) + "…"
  }
}
