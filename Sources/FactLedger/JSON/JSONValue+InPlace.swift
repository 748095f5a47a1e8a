/// An object's members and an array's items read in place, without a reference count.
///
/// Binding `case .object(let members)` to a value read through a pointer copies the array
/// (a retain and a release): the compiler cannot prove that nothing writes the pointee
/// meanwhile. These accessors borrow the value and hand out its storage; the pointer they
/// return is valid for as long as the value lives unchanged, which is the caller's to ensure
/// (a validator reads a tree that nothing changes while it runs).
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
