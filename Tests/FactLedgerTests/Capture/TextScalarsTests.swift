import Testing

@testable import FactLedger

@Suite("Which characters an article's text may hold")
struct TextScalarsTests {
  /// Every scalar of the ranges where refused ones are, and their neighbours.
  private static let candidates: [Unicode.Scalar] = {
    let ranges: [ClosedRange<UInt32>] = [
      0...0x3000, 0xFDC0...0xFE10, 0xFFF0...0x10010, 0x1FFF0...0x20010, 0x10FFF0...0x10FFFF,
    ]
    return ranges.flatMap { $0.compactMap(Unicode.Scalar.init) }
  }()

  @Test("the scan over bytes finds exactly the scalars isRefused names, at their place")
  func scanAgreesWithPredicate() {
    for scalar in Self.candidates {
      let text = "ab\ncd\(Character(scalar))e"
      let found = TextScalars.firstRefused(inUTF8: Array(text.utf8), of: text)
      if TextScalars.isRefused(scalar) {
        #expect(
          found?.0 == SourceLocation(line: 2, column: 3), "U+\(TextScalars.hex(scalar.value))")
        #expect(found?.1 == scalar)
      } else if scalar != "\n" {
        #expect(found == nil, "U+\(TextScalars.hex(scalar.value))")
      }
    }
  }

  @Test("text controls, no-break spaces, curly quotes and the replacement character are text")
  func commonText() {
    for scalar in ["\t", "\r", "\u{C}", "\u{A0}", "\u{201C}", "\u{2014}", "\u{FFFD}", "\u{FEFF}"]
      as [Unicode.Scalar]
    {
      #expect(!TextScalars.isRefused(scalar), "U+\(TextScalars.hex(scalar.value))")
    }
    for value in [0, 0x1B, 0x7F, 0x85, 0x9F, 0xFDD0, 0xFDEF, 0xFFFE, 0x10FFFF] as [UInt32] {
      #expect(TextScalars.isRefused(Unicode.Scalar(value)!), "U+\(TextScalars.hex(value))")
    }
  }

  @Test("with controlsOnly, a C0 control is found past a DEL or a noncharacter before it")
  func controlsOnly() {
    let text = "a\u{7F}b\u{FFFE}\nc\u{0}d"
    let any = TextScalars.firstRefused(inUTF8: Array(text.utf8), of: text)
    #expect(any?.1 == "\u{7F}")
    let control = TextScalars.firstRefused(inUTF8: Array(text.utf8), of: text, controlsOnly: true)
    #expect(control?.0 == SourceLocation(line: 2, column: 2))
    #expect(control?.1 == "\u{0}")
  }
}
