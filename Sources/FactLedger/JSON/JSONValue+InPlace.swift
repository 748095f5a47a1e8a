/// An object's members and an array's items read in place, without a reference count.
///
/// Binding `case .object(let members)` to a value read through a pointer copies the array
/// (a retain and a release): the compiler cannot prove that nothing writes the pointee
/// meanwhile. These accessors borrow the value and hand out its storage; the pointer they
/// return is valid for as long as the value lives unchanged, which is the caller's to ensure
/// (a validator reads a tree that nothing changes while it runs).
///
/// `withUnsafeBufferPointer` promises its pointer only inside its closure; this relies on a
/// native Swift array handing out its own contiguous storage there (the parser's arrays are
/// never bridged), which holds while the array is neither changed nor freed. The schema
/// evaluator uses it on a tree it holds by pointer already, `ClaimPositions` on a record it is
/// handed, within its initialiser, and `FieldReader` on members it keeps a reference to.
extension JSONValue {
  /// The members in place, if the value is an object.
  var membersInPlace: UnsafeBufferPointer<JSONMember>? {
    guard case .object(let members) = kind else { return nil }
    return members.withUnsafeBufferPointer { $0 }
  }

  /// The items in place, if the value is an array.
  var elementsInPlace: UnsafeBufferPointer<JSONValue>? {
    guard case .array(let elements) = kind else { return nil }
    return elements.withUnsafeBufferPointer { $0 }
  }
}

extension UnsafePointer<JSONMember> {
  /// The member's value, in place (the offset folds to a constant).
  var value: UnsafePointer<JSONValue> {
    UnsafeRawPointer(self).advanced(by: MemoryLayout<JSONMember>.offset(of: \JSONMember.value)!)
      .assumingMemoryBound(to: JSONValue.self)
  }
}
