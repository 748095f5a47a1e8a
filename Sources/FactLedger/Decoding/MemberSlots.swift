/// For each key a record allows, the position of the first member of an object that has it:
/// filled in one pass over the members, kept inline (no allocation per object).
///
/// The positions are read and written through their bytes: a `SIMD16<Int32>` written at a
/// position known only at run time cost about 40 instructions a member.
struct MemberSlots {
  /// The most keys a record may allow.
  static let capacity = 16

  /// Sixteen 32-bit member positions; all bits set (-1) where no member has the slot's key.
  private var positions: (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64) = (
    ~0, ~0, ~0, ~0, ~0, ~0, ~0, ~0
  )

  /// The position of the first member filed in `slot`, if any.
  @inline(__always)
  subscript(slot: Int) -> Int? {
    precondition(slot >= 0 && slot < Self.capacity)
    let position = withUnsafeBytes(of: positions) {
      $0.load(fromByteOffset: slot &* 4, as: Int32.self)
    }
    return position < 0 ? nil : Int(position)
  }

  /// Files the member at `position` in `slot`, unless an earlier member has its key (the
  /// first member of a key is the one read, as a search from the start finds it).
  @inline(__always)
  mutating func file(_ position: Int, in slot: Int) {
    precondition(slot >= 0 && slot < Self.capacity)
    let position = Int32(position)
    withUnsafeMutableBytes(of: &positions) { bytes in
      if bytes.load(fromByteOffset: slot &* 4, as: Int32.self) < 0 {
        bytes.storeBytes(of: position, toByteOffset: slot &* 4, as: Int32.self)
      }
    }
  }
}
