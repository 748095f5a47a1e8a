import Foundation

/// A compiled `pattern` (or `patternProperties` key): ECMA-262 regular expression.
///
/// The subset most schemas use (literals, escapes, `.`, classes, anchors, groups, alternation,
/// quantifiers) runs on a native matcher over Unicode scalars with ECMA-262's meanings (`$`
/// only at the end, ASCII-only `\d` and `\w`, `\s` with U+FEFF); anything else runs on
/// `NSRegularExpression`, as every pattern did before.
final class SchemaPattern: @unchecked Sendable {
  /// The pattern as the schema wrote it.
  let source: String
  private let program: PatternProgram?
  /// The same pattern as one pass over the bytes, when it has that shape.
  private let run: PatternRun?
  private let regex: NSRegularExpression?

  /// Compiles `source`: natively when the native parser reads it, else with ICU, which is then
  /// only set up (a few milliseconds of every command's start) for a pattern that needs it.
  ///
  /// - Throws: `NSRegularExpression`'s error for a pattern neither reads.
  init(_ source: String) throws {
    self.source = source
    if let node = PatternParser.parse(source), let program = PatternProgram(node) {
      self.program = program
      self.run = PatternRun(node)
      self.regex = nil
    } else {
      self.program = nil
      self.run = nil
      self.regex = try NSRegularExpression(pattern: source)
    }
  }

  /// Whether the native matcher runs this pattern (else `NSRegularExpression` does).
  var isNative: Bool { program != nil }

  /// Whether the pattern runs as one pass over the bytes (`PatternRun`).
  var isRun: Bool { run != nil }

  /// Whether the pattern matches anywhere in `text`.
  func matches(_ text: String) -> Bool {
    if let run, let found = text.utf8.withContiguousStorageIfAvailable(run.matches) {
      return found
    }
    if let program { return program.matches(text) }
    return regex!.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
  }
}
