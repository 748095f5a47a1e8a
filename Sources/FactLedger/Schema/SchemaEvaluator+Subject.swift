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

/// Where in a `JSONMember` its value stands, to point at it in place.
private let memberValueOffset = MemoryLayout<JSONMember>.offset(of: \JSONMember.value)!

extension UnsafePointer<JSONMember> {
  /// The member's value, in place.
  var value: UnsafePointer<JSONValue> {
    UnsafeRawPointer(self).advanced(by: memberValueOffset).assumingMemoryBound(to: JSONValue.self)
  }
}
