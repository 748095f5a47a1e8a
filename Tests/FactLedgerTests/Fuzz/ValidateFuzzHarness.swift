#if !FACTLEDGER_FUZZ
  import TestSupport
  @testable import FactLedger
#endif

/// The claim schema and claim decoding on any JSON: violations and problems at positions
/// inside the input; a claim that passes both encodes to a claim that passes both, decodes to
/// the same claim, and writes to the same bytes every time (numbers keep their literals).
enum ValidateFuzzHarness {
  static func run(_ bytes: [UInt8]) throws(FuzzFailure) {
    let shape = TextShape(bytes: bytes)
    guard let json = try? JSONParser().parse(bytes) else { return }
    let violations = LedgerSchemas.shared.validate(json, as: .claim)
    for violation in violations {
      try shape.check(violation.location, "the violation '\(violation.description)'")
    }
    // Another schema too, chosen by the input, so every schema meets hostile values.
    let other = SchemaKind.allCases[bytes.count % SchemaKind.allCases.count]
    for violation in LedgerSchemas.shared.validate(json, as: other) {
      try shape.check(violation.location, "the \(other.rawValue) violation")
    }
    // The quiet evaluation, `validate`'s first pass, judges as a reporting one.
    for kind in [SchemaKind.claim, other] {
      try fuzzRequire(
        LedgerSchemas.shared.quietAgreesWithReporting(json, as: kind),
        "the quiet and the reporting \(kind.rawValue) evaluations disagree")
    }
    // The decoder must cope with what the schema refuses, too.
    var problems: [DecodingProblem] = []
    let decoded = Claim(json: json, problems: &problems)
    for problem in problems {
      try shape.check(problem.location, "the decoding problem '\(problem.message)'")
    }
    guard violations.isEmpty, problems.isEmpty, let claim = decoded else { return }
    try checkRoundTrip(claim)
  }

  /// Encodes and writes `claim`, reads it back, and does it again.
  static func checkRoundTrip(_ claim: Claim) throws(FuzzFailure) {
    let firstText = JSONWriter().string(for: claim.json)
    let second = try reread(firstText, what: "the first write")
    try fuzzRequire(
      second == claim, "the claim changes through a write and a read: \(firstText.debugDescription)"
    )
    let secondText = JSONWriter().string(for: second.json)
    try fuzzRequire(
      Array(secondText.utf8) == Array(firstText.utf8),
      "the second write differs: \(firstText.debugDescription) then \(secondText.debugDescription)"
    )
  }

  private static func reread(_ text: String, what: String) throws(FuzzFailure) -> Claim {
    let json: JSONValue
    do {
      json = try JSONParser().parse(text)
    } catch {
      throw FuzzFailure("\(what) is not JSON (\(error.message)): \(text.debugDescription)")
    }
    let violations = LedgerSchemas.shared.validate(json, as: .claim)
    try fuzzRequire(
      violations.isEmpty,
      "\(what) breaks the claim schema (\(violations.map(\.description))): \(text.debugDescription)"
    )
    var problems: [DecodingProblem] = []
    let claim = Claim(json: json, problems: &problems)
    guard let claim, problems.isEmpty else {
      throw FuzzFailure(
        "\(what) does not decode (\(problems.map(\.message))): \(text.debugDescription)")
    }
    return claim
  }
}
