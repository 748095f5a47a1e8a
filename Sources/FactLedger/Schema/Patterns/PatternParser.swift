/// A parsed regular expression of the ECMA-262 subset the native matcher runs.
indirect enum PatternNode: Equatable {
  /// One scalar from a set: a literal, `.`, an escape like `\d`, or a class `[...]`.
  case scalars(PatternScalarSet)
  /// Terms one after another (none: the empty pattern).
  case sequence([PatternNode])
  /// Alternatives separated by `|`.
  case alternation([PatternNode])
  /// A quantified term: `?`, `*`, `+`, `{n}`, `{n,}`, `{n,m}` (and their lazy forms, which
  /// match the same strings).
  case repetition(PatternNode, min: Int, max: Int?)
  /// `^`: the start of the input.
  case start
  /// `$`: the end of the input (ECMA-262: not before a final line break).
  case end
}

/// Parses the ECMA-262 subset the native matcher understands: literals, escapes, `.`, classes,
/// anchors, groups, alternation and quantifiers.
///
/// Anything else (lookarounds, backreferences, `\b`, `\p{..}`, named groups, forms ECMA-262
/// and ICU read differently) makes `parse` return `nil`, and the pattern runs on
/// `NSRegularExpression` as before.
struct PatternParser {
  private let scalars: [Unicode.Scalar]
  private var index = 0

  /// Refuses a pattern: the caller falls back to `NSRegularExpression`.
  struct Unsupported: Error {}

  init(_ source: String) {
    scalars = Array(source.unicodeScalars)
  }

  /// The pattern's tree, or `nil` when it uses anything outside the subset.
  static func parse(_ source: String) -> PatternNode? {
    var parser = PatternParser(source)
    guard let node = try? parser.disjunction(), parser.index == parser.scalars.count else {
      return nil
    }
    return node
  }

  private var next: Unicode.Scalar? { index < scalars.count ? scalars[index] : nil }

  private mutating func take(_ scalar: Unicode.Scalar) -> Bool {
    guard next == scalar else { return false }
    index += 1
    return true
  }

  // MARK: - Structure

  private mutating func disjunction() throws(Unsupported) -> PatternNode {
    var alternatives = [try alternative()]
    while take("|") { alternatives.append(try alternative()) }
    return alternatives.count == 1 ? alternatives[0] : .alternation(alternatives)
  }

  private mutating func alternative() throws(Unsupported) -> PatternNode {
    var terms: [PatternNode] = []
    while let scalar = next, scalar != "|", scalar != ")" {
      terms.append(try term())
    }
    return terms.count == 1 ? terms[0] : .sequence(terms)
  }

  private mutating func term() throws(Unsupported) -> PatternNode {
    if take("^") { return .start }
    if take("$") { return .end }
    let atom = try atom()
    guard let (min, max) = try quantifier() else { return atom }
    _ = take("?")  // lazy: the same strings match
    return .repetition(atom, min: min, max: max)
  }

  private mutating func atom() throws(Unsupported) -> PatternNode {
    guard let scalar = next else { throw Unsupported() }
    index += 1
    switch scalar {
    case ".": return .scalars(.dot)
    case "\\": return .scalars(try escape(inClass: false))
    case "[": return .scalars(try characterClass())
    case "(":
      if take("?") {
        guard take(":") else { throw Unsupported() }
      }
      let inner = try disjunction()
      guard take(")") else { throw Unsupported() }
      return inner
    case "*", "+", "?", "{", "}", "]", ")", "|":
      throw Unsupported()
    default:
      return .scalars(.scalar(scalar.value))
    }
  }

  /// The bounds of a quantifier, when one follows.
  private mutating func quantifier() throws(Unsupported) -> (Int, Int?)? {
    if take("*") { return (0, nil) }
    if take("+") { return (1, nil) }
    if take("?") { return (0, 1) }
    guard take("{") else { return nil }
    guard let min = number() else { throw Unsupported() }
    var max: Int? = min
    if take(",") { max = number() }
    guard take("}") else { throw Unsupported() }
    if let max, max < min { throw Unsupported() }
    return (min, max)
  }

  private mutating func number() -> Int? {
    var value = 0
    var digits = 0
    while let scalar = next, ("0"..."9").contains(scalar) {
      value = value * 10 + Int(scalar.value - 0x30)
      digits += 1
      index += 1
      // Counts this large expand past any sensible program: leave them to ICU.
      if value > 10_000 { return nil }
    }
    return digits > 0 ? value : nil
  }

  // MARK: - Classes and escapes

  private mutating func characterClass() throws(Unsupported) -> PatternScalarSet {
    let negated = take("^")
    // `[]`, `[^]` and `]` first mean different things to ICU and ECMA-262.
    guard next != "]" else { throw Unsupported() }
    var set = PatternScalarSet()
    while !take("]") {
      guard let scalar = next else { throw Unsupported() }
      // ICU reads `[` (a nested set), `&&` and `--` (set operations) where ECMA-262 reads
      // literals; leave those to ICU.
      if scalar == "[" || (scalar == "&" || scalar == "-") && peek(1) == scalar {
        throw Unsupported()
      }
      let low = try classAtom()
      if next == "-", peek(1) != "]", peek(1) != nil {
        index += 1
        let high = try classAtom()
        guard let from = low.single, let to = high.single, from <= to else { throw Unsupported() }
        set.insert(from...to)
      } else {
        set.formUnion(low)
      }
    }
    return negated ? set.inverted : set
  }

  private func peek(_ offset: Int) -> Unicode.Scalar? {
    index + offset < scalars.count ? scalars[index + offset] : nil
  }

  private mutating func classAtom() throws(Unsupported) -> PatternScalarSet {
    guard let scalar = next else { throw Unsupported() }
    index += 1
    return scalar == "\\" ? try escape(inClass: true) : .scalar(scalar.value)
  }

  /// The set an escape (after its backslash) stands for.
  private mutating func escape(inClass: Bool) throws(Unsupported) -> PatternScalarSet {
    guard let scalar = next else { throw Unsupported() }
    index += 1
    switch scalar {
    case "d": return .digits
    case "D": return PatternScalarSet.digits.inverted
    case "w": return .wordCharacters
    case "W": return PatternScalarSet.wordCharacters.inverted
    case "s": return .whitespace
    case "S": return PatternScalarSet.whitespace.inverted
    case "t": return .scalar(0x09)
    case "n": return .scalar(0x0A)
    case "v": return .scalar(0x0B)
    case "f": return .scalar(0x0C)
    case "r": return .scalar(0x0D)
    case "0" where !(next.map { ("0"..."9").contains($0) } ?? false): return .scalar(0)
    case "x": return .scalar(try hex(digits: 2))
    case "u":
      let value = try hex(digits: 4)
      // Surrogate halves pair up differently in the two engines.
      guard !(0xD800...0xDFFF).contains(value) else { throw Unsupported() }
      return .scalar(value)
    case "^", "$", "\\", ".", "*", "+", "?", "(", ")", "[", "]", "{", "}", "|", "/":
      return .scalar(scalar.value)
    case "-" where inClass:
      return .scalar(scalar.value)
    default:
      throw Unsupported()
    }
  }

  private mutating func hex(digits: Int) throws(Unsupported) -> UInt32 {
    var value: UInt32 = 0
    for _ in 0..<digits {
      guard let scalar = next, scalar.isASCII, let digit = UInt32(String(scalar), radix: 16) else {
        throw Unsupported()
      }
      value = value * 16 + digit
      index += 1
    }
    return value
  }
}

extension PatternScalarSet {
  /// The one scalar of a set that holds exactly one.
  fileprivate var single: UInt32? {
    ranges.count == 1 && ranges[0].lowerBound == ranges[0].upperBound ? ranges[0].lowerBound : nil
  }
}
