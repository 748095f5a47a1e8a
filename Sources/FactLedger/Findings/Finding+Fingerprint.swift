extension Finding {
  /// A stable identity of the finding across commits: the same problem of the same record
  /// keeps its fingerprint when lines move, the file is reformatted or an offset in the
  /// message changes; SARIF carries it in `partialFingerprints` so code scanning keeps an
  /// alert's identity.
  ///
  /// SHA-256 over the rule, the record's id (or, for a finding on no record, the path without
  /// a leading `./`) and the message with every run of digits replaced by `#`, joined by NUL.
  public var fingerprint: String {
    var subject = recordID ?? path
    if recordID == nil { while subject.hasPrefix("./") { subject.removeFirst(2) } }
    var message = String.UnicodeScalarView()
    var inDigits = false
    for scalar in self.message.unicodeScalars {
      let isDigit = ("0"..."9").contains(scalar)
      if isDigit, !inDigits { message.append("#") }
      if !isDigit { message.append(scalar) }
      inDigits = isDigit
    }
    let key = [rule.rawValue, subject, String(message)].joined(separator: "\u{0}")
    return SHA256.hexDigest(of: key.utf8)
  }

  /// The key of `fingerprint` in SARIF's `partialFingerprints`, versioned so a change of the
  /// rule above is a new key rather than a silent change of identity.
  public static let fingerprintKey = "factledgerFinding/v1"
}
