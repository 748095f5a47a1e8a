import Foundation
import Testing

@testable import FactLedger

/// The native pattern matcher against `NSRegularExpression`, and its ECMA-262 meanings where
/// ICU reads a pattern differently.
@Suite("Schema patterns")
struct SchemaPatternTests {
  /// Patterns the native matcher runs, including every pattern of the shipped schemas.
  static let nativePatterns = [
    "^[a-z0-9][a-z0-9-]*$", "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", "^[0-9a-f]{64}$", "\\S",
    "^[^/.][^/]*$", "^evidence/[^/]+\\.(json|jsonl|csv)$", "^[Hh][Tt][Tt][Pp][Ss]?://[^/\\\\\\s]",
    "^[Hh][Tt][Tt][Pp][Ss]?://[^/\\\\\\s][^\\\\\\s]*$", "^[0-9]{4}(-[0-9]{2})?$",
    "^[0-9]{4}(-(0[1-9]|1[0-2]))?$", "^[A-Za-z_][-A-Za-z0-9._]*$", "^[^#]*#?$",
    "a", "abc", "^abc", "abc$", "^$", "a|b|", "(a|bc)+d", "(?:ab)*c", "a?b??c", "a{2}",
    "^a{2,}$", "^a{1,3}$", "^a{0,0}b", "^(a*)*$", "^.$", "^..$", ".",
    "\\d+", "^\\D*$", "\\w", "^\\W+$", "^\\s*$", "\\s", "[\\s\\d]", "^[\\S]+$", "[^\\w\\s]",
    "[-a]", "[a-]", "^[^-]+$", "[\\]\\[]", "\\.", "\\^", "\\$", "\\/", "\\(\\)", "\\x41",
    "\\u00e9", "\\u65e5", "[\\u00e0-\\u00ff]", "\\t", "\\n", "[\\r\\n]", "^é+$",
    "日本", "^[日本語]+$", "😀", "^.😀.$", "[😀-😂]", "[^a-z]", "^[^a-z]*$", "^(ab|a)(bc|c)$",
    "^(?:a|b)*?c$", "a+?", "^x*?$", "(^a|b$)", "^(a$|b)", "^\\.\\*$", "^\\{\\}$", "(((a)))",
    "^[a-c][x-z]{2,3}$", "[A-Z]{3,}", "^\\w+@\\w+\\.\\w{2,}$",
  ]

  /// Strings to try each pattern on: ASCII, Latin, CJK, emoji, combining marks, line breaks.
  static let subjects = [
    "", "a", "b", "aa", "aaa", "aaaa", "ab", "abc", "abcd", "xabc", "abcx", "c", "bc", "d",
    "abd", "aabbc", "abababc", "xxxxy", "xxxxxxxxxxxxxxxxxxxxxxxxxxx", "-", "a-", "-a", "/", ".",
    "2019-12-27", "2019-1-27", "2019-12", "2019-13", "2019", "0000-00-00", "sam-bendett",
    "geng-shuang-1", "Geng", "-slug", "slug-", String(repeating: "a", count: 64),
    String(repeating: "0123456789abcdef", count: 4), String(repeating: "f", count: 63),
    "https://example.org/a", "HTTP://x", "http:///", "http://\\x", "http:// x", "ftp://x",
    "evidence/tass.json", "evidence/a/b.csv", "evidence/.jsonl", "article.txt", "../x",
    "_id", "9id", "a.b-c", "x#", "x#y", "##", " ", "\t", "\n", "a\n", "\na", "\r\n", "a b",
    "\u{A0}", "\u{2028}", "\u{2003}", "\u{3000}", "é", "ée", "àÿ", "日本", "日本語", "中文",
    "😀", "a😀b", "😁", "😂😃", "e\u{301}", "\u{301}", "x@y.org", "a@b.c", "ABC", "ABCD", "aBc",
    "^", "$", "*", "{}", "[]", "][", "()", "^.*", "\u{0}", "A", "0", "_", "9", "ab\u{0}",
    "azz", "cxyz", "byyyy", "axy", "bcd", "aca", "abc\n",
  ]

  @Test("every native pattern agrees with NSRegularExpression on every subject")
  func differential() throws {
    var checked = 0
    for source in Self.nativePatterns {
      let pattern = try SchemaPattern(source)
      #expect(pattern.isNative, "'\(source)' should run natively")
      let oracle = try NSRegularExpression(pattern: Self.icuEquivalent(of: source))
      for subject in Self.subjects {
        let expected =
          oracle.firstMatch(in: subject, range: NSRange(subject.startIndex..., in: subject)) != nil
        #expect(
          pattern.matches(subject) == expected,
          "'\(source)' on '\(subject.unicodeScalars.map { $0.escaped(asASCII: true) }.joined())'")
        checked += 1
      }
    }
    #expect(checked > 7_000)
  }

  @Test(
    "a run of ASCII sets from ^ to $, varying only at its end, is matched in one pass (the differential tests check its answers)",
    arguments: [
      ("^[a-z0-9][a-z0-9-]*$", true), ("^[0-9]{4}-[0-9]{2}-[0-9]{2}$", true),
      ("^[0-9a-f]{64}$", true), ("^$", true), ("^a{1,3}$", true), ("^[a-c][x-z]{2,3}$", true),
      ("^a*b$", false), ("^[a-z]+", false), ("[a-z]+$", false), ("^é+$", false),
      ("^[^a-z]*$", false), ("^.$", false), ("^(ab|a)$", false),
    ])
  func run(source: String, isRun: Bool) throws {
    let pattern = try SchemaPattern(source)
    #expect(pattern.isRun == isRun)
  }

  @Test(
    "a run refuses what its sets refuse: other bytes, a missing or an extra character, a line break",
    arguments: [
      ("sam-bendett", true), ("Sam-bendett", false), ("-slug", false), ("slug\n", false),
      ("slug", true), ("s", true), ("", false), ("slüg", false), ("geng shuang", false),
    ])
  func runAnswers(subject: String, matches: Bool) throws {
    let slug = try SchemaPattern("^[a-z0-9][a-z0-9-]*$")
    #expect(slug.matches(subject) == matches)
  }

  @Test("random patterns agree with NSRegularExpression on random strings")
  func randomDifferential() throws {
    var generator = SplitMix64(seed: 14)
    let atoms = [
      "a", "b", "é", "😀", ".", "\\d", "\\s", "\\w", "\\W", "[a-c]", "[^b]", "[é-ë]", "\\.", "-",
    ]
    let alphabet: [Character] = ["a", "b", "c", "\n", " ", "é", "ë", "😀", "1", "-", ".", "\u{A0}"]
    var checked = 0
    for _ in 0..<400 {
      let source = Self.randomPattern(atoms: atoms, depth: 2, using: &generator)
      let pattern = try SchemaPattern(source)
      #expect(pattern.isNative, "'\(source)' should run natively")
      let oracle = try NSRegularExpression(pattern: Self.icuEquivalent(of: source))
      for _ in 0..<40 {
        let length = Int(generator.next() % 7)
        let subject = String((0..<length).map { _ in alphabet[Int(generator.next() % 12)] })
        let expected =
          oracle.firstMatch(in: subject, range: NSRange(subject.startIndex..., in: subject)) != nil
        #expect(pattern.matches(subject) == expected, "'\(source)' on '\(subject)'")
        checked += 1
      }
    }
    #expect(checked == 16_000)
  }

  /// A pattern of the native subset: sequences of atoms, groups, alternations, quantifiers
  /// and anchors.
  static func randomPattern(atoms: [String], depth: Int, using generator: inout SplitMix64)
    -> String
  {
    var result = generator.next() % 4 == 0 ? "^" : ""
    for _ in 0..<(1 + generator.next() % 3) {
      if depth > 0, generator.next() % 3 == 0 {
        // Groups take no unbounded quantifier: nested ones make ICU backtrack for ever.
        let inner = randomPattern(atoms: atoms, depth: depth - 1, using: &generator)
        let other = randomPattern(atoms: atoms, depth: depth - 1, using: &generator)
        result += generator.next() % 2 == 0 ? "(\(inner))" : "(?:\(inner)|\(other))"
        result += ["", "?", "{2}", "{0,2}"][Int(generator.next() % 4)]
      } else {
        let quantifiers = ["", "", "", "?", "*", "+", "{2}", "{1,2}", "{0,}", "*?", "+?"]
        result += atoms[Int(generator.next() % UInt64(atoms.count))]
        result += quantifiers[Int(generator.next() % UInt64(quantifiers.count))]
      }
    }
    return result + (generator.next() % 4 == 0 ? "$" : "")
  }

  @Test(
    "patterns outside the subset run on NSRegularExpression and still match",
    arguments: [
      ("(?=a)a", "a", true), ("(a)\\1", "aa", true), ("(a)\\1", "ab", false),
      ("\\bword\\b", "a word here", true), ("\\p{L}+", "日本", true), ("\\p{Lu}", "abc", false),
      ("(?<year>[0-9]{4})", "2019", true), ("[[a]]", "a", true), ("[a&&b]", "a", false),
      ("[]a]", "]", true),
    ])
  func fallback(source: String, subject: String, expected: Bool) throws {
    let pattern = try SchemaPattern(source)
    #expect(!pattern.isNative)
    #expect(pattern.matches(subject) == expected)
  }

  @Test(
    "ECMA-262 meanings where ICU differs",
    arguments: [
      // `$` is the end of the input only, not before a final line break.
      ("^abc$", "abc\n", false), ("a$", "a\r\n", false),
      // `\s` is ECMA's whitespace: U+FEFF yes, NEXT LINE (U+0085) no.
      ("^\\s$", "\u{FEFF}", true), ("^\\s$", "\u{85}", false),
      // `.` leaves out only LF, CR, U+2028 and U+2029.
      ("^.$", "\u{85}", true), ("^.$", "\u{2029}", false),
      // `\d` and `\w` are ASCII only.
      ("\\d", "٣", false), ("\\w", "é", false), ("^\\W$", "é", true),
      // `\v` is VERTICAL TAB alone.
      ("\\v", "\n", false), ("\\v", "\u{0B}", true),
    ])
  func ecmaMeanings(source: String, subject: String, expected: Bool) throws {
    let pattern = try SchemaPattern(source)
    #expect(pattern.isNative)
    #expect(pattern.matches(subject) == expected)
  }

  @Test(
    "a pattern ICU refuses is refused, as before",
    arguments: ["(", "a{2,1}", "[z-a]", "*", "x{,3}"])
  func refused(source: String) {
    #expect(throws: (any Error).self) { try SchemaPattern(source) }
  }

  @Test("a nested repetition runs in linear time instead of backtracking")
  func noCatastrophicBacktracking() throws {
    let pattern = try SchemaPattern("^(a+)+$")
    #expect(pattern.isNative)
    #expect(!pattern.matches(String(repeating: "a", count: 5_000) + "!"))
    #expect(pattern.matches(String(repeating: "a", count: 5_000)))
  }

  /// `source` rewritten so that ICU reads it as ECMA-262 does: `$` as `\z`, `.` without
  /// U+0085, and `\d \w \s \v` (and their negations) with ECMA's sets.
  static func icuEquivalent(of source: String) -> String {
    let space =
      "\\t\\n\\x{0B}\\f\\r \\x{A0}\\x{1680}\\x{2000}-\\x{200A}\\x{2028}\\x{2029}"
      + "\\x{202F}\\x{205F}\\x{3000}\\x{FEFF}"
    let sets: [Character: String] = [
      "d": "0-9", "w": "a-zA-Z0-9_", "s": space, "v": "\\x{0B}",
    ]
    var result = ""
    var inClass = false
    var scalars = Array(source)[...]
    while let character = scalars.popFirst() {
      switch character {
      case "\\":
        let escaped = scalars.popFirst()!
        let lower = Character(escaped.lowercased())
        if let set = sets[lower] {
          let negated = escaped != lower
          result += inClass ? (negated ? "[^\(set)]" : set) : (negated ? "[^\(set)]" : "[\(set)]")
        } else {
          result += "\\\(escaped)"
        }
      case "[" where !inClass:
        inClass = true
        result.append(character)
      case "]" where inClass:
        inClass = false
        result.append(character)
      case "." where !inClass:
        result += "[^\\n\\r\\x{2028}\\x{2029}]"
      case "$" where !inClass:
        result += "\\z"
      default:
        result.append(character)
      }
    }
    return result
  }
}
