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
      writeBlock(of: rows[position], into: &output)
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

  /// A record's lines, and the empty line after them, written into bytes: each line's parts
  /// are put together in one buffer and fitted there (strings joined for each line took about
  /// half of writing the table).
  private func writeBlock(of row: ClaimListing.Row, into output: inout [UInt8]) {
    var line: [UInt8] = []
    line.reserveCapacity(256)
    func endLine() {
      Self.appendFitted(line, width: width, into: &output)
      output.append(UInt8(ascii: "\n"))
      line.removeAll(keepingCapacity: true)
    }
    line += row.id.utf8
    line += "  ".utf8
    line += row.kind.rawValue.utf8
    line += "  ".utf8
    line += row.status.utf8
    endLine()
    line += "  source  ".utf8
    line += row.sourceSummary.utf8
    if row.isVague { line += " (vague)".utf8 }
    endLine()
    if let cue = row.cue {
      line += "  cue     ".utf8
      line += cue.utf8
      endLine()
    }
    line += "  claim   ".utf8
    line += row.text.utf8
    endLine()
    output.append(UInt8(ascii: "\n"))
  }

  /// Appends `line` (UTF-8) fitted to `width` as `fit(_:width:)` fits it: a line of printable
  /// ASCII is already safe and one character a byte, so it is cut on its bytes.
  static func appendFitted(_ line: [UInt8], width: Int, into output: inout [UInt8]) {
    guard line.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) else {
      output += fit(String(decoding: line, as: UTF8.self), width: width).utf8
      return
    }
    guard line.count > width else {
      output += line
      return
    }
    output += line[..<(width - 1)]
    output += "…".utf8
  }

  /// The line on one terminal row: control characters and line breaks shown as escapes (the
  /// labels have none, so only the ledger's text changes), cut with an ellipsis past the width.
  private func fit(_ line: String) -> String {
    Self.fit(line, width: width)
  }

  /// `line` fitted to `width` terminal columns (see `fit(_:)`): a wide character (漢, an
  /// emoji) takes two (`TerminalColumns`), and the cut leaves room for the ellipsis.
  ///
  /// Columns are counted only where it matters: a line of no more bytes than the width takes
  /// no more columns (no character takes more columns than bytes), and where the bytes up to
  /// one past the width are ASCII each is one character of one column (no control character
  /// is left to join the next). Counting every line's characters was a ninth of `list`.
  static func fit(_ line: String, width: Int) -> String {
    let flat = Escape.terminal(line)
    guard flat.utf8.count > width else { return flat }
    let cutAsASCII: String?? = flat.utf8.withContiguousStorageIfAvailable { bytes in
      guard bytes[...width].allSatisfy({ $0 < 0x80 }) else { return nil }
      return String(decoding: bytes[..<(width - 1)], as: UTF8.self) + "…"
    }
    if case .some(.some(let cut)) = cutAsASCII { return cut }
    var columns = 0
    var cut: String.Index?
    for index in flat.indices {
      columns += TerminalColumns.of(flat[index])
      if columns > width - 1, cut == nil { cut = index }
      if columns > width { return String(flat[..<cut!]) + "…" }
    }
    return flat
  }
}
