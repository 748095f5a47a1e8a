extension RandomAccessCollection where Index == Int {
  /// The first index whose element `isPast`, by binary search; `endIndex` when none is.
  ///
  /// - Parameter isPast: False for the elements up to a point and true from there on (the
  ///   collection is ordered by what it asks).
  func partitionPoint(where isPast: (Element) throws -> Bool) rethrows -> Int {
    var (low, high) = (startIndex, endIndex)
    while low < high {
      let middle = low + (high - low) / 2
      if try isPast(self[middle]) { high = middle } else { low = middle + 1 }
    }
    return low
  }
}
