import Foundation

extension SchemaEvaluator {
  /// An instance taken apart once for all the keywords of a node: its members, items or text
  /// bound in place, and its JSON type as one of `SchemaTypes`' bits.
  struct Subject {
    let instance: UnsafePointer<JSONValue>
    let members: UnsafeBufferPointer<JSONMember>?
    let elements: UnsafeBufferPointer<JSONValue>?
    let text: String?
    let typeBit: UInt8

    init(
      _ instance: UnsafePointer<JSONValue>, members: UnsafeBufferPointer<JSONMember>? = nil,
      elements: UnsafeBufferPointer<JSONValue>? = nil, text: String? = nil
    ) {
      self.instance = instance
      self.members = members
      self.elements = elements
      self.text = text
      typeBit =
        if members != nil { SchemaTypes.objectBit } else if elements != nil {
          SchemaTypes.arrayBit
        } else if text != nil { SchemaTypes.stringBit } else {
          SchemaTypes.bit(ofScalar: instance.pointee)
        }
    }
  }
}

extension SchemaEvaluator {
  /// An object's members looked up once in the name table of a node's `properties`: the
  /// position of each member's name there (-1 for none), and which positions are present.
  struct MemberScan {
    let positions: UnsafeMutableBufferPointer<Int32>
    /// Bit `n` for the name at position `n` (positions under 64).
    private(set) var present: UInt64 = 0

    init(
      _ members: UnsafeBufferPointer<JSONMember>, in table: SchemaProgram.NameTable,
      _ tables: SchemaProgram.Tables, _ positions: UnsafeMutableBufferPointer<Int32>
    ) {
      self.positions = positions
      for index in members.indices {
        let key = members[index].key
        let position = tables.position(of: key, hash: SchemaName.hash(key), in: table) ?? -1
        positions.initializeElement(at: index, to: Int32(position))
        if position >= 0, position < 64 { present |= 1 << position }
      }
    }
  }
}

extension UnsafePointer<JSONMember> {
  /// The member's value, in place (the offset folds to a constant).
  var value: UnsafePointer<JSONValue> {
    UnsafeRawPointer(self).advanced(by: MemoryLayout<JSONMember>.offset(of: \JSONMember.value)!)
      .assumingMemoryBound(to: JSONValue.self)
  }
}
