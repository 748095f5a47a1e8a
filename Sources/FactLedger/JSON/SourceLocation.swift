/// A place in a text file: 1-based line and column.
///
/// Columns count Unicode scalars from the start of the line, so a curly quote or an accented
/// letter is one column, as editors and GitHub annotations show it.
///
/// Every value of a parsed file carries one, so it is kept in 8 bytes: each number in 32 bits,
/// held at 4,294,967,295 past that (no file the input limits let through comes near it).
public struct SourceLocation: Sendable, Hashable, Comparable, CustomStringConvertible {
  private var storedLine: UInt32
  private var storedColumn: UInt32

  /// The 1-based line number.
  public var line: Int {
    get { Int(storedLine) }
    set { storedLine = UInt32(clamping: newValue) }
  }

  /// The 1-based column, in Unicode scalars.
  public var column: Int {
    get { Int(storedColumn) }
    set { storedColumn = UInt32(clamping: newValue) }
  }

  /// Creates a location from a 1-based line and column.
  public init(line: Int, column: Int) {
    self.storedLine = UInt32(clamping: line)
    self.storedColumn = UInt32(clamping: column)
  }

  /// The start of a file.
  public static let start = SourceLocation(line: 1, column: 1)

  public var description: String { "\(line):\(column)" }

  public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
    (lhs.storedLine, lhs.storedColumn) < (rhs.storedLine, rhs.storedColumn)
  }
}
