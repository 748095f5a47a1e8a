/// Reads one claim file afresh, for a writer that holds the ledger's lock: parsed, validated
/// against its schema and decoded (as the loader reads it, `RecordReader`), or refused with
/// every problem.
enum ClaimFile {
  static func read(at path: String, in files: LedgerFiles) throws(LedgerWriteError) -> Claim {
    var findings: [Finding] = []
    guard
      let claim: Claim = RecordReader(files: files).read(path, as: .claim, diagnostics: &findings)
    else { throw .invalidClaimFile(findings) }
    return claim
  }
}
