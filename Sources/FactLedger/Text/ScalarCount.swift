extension String {
  /// The number of Unicode scalars, the unit of every offset in the ledger; the same as
  /// `unicodeScalars.count`, counted on the UTF-8 bytes: each byte that does not continue a
  /// scalar (`10xxxxxx`) starts one.
  var scalarCount: Int {
    let counted = utf8.withContiguousStorageIfAvailable { bytes in
      var count = 0
      for byte in bytes where byte & 0xC0 != 0x80 { count += 1 }
      return count
    }
    return counted ?? unicodeScalars.count
  }
}
