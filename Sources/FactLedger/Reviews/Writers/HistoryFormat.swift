/// The formats of `factledger history --format`.
public enum HistoryFormat: String, Sendable, CaseIterable {
  /// A numbered list of reviews, for people.
  case text
  /// One JSON document: the claim, its file, its reviews and the state of the chain.
  case json

  /// The writer of this format.
  public var writer: any ReportWriter<ClaimHistory> {
    switch self {
    case .text: HistoryTextWriter()
    case .json: HistoryJSONWriter()
    }
  }
}
