/// What a writer found left by an interrupted one, and settled, before it wrote.
public enum WriteRecovery: Sendable, Equatable {
  /// Nothing to do.
  case clean
  /// An interrupted write had not committed; its temporary files were removed.
  case rolledBack(files: Int)
  /// An interrupted write had committed; its remaining files were put in place.
  case rolledForward(files: Int)

  /// A sentence for a note, or `nil` when there was nothing to do.
  public var note: String? {
    switch self {
    case .clean: nil
    case .rolledBack(let files):
      "an interrupted write was rolled back: it had replaced none of its \(files) file\(files == 1 ? "" : "s"), and its temporary files were removed"
    case .rolledForward(let files):
      "an interrupted write had committed and was completed: \(files) file\(files == 1 ? "" : "s") put in place"
    }
  }
}
