import Foundation

/// A compiled schema set laid out flat for evaluation: nodes and their instructions in arrays
/// of plain values, every reference an index, every payload in a side table.
///
/// The evaluator reads it through buffer pointers, so evaluating retains and releases nothing
/// of the schema: threads that share one program do not bounce its reference counts between
/// their caches. The program is immutable once built, and owns its buffers: whoever reads
/// them (`tables`) keeps the program alive meanwhile, as `SchemaValidator` does.
final class SchemaProgram: @unchecked Sendable {
  /// One (sub)schema.
  struct Node {
    /// Its instructions: `instructions[first ..< first + count]`, the `unevaluated*` last.
    var first = 0
    var count = 0
    /// `true` or `false` for a boolean schema.
    var constant: Bool?
    /// Whether it needs the annotations of its in-place subschemas (`unevaluated*`).
    var needsAnnotations = false
    /// The node of the schema resource it belongs to.
    var resource = 0
    /// The name table of its `properties` (-1 for none): an object's members are looked up in
    /// it once, for `properties`, `additionalProperties` and `required` alike.
    var propertyTable = -1
    /// The instructions of its `properties` and `additionalProperties` (-1 for none), which a
    /// quiet evaluation checks in its one pass over an object's members.
    var properties = -1
    var additionalProperties = -1
  }

  /// An `allOf` whose subschemas are each an `if` that tests the same property's value (its
  /// `enum` or `const`), with `then` and `else`: a quiet evaluation looks the value up once
  /// for all of them. `strings` is the name table of every string the tests list, and
  /// `holders[strings.first ..< strings.first + strings.count]` the subschemas (bits) whose
  /// test lists each; `branches` the first of the `then` and `else` nodes, two a subschema
  /// (-1 for none), in `nodeLists`.
  struct ValueSwitch {
    var name = 0
    var strings = 0
    var holders = 0
    var branches = 0
    var count = 0
  }

  /// One keyword, with operands whose meaning depends on `opcode` (see `SchemaProgram+Building`).
  struct Instruction {
    var opcode: Opcode
    /// `exclusiveMaximum` or `exclusiveMinimum` rather than `maximum` or `minimum`.
    var isExclusive = false
    var a = 0
    var b = 0
    var c = 0
    var d = 0
    var number = 0.0
  }

  /// What an instruction does: one case per keyword.
  enum Opcode: UInt8 {
    case type, enumeration, constant, multipleOf, maximum, minimum, maxLength, minLength
    case pattern, format, maxItems, minItems, uniqueItems, maxProperties, minProperties
    case required, dependentRequired, properties, patternProperties, additionalProperties
    case propertyNames, dependentSchemas, prefixItems, items, contains
    case allOf, anyOf, oneOf, not, conditional, ref, dynamicRef
    case unevaluatedProperties, unevaluatedItems
  }

  /// A set of names looked up by hash: `names[first ..< first + count]`, found through the
  /// open-addressing slots `slots[slotStart ... slotStart + slotMask]` (-1 for an empty slot).
  struct NameTable {
    var first = 0
    var count = 0
    var slotStart = 0
    var slotMask = 0
  }

  /// The buffers of a program, to read without reference counting while the program lives.
  struct Tables {
    let nodes: UnsafeBufferPointer<Node>
    let instructions: UnsafeBufferPointer<Instruction>
    /// Lists of node indices, referred to by ranges.
    let nodeLists: UnsafeBufferPointer<Int>
    let names: UnsafeBufferPointer<String>
    /// `SchemaName.hash` of each name.
    let nameHashes: UnsafeBufferPointer<UInt64>
    let nameTables: UnsafeBufferPointer<NameTable>
    let slots: UnsafeBufferPointer<Int32>
    let patterns: UnsafeBufferPointer<Unmanaged<SchemaPattern>>
    let switches: UnsafeBufferPointer<ValueSwitch>
    /// For each string of a switch, the bits of the subschemas whose test lists it.
    let holders: UnsafeBufferPointer<UInt64>
  }

  let tables: Tables
  /// Each node's location: its document's URI and the JSON Pointer within it.
  let locations: [String]
  /// The payloads read only on a slow path or to word a failure.
  let values: [JSONValue]
  let typeSets: [SchemaTypes]
  let formats: [SchemaFormat]
  let divisors: [Decimal]
  let dependentRequired: [[(String, [String])]]
  /// For a resource root: the `$dynamicAnchor`s declared within it, by name.
  let dynamicAnchors: [Int: [String: Int]]
  /// The name of the `$dynamicAnchor` a node declares, if any.
  let dynamicAnchorNames: [Int: String]
  /// Keeps the patterns the tables refer to alive.
  private let patternObjects: [SchemaPattern]

  init(_ builder: Builder) {
    tables = Tables(
      nodes: Self.copy(builder.nodes), instructions: Self.copy(builder.instructions),
      nodeLists: Self.copy(builder.nodeLists), names: Self.copy(builder.names),
      nameHashes: Self.copy(builder.names.map(SchemaName.hash)),
      nameTables: Self.copy(builder.nameTables), slots: Self.copy(builder.slots),
      patterns: Self.copy(builder.patterns.map(Unmanaged.passUnretained)),
      switches: Self.copy(builder.switches), holders: Self.copy(builder.holders))
    locations = builder.locations
    values = builder.values
    typeSets = builder.typeSets
    formats = builder.formats
    divisors = builder.divisors
    dependentRequired = builder.dependentRequired
    dynamicAnchors = builder.dynamicAnchors
    dynamicAnchorNames = builder.dynamicAnchorNames
    patternObjects = builder.patterns
  }

  deinit {
    Self.free(tables.nodes)
    Self.free(tables.instructions)
    Self.free(tables.nodeLists)
    Self.free(tables.names)
    Self.free(tables.nameHashes)
    Self.free(tables.nameTables)
    Self.free(tables.slots)
    Self.free(tables.patterns)
    Self.free(tables.switches)
    Self.free(tables.holders)
  }

  private static func copy<Element>(_ elements: [Element]) -> UnsafeBufferPointer<Element> {
    let buffer = UnsafeMutableBufferPointer<Element>.allocate(capacity: max(elements.count, 1))
    _ = buffer.initialize(from: elements)
    return UnsafeBufferPointer(rebasing: buffer[..<elements.count])
  }

  private static func free<Element>(_ buffer: UnsafeBufferPointer<Element>) {
    let mutable = UnsafeMutableBufferPointer(mutating: buffer)
    mutable.deinitialize()
    mutable.baseAddress?.deallocate()
  }
}
