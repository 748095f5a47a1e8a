#if !FACTLEDGER_FUZZ
  import TestSupport
  @testable import FactLedger
#endif

/// The RFC 4180 reader and CSV evidence on any text: records or an error, every position
/// inside the text; evidence items that pass their schema read as `EvidenceItem`s.
enum CSVFuzzHarness {
  static func run(_ bytes: [UInt8]) throws(FuzzFailure) {
    let text = String(decoding: bytes, as: UTF8.self)
    let shape = TextShape(text: text)
    switch Result(catching: { () throws(CSVReader.SyntaxError) in try CSVReader.records(in: text) })
    {
    case .success(let records):
      for record in records {
        try fuzzRequire(!record.isEmpty, "an empty record")
        var previous = SourceLocation(line: 1, column: 0)
        for field in record {
          try shape.check(field.location, "the field '\(field.text)'")
          try fuzzRequire(
            previous < field.location, "the field '\(field.text)' stands before the one ahead")
          previous = field.location
        }
      }
    case .failure(let error):
      try shape.check(error.location, "the CSV error '\(error.message)'")
    }
    switch Result(catching: { () throws(CSVReader.SyntaxError) in try EvidenceCSV.items(in: text) })
    {
    case .success(let items):
      for json in items {
        try fuzzCheckLocations(json, in: shape)
        let violations = LedgerSchemas.shared.validate(json, as: .evidenceItem)
        for violation in violations {
          try shape.check(violation.location, "the violation '\(violation.description)'")
        }
        if violations.isEmpty {
          let item = EvidenceItem(json: json, path: "evidence.csv")
          try shape.check(item.location, "the evidence item '\(item.id)'")
        }
      }
    case .failure(let error):
      try shape.check(error.location, "the CSV evidence error '\(error.message)'")
    }
  }
}
