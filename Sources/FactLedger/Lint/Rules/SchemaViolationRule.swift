extension RuleID {
  public static let schemaViolation: RuleID = "schema-violation"
}

/// A ledger file that breaks its JSON Schema. Raised by the reader of each file
/// (`RecordReader`), which validates before it decodes; this rule holds its description.
struct SchemaViolationRule: LintRule {
  let id = RuleID.schemaViolation
  let title = "Schema violation"
  let summary =
    "A ledger file breaks its JSON Schema in Schemas/: a missing or misspelt field, a wrong type, a value outside its set."
  let fix =
    "Correct the value at the reported line and column; 'factledger validate' lists every violation."
  let phase = LintPhase.reading

  func check(_ ledger: LedgerContents, into findings: inout [Finding]) {}
}
