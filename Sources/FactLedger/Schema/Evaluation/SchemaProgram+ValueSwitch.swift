extension SchemaProgram.Builder {
  /// The `ValueSwitch` of an `allOf` whose subschemas (at least two, at most 64) are each only
  /// an `if` that tests the same one property's value, as `valueTest(of:)` finds it, with
  /// `then` and `else`; else -1.
  mutating func valueSwitch(of children: [SchemaNode]) -> Int {
    guard (2...64).contains(children.count) else { return -1 }
    var name: String?
    var listed: [[String]] = []
    var branches: [Int] = []
    for child in children {
      // As `list` lays it out.
      let laid = entersReferences ? Self.target(of: child) : child
      guard laid.constant == nil, laid.keywords.count == 1,
        case .conditional(let condition, let thenNode, let elseNode) = laid.keywords[0],
        let (property, values) = Self.valueTestOperands(of: condition, entersReferences),
        name.map({ SchemaName.same($0, property) }) ?? true
      else { return -1 }
      name = property
      listed.append(values.compactMap(\.stringValue))
      branches += [thenNode.map { index(of: $0) } ?? -1, elseNode.map { index(of: $0) } ?? -1]
    }
    var strings: [String] = []
    var bits: [UInt64] = []
    for (branch, texts) in listed.enumerated() {
      for text in texts {
        if let known = strings.firstIndex(where: { SchemaName.same($0, text) }) {
          bits[known] |= 1 << branch
        } else {
          strings.append(text)
          bits.append(1 << branch)
        }
      }
    }
    let laidSwitch = SchemaProgram.ValueSwitch(
      name: self.strings([name!]), strings: table(strings), holders: holders.count,
      branches: nodeLists.count, count: children.count)
    holders += bits
    nodeLists += branches
    switches.append(laidSwitch)
    return switches.count - 1
  }

  /// The property an `if` tests and the values its `enum` or `const` lists, when that test is
  /// all the `if` does (`{"properties": {"field": {"enum": [...]}}}`); else `nil`. The
  /// conditions `valueTest(of:)` lays out as a value test.
  static func valueTestOperands(of condition: SchemaNode, _ entersReferences: Bool) -> (
    String, [JSONValue]
  )? {
    guard condition.constant == nil, condition.keywords.count == 1,
      case .properties(let names, let children) = condition.keywords[0], names.count == 1
    else { return nil }
    let child = entersReferences ? Self.target(of: children[0]) : children[0]
    guard child.constant == nil, child.keywords.count == 1 else { return nil }
    switch child.keywords[0] {
    case .enumeration(let values): return (names[0], values)
    case .constant(let value): return (names[0], [value])
    default: return nil
    }
  }
}
