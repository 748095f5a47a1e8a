import Foundation

extension SchemaEvaluator {
  /// An instance taken apart once for all the keywords of a node: its members or items bound
  /// in place, and its JSON type as one of `SchemaTypes`' bits.
  ///
  /// Five words: it is handed down to every subschema applied in place.
  struct Subject {
    let instance: UnsafePointer<JSONValue>
    /// `SchemaName.hash` of each member's key, when the members' keys were hashed.
    let keyHashes: UnsafePointer<UInt64>?
    /// The first member or item, and how many, of an object or array (`bound`).
    private let first: UnsafeRawPointer?
    private let count: Int
    /// `SchemaTypes.objectBit` or `arrayBit` when members or items are bound, else 0.
    private let bound: UInt8
    let typeBit: UInt8

    init(
      _ instance: UnsafePointer<JSONValue>, members: UnsafeBufferPointer<JSONMember>? = nil,
      keyHashes: UnsafePointer<UInt64>? = nil, elements: UnsafeBufferPointer<JSONValue>? = nil
    ) {
      self.instance = instance
      self.keyHashes = keyHashes
      if let members {
        (first, count, bound) = (
          UnsafeRawPointer(members.baseAddress), members.count, SchemaTypes.objectBit
        )
      } else if let elements {
        (first, count, bound) = (
          UnsafeRawPointer(elements.baseAddress), elements.count, SchemaTypes.arrayBit
        )
      } else {
        (first, count, bound) = (nil, 0, 0)
      }
      typeBit = bound != 0 ? bound : SchemaTypes.bit(ofScalar: instance.pointee)
    }

    /// A value whose type has the bit `typeBit`, with no members or items bound.
    init(_ instance: UnsafePointer<JSONValue>, typeBit: UInt8) {
      self.instance = instance
      self.keyHashes = nil
      (first, count, bound) = (nil, 0, 0)
      self.typeBit = typeBit
    }

    /// The members, when the instance is an object whose members are bound.
    var members: UnsafeBufferPointer<JSONMember>? {
      guard bound == SchemaTypes.objectBit else { return nil }
      return UnsafeBufferPointer(
        start: first?.assumingMemoryBound(to: JSONMember.self), count: count)
    }

    /// The items, when the instance is an array whose items are bound.
    var elements: UnsafeBufferPointer<JSONValue>? {
      guard bound == SchemaTypes.arrayBit else { return nil }
      return UnsafeBufferPointer(
        start: first?.assumingMemoryBound(to: JSONValue.self), count: count)
    }

    /// The text, if the instance is a string: read (and its storage retained) only by the
    /// keywords that look at it, not for a `type` alone.
    var text: String? {
      typeBit == SchemaTypes.stringBit ? instance.stringText.pointee : nil
    }
  }
}

extension SchemaEvaluator {
  /// An instance taken apart as `evaluate` takes it apart, for keywords that judge it as a
  /// value (`type`, `enum`, `const`...), which read no key hashes.
  ///
  /// The type is read from the case's tag first; only an object's members or an array's
  /// items are bound, in place.
  static func comparedSubject(_ instance: UnsafePointer<JSONValue>) -> Subject {
    let bit = instance.typeBit
    if bit == SchemaTypes.objectBit { return Subject(instance, members: instance.objectMembers) }
    if bit == SchemaTypes.arrayBit { return Subject(instance, elements: instance.arrayElements) }
    return Subject(instance, typeBit: bit)
  }
}

extension UnsafeBufferPointer<JSONMember> {
  /// Where the key of the member at `index` is stored, to read in place.
  @inline(__always)
  func key(at index: Int) -> UnsafeRawPointer {
    UnsafeRawPointer(baseAddress! + index) + MemoryLayout<JSONMember>.offset(of: \JSONMember.key)!
  }
}

extension SchemaEvaluator {
  /// An object's members looked up once in the name table of a node's `properties`: the
  /// position of each member's name there (-1 for none), and which positions are present.
  struct MemberScan {
    let positions: UnsafeMutableBufferPointer<Int32>
    /// Bit `n` for the name at position `n` (positions under 64).
    private(set) var present: UInt64 = 0

    /// Looks `members` up; `keyHashes`, if given, are their keys' `SchemaName.hash`es.
    init(
      _ members: UnsafeBufferPointer<JSONMember>, _ keyHashes: UnsafePointer<UInt64>?,
      in table: SchemaProgram.NameTable, _ tables: SchemaProgram.Tables,
      _ positions: UnsafeMutableBufferPointer<Int32>
    ) {
      self.positions = positions
      for index in members.indices {
        // The key is read in place, not copied.
        let key = members.key(at: index)
        let hash = keyHashes?[index] ?? SchemaName.hash(at: key)
        let position = tables.position(ofNameAt: key, hash: hash, in: table) ?? -1
        positions.initializeElement(at: index, to: Int32(position))
        if position >= 0, position < 64 { present |= 1 << position }
      }
    }
  }
}
