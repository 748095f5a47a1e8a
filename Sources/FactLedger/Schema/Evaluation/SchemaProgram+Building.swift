import Foundation

extension SchemaProgram {
  /// Lays out the nodes a `SchemaCompiler` built, reachable from some roots, as a program.
  ///
  /// The operands of each opcode (ranges are a start and a count):
  /// - `type`: `a` the type set, `b` its mask.
  /// - `enumeration`, `constant`: `a`, `b` the values; `c` the name table of those of them
  ///   that are strings, `d` how many they are.
  /// - `multipleOf`: `a` the divisor. `maximum`, `minimum`: `number`, `isExclusive`.
  /// - `maxLength`, `minLength`, `maxItems`, `minItems`, `maxProperties`, `minProperties`:
  ///   `a` the limit.
  /// - `pattern`: `a` the pattern. `format`: `a` the format.
  /// - `required`: `a`, `b` the names; `c` their bits among the positions of the sibling
  ///   `properties`, when `d` is 1 (each is one of those names, and they are at most 64).
  /// - `dependentRequired`: `a` its table.
  /// - `properties`: `a` the node's name table, `b` the first of the nodes, parallel to the
  ///   names.
  /// - `patternProperties`: `a`, `b` the patterns; `c` the first of their nodes.
  /// - `additionalProperties`: `a` the node; `b` the node's name table, of the sibling
  ///   `properties` (-1 for none); `c`, `d` the sibling `patternProperties` patterns.
  /// - `dependentSchemas`: `a`, `b` the trigger names; `c` the first of their nodes.
  /// - `prefixItems`, `allOf`, `anyOf`, `oneOf`: `a`, `b` the nodes; for `allOf`, `c` its
  ///   `ValueSwitch` (-1 for none).
  /// - `items`: `a` the node, `b` how many items the sibling `prefixItems` covers.
  /// - `contains`: `a` the node, `b` the minimum, `c` the maximum (-1 for none).
  /// - `conditional`: `a` the `if` node, `b` `then` and `c` `else` (-1 for none); `d` the node
  ///   of the `enum` or `const` of the one property the `if` tests, when that is all it does
  ///   (-1 otherwise).
  /// - `ref`: `a` the target. `dynamicRef`: `a` the static target, `b` the anchor name (-1).
  /// - `propertyNames`, `not`, `unevaluatedProperties`, `unevaluatedItems`: `a` the node.
  struct Builder {
    var nodes: [Node] = []
    var instructions: [Instruction] = []
    var nodeLists: [Int] = []
    var names: [String] = []
    var nameTables: [NameTable] = []
    var slots: [Int32] = []
    var patterns: [SchemaPattern] = []
    var switches: [ValueSwitch] = []
    var holders: [UInt64] = []
    var locations: [String] = []
    var values: [JSONValue] = []
    var typeSets: [SchemaTypes] = []
    var formats: [SchemaFormat] = []
    var divisors: [Decimal] = []
    var dependentRequired: [[(String, [String])]] = []
    var dynamicAnchors: [Int: [String: Int]] = [:]
    var dynamicAnchorNames: [Int: String] = [:]
    /// The name table of the `properties` of the node being laid out (-1 for none).
    var propertyTable = -1
    /// Whether a schema that is only a `$ref` is laid out as its target (see `target(of:)`).
    let entersReferences: Bool
    private var indices: [ObjectIdentifier: Int] = [:]
    private var pending: [SchemaNode] = []

    init(entersReferences: Bool = false) {
      self.entersReferences = entersReferences
    }

    /// The index of `node` in the program, laying out it and every node it reaches.
    mutating func add(_ node: SchemaNode) -> Int {
      let index = self.index(of: node)
      while let next = pending.popLast() { lay(next) }
      return index
    }

    mutating func index(of node: SchemaNode) -> Int {
      let node = entersReferences ? Self.target(of: node) : node
      if let known = indices[ObjectIdentifier(node)] { return known }
      let index = nodes.count
      indices[ObjectIdentifier(node)] = index
      nodes.append(Node())
      locations.append(node.location)
      pending.append(node)
      return index
    }

    /// The node a schema that is only a `$ref` stands for: the reference's target, followed
    /// through other such schemas; else the node itself.
    ///
    /// Evaluating such a schema evaluates its target and nothing else, and a failure is
    /// recorded at the keyword that fails, in the target: laid out as its target, it reports
    /// the same violations with one evaluation less. A boolean target is not taken (a parent
    /// words a `false` child as an unexpected property or item, where a `$ref` to `false` says
    /// no value is allowed), nor is a cycle of references, nor a node that declares a
    /// `$dynamicAnchor`.
    static func target(of node: SchemaNode) -> SchemaNode {
      var current = node
      var seen: Set<ObjectIdentifier> = [ObjectIdentifier(node)]
      while current.keywords.count == 1, case .ref(let reference) = current.keywords[0],
        current.constant == nil, current.dynamicAnchorName == nil, current.dynamicAnchors.isEmpty,
        let next = reference.target, next.constant == nil
      {
        guard seen.insert(ObjectIdentifier(next)).inserted else { return node }
        current = next
      }
      return current
    }

    private mutating func lay(_ node: SchemaNode) {
      let index = indices[ObjectIdentifier(node)]!
      let resource = self.index(of: node.resource)
      if let name = node.dynamicAnchorName { dynamicAnchorNames[index] = name }
      if !node.dynamicAnchors.isEmpty {
        dynamicAnchors[index] = node.dynamicAnchors.mapValues { self.index(of: $0) }
      }
      propertyTable = -1
      for case .properties(let names, _) in node.keywords { propertyTable = table(names) }
      let laid = node.keywords.map { instruction(for: $0, among: node.keywords) }
      let first = instructions.count
      nodes[index] = Node(
        first: first, count: laid.count, constant: node.constant,
        needsAnnotations: node.needsAnnotations, resource: resource, propertyTable: propertyTable,
        properties: laid.firstIndex { $0.opcode == .properties }.map { first + $0 } ?? -1,
        additionalProperties: laid.firstIndex { $0.opcode == .additionalProperties }.map {
          first + $0
        } ?? -1)
      instructions += laid
    }

    // MARK: - Tables

    mutating func list(_ children: [SchemaNode]) -> Int {
      let start = nodeLists.count
      let laid = children.map { index(of: $0) }
      nodeLists += laid
      return start
    }

    mutating func strings(_ texts: [String]) -> Int {
      let start = names.count
      names += texts
      return start
    }

    mutating func table(_ texts: [String]) -> Int {
      var size = 1
      while size < 2 * texts.count { size *= 2 }
      let table = NameTable(
        first: strings(texts), count: texts.count, slotStart: slots.count, slotMask: size - 1)
      slots += [Int32](repeating: -1, count: size)
      for (position, text) in texts.enumerated() {
        var slot = Int(truncatingIfNeeded: SchemaName.hash(text)) & table.slotMask
        while slots[table.slotStart + slot] >= 0 { slot = (slot + 1) & table.slotMask }
        slots[table.slotStart + slot] = Int32(position)
      }
      nameTables.append(table)
      return nameTables.count - 1
    }

    mutating func patternRange(_ added: [SchemaPattern]) -> Int {
      let start = patterns.count
      patterns += added
      return start
    }

    /// `values` and a table of their strings: `a`, `b`, `c`, `d` of `enumeration` and
    /// `constant`.
    mutating func literals(_ opcode: Opcode, _ added: [JSONValue]) -> Instruction {
      let texts = added.compactMap(\.stringValue)
      let instruction = Instruction(
        opcode: opcode, a: values.count, b: added.count, c: table(texts), d: texts.count)
      values += added
      return instruction
    }
  }
}
