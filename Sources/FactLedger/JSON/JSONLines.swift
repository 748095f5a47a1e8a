/// JSON Lines: one JSON document a line, blank lines skipped. Each value, and each syntax
/// error, carries its line in the whole file.
enum JSONLines {
  /// The documents of `bytes`, in order, each parsed or refused on its own.
  static func documents(in bytes: [UInt8], parser: JSONParser = JSONParser()) -> [Result<
    JSONValue, JSONSyntaxError
  >] {
    var documents: [Result<JSONValue, JSONSyntaxError>] = []
    for (index, line) in bytes.split(
      separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false
    ).enumerated() {
      let trimmed = line.last == UInt8(ascii: "\r") ? line.dropLast() : line
      guard trimmed.contains(where: { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "\t") }) else {
        continue
      }
      do {
        documents.append(.success(try parser.parse(Array(trimmed)).shiftingLines(by: index)))
      } catch {
        documents.append(.failure(error.shiftingLines(by: index)))
      }
    }
    return documents
  }
}

extension JSONValue {
  /// The value with every location moved down `lines` lines: for a line of JSON Lines.
  func shiftingLines(by lines: Int) -> JSONValue {
    guard lines > 0 else { return self }
    var location = self.location
    location.line += lines
    switch kind {
    case .array(let elements):
      return JSONValue(.array(elements.map { $0.shiftingLines(by: lines) }), at: location)
    case .object(let members):
      return JSONValue(
        .object(
          members.map { member in
            var moved = member
            moved.keyLocation.line += lines
            moved.value = member.value.shiftingLines(by: lines)
            return moved
          }), at: location)
    default:
      return JSONValue(kind, at: location)
    }
  }
}

extension JSONSyntaxError {
  /// The error with its location moved down `lines` lines.
  func shiftingLines(by lines: Int) -> JSONSyntaxError {
    let move = { (location: SourceLocation) in
      SourceLocation(line: location.line + lines, column: location.column)
    }
    switch self {
    case .unexpectedCharacter(let found, let expected, let at):
      return .unexpectedCharacter(found, expected: expected, at: move(at))
    case .unexpectedEnd(let expected, let at):
      return .unexpectedEnd(expected: expected, at: move(at))
    case .controlCharacterInString(let byte, let at):
      return .controlCharacterInString(byte, at: move(at))
    case .invalidEscape(let escape, let at): return .invalidEscape(escape, at: move(at))
    case .invalidSurrogate(let escape, let at): return .invalidSurrogate(escape, at: move(at))
    case .invalidNumber(let text, let at): return .invalidNumber(text, at: move(at))
    case .invalidUTF8(let at): return .invalidUTF8(at: move(at))
    case .trailingContent(let at): return .trailingContent(at: move(at))
    case .duplicateKey(let key, let first, let second):
      return .duplicateKey(key, first: move(first), second: move(second))
    case .limitExceeded(let which, let found, let limit, let at):
      return .limitExceeded(which, found: found, limit: limit, at: move(at))
    case .keyNotInNormalFormC(let key, let normalized, let scalar, let at):
      return .keyNotInNormalFormC(key, normalized: normalized, scalar: scalar, at: move(at))
    case .byteOrderMark: return self
    }
  }
}
