/// A value's payload read through its pointer, without copying the value's `kind`.
///
/// Binding `case .object(let members)` to a value read through a pointer copies the case's
/// payload (a retain and a release, and an outlined copy of the whole `Kind`). These read the
/// case's tag alone, then the payload where it lies: a struct keeps its first stored property
/// (`JSONValue.kind`) at its start, and an enum keeps every case's payload at its start, so
/// the payload of the case the tag names is at the value's own address. `JSONValuePayloadTests`
/// pins this against pattern matching for every case.
///
/// As with `membersInPlace`, a pointer handed out is valid while the value lives unchanged,
/// which is the caller's to ensure (the evaluator reads a tree nothing changes meanwhile).
extension UnsafePointer<JSONValue> {
  /// The `SchemaTypes` bit of the value's JSON type, read from its case's tag.
  @inline(__always)
  var typeBit: UInt8 { SchemaTypes.bit(ofScalar: pointee) }

  /// The members of a value whose `typeBit` is `SchemaTypes.objectBit`.
  @inline(__always)
  var objectMembers: UnsafeBufferPointer<JSONMember> {
    UnsafeRawPointer(self).assumingMemoryBound(to: [JSONMember].self).pointee
      .withUnsafeBufferPointer { $0 }
  }

  /// The items of a value whose `typeBit` is `SchemaTypes.arrayBit`.
  @inline(__always)
  var arrayElements: UnsafeBufferPointer<JSONValue> {
    UnsafeRawPointer(self).assumingMemoryBound(to: [JSONValue].self).pointee
      .withUnsafeBufferPointer { $0 }
  }

  /// The text of a value whose `typeBit` is `SchemaTypes.stringBit`, in place.
  @inline(__always)
  var stringText: UnsafePointer<String> {
    UnsafeRawPointer(self).assumingMemoryBound(to: String.self)
  }
}
