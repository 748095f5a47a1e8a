import Foundation

extension SchemaEvaluator {
  /// An instance taken apart once for all the keywords of a node: its members or items bound
  /// in place, and its JSON type as one of `SchemaTypes`' bits.
  struct Subject {
    let instance: UnsafePointer<JSONValue>
    let members: UnsafeBufferPointer<JSONMember>?
    /// `SchemaName.hash` of each member's key, when the members' keys were hashed.
    let keyHashes: UnsafePointer<UInt64>?
    let elements: UnsafeBufferPointer<JSONValue>?
    let typeBit: UInt8

    init(
      _ instance: UnsafePointer<JSONValue>, members: UnsafeBufferPointer<JSONMember>? = nil,
      keyHashes: UnsafePointer<UInt64>? = nil, elements: UnsafeBufferPointer<JSONValue>? = nil
    ) {
      self.instance = instance
      self.members = members
      self.keyHashes = keyHashes
      self.elements = elements
      typeBit =
        if members != nil { SchemaTypes.objectBit } else if elements != nil {
          SchemaTypes.arrayBit
        } else { SchemaTypes.bit(ofScalar: instance.pointee) }
    }

    /// The text, if the instance is a string: read (and its storage retained) only by the
    /// keywords that look at it, not for a `type` alone.
    var text: String? {
      typeBit == SchemaTypes.stringBit ? instance.pointee.stringValue : nil
    }
  }
}

extension SchemaEvaluator {
  /// An instance taken apart as `evaluate` takes it apart, for keywords that judge it as a
  /// value (`type`, `enum`, `const`...), which read no key hashes.
  static func comparedSubject(_ instance: UnsafePointer<JSONValue>) -> Subject {
    if let members = instance.pointee.membersInPlace { return Subject(instance, members: members) }
    if let elements = instance.pointee.elementsInPlace {
      return Subject(instance, elements: elements)
    }
    return Subject(instance)
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
        let key = members[index].key
        let hash = keyHashes?[index] ?? SchemaName.hash(key)
        let position = tables.position(of: key, hash: hash, in: table) ?? -1
        positions.initializeElement(at: index, to: Int32(position))
        if position >= 0, position < 64 { present |= 1 << position }
      }
    }
  }
}
