/// Where each scalar of a text starts in its UTF-8, kept as the places of its scalars of more
/// than one byte only: an ASCII text keeps nothing, an article with a few curly quotes and
/// dashes a few entries. Lets a text's scalar offsets (the ledger's unit) be compared on bytes.
struct ScalarByteMap: Sendable {
  /// The offsets of the scalars of more than one byte, in order.
  private var wide: [Int] = []
  /// For each scalar of `wide`: the bytes beyond one that it and those before it hold.
  private var extra: [Int] = []

  /// Maps the offsets of `scalars`.
  init(_ scalars: [Unicode.Scalar]) {
    var total = 0
    for (offset, scalar) in scalars.enumerated() where !scalar.isASCII {
      total += UTF8.width(scalar) - 1
      wide.append(offset)
      extra.append(total)
    }
  }

  /// The UTF-8 offset at which the scalar at `offset` starts; for the offset one past the last
  /// scalar, the text's length in bytes.
  func byteOffset(ofScalar offset: Int) -> Int {
    // How many wide scalars stand before `offset`: a binary search of `wide`.
    let low = wide.partitionPoint { $0 >= offset }
    return low == 0 ? offset : offset + extra[low - 1]
  }
}
