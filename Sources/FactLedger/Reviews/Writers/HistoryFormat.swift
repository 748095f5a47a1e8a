/// Writes a `ClaimHistory` in one output format.
public protocol HistoryWriter: Sendable {
  /// The history as text, ending with a newline.
  func write(_ history: ClaimHistory) -> String
}

/// The formats of `factledger history --format`.
public enum HistoryFormat: String, Sendable, CaseIterable {
  /// A numbered list of reviews, for people.
  case text
  /// One JSON document: the claim, its file, its reviews and the state of the chain.
  case json

  /// The writer of this format.
  public var writer: any HistoryWriter {
    switch self {
    case .text: HistoryTextWriter()
    case .json: HistoryJSONWriter()
    }
  }
}
