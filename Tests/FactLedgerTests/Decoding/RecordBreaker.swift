@testable import FactLedger

/// Every way of breaking a record in one place: each member removed, made `null`, given a
/// value of each other type, given a twin (a second member of the same key, before or after:
/// the parser refuses one, but a `JSONValue` built in code can hold it); each object given
/// unknown keys (misspelt, in another case, with a Kelvin sign for a `K`, with a combining
/// accent); each array emptied, or given an element of another type.
enum RecordBreaker {
  /// Values that stand in for a member's own.
  private static let replacements: [(String, JSONValue)] = [
    ("null", .null), ("seven", .integer(7)), ("-0", .number(JSONNumber(literal: "-0")!)),
    ("1e400", .number(JSONNumber(literal: "1e400")!)), ("fraction", .number(JSONNumber(1.5)!)),
    ("true", .bool(true)), ("text", .string("Geng Shuang")), ("slug", .string("tass")),
    ("date", .string("2018-09-11")), ("empty array", .array([])),
    ("array", .array([.string("China"), .integer(3)])), ("empty object", .object([:])),
    ("object", .object(["name": .string("Vladimir Putin")])),
  ]

  /// Keys no record allows, some one letter or one scalar away from one it does.
  private static let unknownKeys = [
    "extra", "Kind", "\u{212A}ind", "kind\u{301}", "te\u{301}xt", "ID", "anchors", "typ", "",
  ]

  /// Each broken copy of `value`, with where and how it was broken.
  static func variants(of value: JSONValue, at path: String = "") -> [(String, JSONValue)] {
    var found: [(String, JSONValue)] = []
    let broken = { (how: String, kind: JSONValue.Kind) in
      found.append(("\(path) \(how)", JSONValue(kind, at: value.location)))
    }
    switch value.kind {
    case .object(let members):
      let unusual = SourceLocation(line: 999, column: path.count + 1)
      for key in unknownKeys {
        broken(
          "+\(key)",
          .object(members + [JSONMember(key: key, keyLocation: unusual, value: .integer(1))]))
      }
      for index in members.indices {
        let member = members[index]
        var without = members
        without.remove(at: index)
        broken("-\(member.key)", .object(without))
        for (name, replacement) in replacements {
          var changed = members
          changed[index].value = JSONValue(replacement.kind, at: member.value.location)
          broken("\(member.key)=\(name)", .object(changed))
        }
        let twin = JSONMember(key: member.key, keyLocation: unusual, value: .string("twin"))
        broken("\(member.key) twice, twin after", .object(members + [twin]))
        broken("\(member.key) twice, twin before", .object([twin] + members))
        for (place, inner) in variants(of: member.value, at: "\(path)/\(member.key)") {
          var changed = members
          changed[index].value = inner
          found.append((place, JSONValue(.object(changed), at: value.location)))
        }
      }
    case .array(let elements):
      broken("emptied", .array([]))
      broken("+number", .array(elements + [.integer(4)]))
      broken("+object", .array(elements + [.object([:])]))
      for index in elements.indices {
        for (place, inner) in variants(of: elements[index], at: "\(path)/\(index)") {
          var changed = elements
          changed[index] = inner
          found.append((place, JSONValue(.array(changed), at: value.location)))
        }
      }
    default:
      break
    }
    return found
  }
}
