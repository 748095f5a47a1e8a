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
    streamedText(listing)
  }

  /// The records' blocks are made a part at a time on all cores (`ParallelPieces`), in order.
  public func write(_ listing: ClaimListing, into emit: ([UInt8]) -> Void) {
    let rows = listing.rows
    ParallelPieces.write(count: rows.count, into: emit) { position, output in
      output.append(contentsOf: block(of: rows[position]).utf8)
    }
    let shown = listing.rows.count
    var tail =
      fit("\(shown) record\(shown == 1 ? "" : "s") shown of \(listing.totalRecords).") + "\n"
    if listing.unattributedHidden > 0 {
      tail +=
        fit("--all adds \(listing.unattributedHidden) unsourced claims and non-claims.") + "\n"
    }
    emit(Array(tail.utf8))
  }

  /// A record's lines, and the empty line after them.
  private func block(of row: ClaimListing.Row) -> String {
    var output = fit("\(row.id)  \(row.kind.rawValue)  \(row.status)") + "\n"
    output += fit("  source  " + row.sourceSummary + (row.isVague ? " (vague)" : "")) + "\n"
    if let cue = row.cue { output += fit("  cue     " + cue) + "\n" }
    return output + fit("  claim   " + row.text) + "\n\n"
  }

  /// The line on one terminal row: control characters and line breaks shown as escapes (the
  /// labels have none, so only the ledger's text changes), cut with an ellipsis past the width.
  private func fit(_ line: String) -> String {
    Self.fit(line, width: width)
  }

  /// `line` fitted to `width` characters (see `fit(_:)`).
  ///
  /// Characters are counted only where it matters: a line of no more bytes than the width
  /// holds no more characters, and where the bytes up to one past the width are ASCII each is
  /// one character (no control character is left to join the next). Counting every line's
  /// characters was a ninth of `list`.
  static func fit(_ line: String, width: Int) -> String {
    let flat = Escape.terminal(line)
    guard flat.utf8.count > width else { return flat }
    let cutAsASCII: String?? = flat.utf8.withContiguousStorageIfAvailable { bytes in
      guard bytes[...width].allSatisfy({ $0 < 0x80 }) else { return nil }
      return String(decoding: bytes[..<(width - 1)], as: UTF8.self) + "…"
    }
    if case .some(.some(let cut)) = cutAsASCII { return cut }
    guard flat.count > width else { return flat }
    return String(flat.prefix(width - 1)) + "…"
  }
}
