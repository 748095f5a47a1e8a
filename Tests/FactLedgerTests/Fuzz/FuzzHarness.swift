import Foundation

#if !FACTLEDGER_FUZZ
  @testable import FactLedger
#endif

/// The fuzz harnesses: each checks one part of the library against one input and throws when
/// the library breaks a promise.
///
/// The same code runs under libFuzzer (`Tests/Fuzz/FuzzEntry.swift`, built by `.ci/fuzz` into
/// one module with the library, where `FACTLEDGER_FUZZ` is defined) and in `swift test`, which
/// replays the seed corpora and every kept crash (`FuzzRegressionTests`).
enum FuzzHarness: String, CaseIterable, Sendable {
  /// The JSON parser, with a write-back round trip.
  case json
  /// The RFC 4180 CSV reader and CSV evidence.
  case csv
  /// The claim schema, claim decoding and re-writing.
  case validate
  /// The whole ledger loader and the linter, on a ledger whose claim files are the input.
  case loader
  /// Every list, check and lint writer, on records built from the input's strings.
  case writers

  /// Runs the harness on `bytes`.
  ///
  /// - Parameters:
  ///   - bytes: The input.
  ///   - scratch: A folder the harness may write in (the loader builds its ledger there).
  /// - Throws: `FuzzFailure` when the library breaks a promise.
  func run(_ bytes: [UInt8], scratch: String) throws(FuzzFailure) {
    switch self {
    case .json: try JSONFuzzHarness.run(bytes)
    case .csv: try CSVFuzzHarness.run(bytes)
    case .validate: try ValidateFuzzHarness.run(bytes)
    case .loader: try LoaderFuzzHarness.run(bytes, scratch: scratch)
    case .writers: try WritersFuzzHarness.run(bytes)
    }
  }
}

/// A broken promise found by a harness.
struct FuzzFailure: Error, CustomStringConvertible {
  var description: String

  init(_ description: String) {
    self.description = description
  }
}

/// Throws `FuzzFailure(message)` unless `condition` holds.
func fuzzRequire(
  _ condition: Bool, _ message: @autoclosure () -> String
) throws(FuzzFailure) {
  if !condition { throw FuzzFailure(message()) }
}

/// The lines of a text, to tell whether a reported position can stand in it.
struct TextShape {
  /// How many lines the text has, counting LF, CRLF and a lone CR as line ends.
  var lineCount: Int
  /// The longest line, in code units, whether a lone CR ends a line or not.
  var longestLine: Int

  /// The shape of a text given as code units (bytes or Unicode scalar values): an upper bound
  /// on columns counted in scalars when the units are bytes.
  init(units: some Sequence<UInt32>) {
    var lines = 1
    var longest = 0
    var current = 0
    var currentIgnoringCR = 0
    var previous: UInt32 = 0
    for unit in units {
      if unit == 0x0A || unit == 0x0D {
        if !(unit == 0x0A && previous == 0x0D) { lines += 1 }
        current = 0
      } else {
        current += 1
      }
      currentIgnoringCR = unit == 0x0A ? 0 : currentIgnoringCR + 1
      longest = max(longest, current, currentIgnoringCR)
      previous = unit
    }
    lineCount = lines
    longestLine = longest
  }

  /// The shape of UTF-8 bytes, counted in bytes.
  init(bytes: [UInt8]) {
    self.init(units: bytes.lazy.map(UInt32.init))
  }

  /// The shape of a text, counted in Unicode scalars.
  init(text: String) {
    self.init(units: text.unicodeScalars.lazy.map(\.value))
  }

  /// Throws unless `location` is a 1-based position that can stand in the text: a line that
  /// exists and a column at most one past the end of the longest line.
  func check(_ location: SourceLocation, _ what: @autoclosure () -> String) throws(FuzzFailure) {
    try fuzzRequire(
      location.line >= 1 && location.column >= 1 && location.line <= lineCount
        && location.column <= longestLine + 1,
      "\(what()) at \(location), outside a text of \(lineCount) lines, longest \(longestLine)")
  }
}

/// Throws unless every value and key of `value` stands at a 1-based position.
func fuzzCheckLocations(_ value: JSONValue, in shape: TextShape) throws(FuzzFailure) {
  try shape.check(value.location, "a \(value.typeName)")
  switch value.kind {
  case .array(let elements):
    for element in elements { try fuzzCheckLocations(element, in: shape) }
  case .object(let members):
    for member in members {
      try shape.check(member.keyLocation, "the key '\(member.key)'")
      try fuzzCheckLocations(member.value, in: shape)
    }
  default: break
  }
}
