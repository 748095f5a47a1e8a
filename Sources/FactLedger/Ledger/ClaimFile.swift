import Foundation

/// Reads one claim file afresh, for a writer that holds the ledger's lock: parsed, validated
/// against its schema and decoded, or refused with every problem.
enum ClaimFile {
  static func read(at path: String, in files: LedgerFiles) throws(LedgerWriteError) -> Claim {
    let bytes: [UInt8]
    do {
      bytes = try files.read(path)
    } catch {
      throw .cannotWrite(path: path, reason: error.message)
    }
    var diagnostics: [Finding] = []
    do {
      let json = try JSONParser(
        limits: files.limits.parserLimits(maxBytes: files.limits.maxFileBytes)
      ).parse(bytes)
      let violations = LedgerSchemas.shared.validate(json, as: .claim)
      diagnostics += violations.map {
        Finding(.error, path: path, at: $0.location, $0.description, rule: .schemaViolation)
      }
      var problems: [DecodingProblem] = []
      if violations.isEmpty, let claim = Claim(json: json, problems: &problems), problems.isEmpty {
        return claim
      }
      diagnostics += problems.map {
        Finding(.error, path: path, at: $0.location, $0.message, rule: .schemaViolation)
      }
    } catch {
      diagnostics.append(
        Finding(.error, path: path, at: error.location, error.message, rule: error.rule))
    }
    throw .invalidClaimFile(diagnostics)
  }
}
