/// SHA-256 (FIPS 180-4), written here because the project takes no packages.
public struct SHA256: Sendable {
  private var state: (UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32) = (
    0x6a09_e667, 0xbb67_ae85, 0x3c6e_f372, 0xa54f_f53a, 0x510e_527f, 0x9b05_688c, 0x1f83_d9ab,
    0x5be0_cd19
  )
  private var pending: [UInt8] = []
  private var byteCount: UInt64 = 0

  /// Starts a new hash.
  public init() {}

  /// Feeds bytes into the hash.
  public mutating func update<Bytes: Sequence>(_ bytes: Bytes) where Bytes.Element == UInt8 {
    // Bytes in one piece of memory (an array, a native string's UTF-8) are hashed a block at
    // a time where they stand; others byte by byte.
    let hashedInPlace: Void? = bytes.withContiguousStorageIfAvailable {
      update(contiguous: UnsafeRawBufferPointer($0))
    }
    guard hashedInPlace == nil else { return }
    for byte in bytes {
      pending.append(byte)
      byteCount &+= 1
      if pending.count == 64 {
        compress(pending[...])
        pending.removeAll(keepingCapacity: true)
      }
    }
  }

  /// Feeds `bytes`: the pending ones completed to a block first, then every whole block in
  /// place, the rest kept pending.
  private mutating func update(contiguous bytes: UnsafeRawBufferPointer) {
    guard let base = bytes.baseAddress else { return }
    byteCount &+= UInt64(bytes.count)
    var offset = 0
    if !pending.isEmpty {
      let taken = min(64 - pending.count, bytes.count)
      pending += UnsafeRawBufferPointer(start: base, count: taken)
      offset = taken
      guard pending.count == 64 else { return }
      compress(pending[...])
      pending.removeAll(keepingCapacity: true)
    }
    while bytes.count - offset >= 64 {
      compress(block: base + offset)
      offset += 64
    }
    pending += UnsafeRawBufferPointer(start: base + offset, count: bytes.count - offset)
  }

  /// The 32-byte digest of everything fed in.
  public consuming func finalize() -> [UInt8] {
    let bitCount = byteCount &* 8
    pending.append(0x80)
    while pending.count % 64 != 56 { pending.append(0) }
    for shift in stride(from: 56, through: 0, by: -8) {
      pending.append(UInt8(truncatingIfNeeded: bitCount >> UInt64(shift)))
    }
    for blockStart in stride(from: 0, to: pending.count, by: 64) {
      compress(pending[blockStart..<blockStart + 64])
    }
    let words = [state.0, state.1, state.2, state.3, state.4, state.5, state.6, state.7]
    return words.flatMap { word in (0..<4).map { UInt8(truncatingIfNeeded: word >> (24 - 8 * $0)) }
    }
  }

  /// The digest of `bytes` as 64 lowercase hex digits.
  public static func hexDigest<Bytes: Sequence>(of bytes: Bytes) -> String
  where Bytes.Element == UInt8 {
    var hasher = SHA256()
    hasher.update(bytes)
    let digest = hasher.finalize()
    return String(unsafeUninitializedCapacity: 64) { text in
      for (index, byte) in digest.enumerated() {
        text[2 * index] = hexDigit(byte >> 4)
        text[2 * index + 1] = hexDigit(byte & 0x0F)
      }
      return 64
    }
  }

  private mutating func compress(_ block: ArraySlice<UInt8>) {
    block.withUnsafeBytes { compress(block: $0.baseAddress!) }
  }

  /// Hashes the 64 bytes at `block` into the state.
  ///
  /// The state is eight scalars and the round constants a vector, not arrays: an array is
  /// checked for uniqueness on every write and its buffer reference-counted, from every core at
  /// once when articles are hashed in parallel. The rounds go eight at a time, the eight words
  /// named anew in each instead of moved (about 4,500 instructions a block before, 3,700 after;
  /// an article's hash was a fourteenth of loading a ledger).
  private mutating func compress(block: UnsafeRawPointer) {
    withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 64) { words in
      for index in 0..<16 {
        words[index] = UInt32(
          bigEndian: block.loadUnaligned(fromByteOffset: index * 4, as: UInt32.self))
      }
      for index in 16..<64 {
        let early = words[index - 15]
        let late = words[index - 2]
        let s0 = early.rotatedRight(7) ^ early.rotatedRight(18) ^ (early >> 3)
        let s1 = late.rotatedRight(17) ^ late.rotatedRight(19) ^ (late >> 10)
        words[index] = words[index - 16] &+ s0 &+ words[index - 7] &+ s1
      }
      var (a, b, c, d, e, f, g, h) = state
      withUnsafeBytes(of: roundConstants) { constants in
        let constants = constants.assumingMemoryBound(to: UInt32.self)
        for index in stride(from: 0, to: 64, by: 8) {
          let added = { (offset: Int) in constants[index + offset] &+ words[index + offset] }
          Self.round(a, b, c, &d, e, f, g, &h, added(0))
          Self.round(h, a, b, &c, d, e, f, &g, added(1))
          Self.round(g, h, a, &b, c, d, e, &f, added(2))
          Self.round(f, g, h, &a, b, c, d, &e, added(3))
          Self.round(e, f, g, &h, a, b, c, &d, added(4))
          Self.round(d, e, f, &g, h, a, b, &c, added(5))
          Self.round(c, d, e, &f, g, h, a, &b, added(6))
          Self.round(b, c, d, &e, f, g, h, &a, added(7))
        }
      }
      state = (
        state.0 &+ a, state.1 &+ b, state.2 &+ c, state.3 &+ d, state.4 &+ e, state.5 &+ f,
        state.6 &+ g, state.7 &+ h
      )
    }
  }

  /// One round on the working words as they stand in it (FIPS 180-4, 6.2.2 step 3): `d`
  /// becomes the round's new `e` and `h` its new `a`; the next round names the words one
  /// place on. `added` is the round's constant plus its message word.
  @inline(__always)
  private static func round(
    _ a: UInt32, _ b: UInt32, _ c: UInt32, _ d: inout UInt32, _ e: UInt32, _ f: UInt32,
    _ g: UInt32, _ h: inout UInt32, _ added: UInt32
  ) {
    let s1 = e.rotatedRight(6) ^ e.rotatedRight(11) ^ e.rotatedRight(25)
    let choice = g ^ (e & (f ^ g))
    let t1 = h &+ s1 &+ choice &+ added
    let s0 = a.rotatedRight(2) ^ a.rotatedRight(13) ^ a.rotatedRight(22)
    let majority = (a & b) | (c & (a | b))
    d = d &+ t1
    h = t1 &+ s0 &+ majority
  }
}

extension UInt32 {
  /// The bits turned right by `count` (below 32), those falling off the right end coming back
  /// on the left.
  fileprivate func rotatedRight(_ count: UInt32) -> UInt32 {
    (self >> count) | (self << (32 - count))
  }
}

/// The lowercase hex digit of `value` (below 16), as a byte.
private func hexDigit(_ value: UInt8) -> UInt8 {
  value < 10 ? UInt8(ascii: "0") + value : UInt8(ascii: "a") + value - 10
}

/// The round constants (a vector, not an array: no reference to count from every core).
private let roundConstants: SIMD64<UInt32> = [
  0x428a_2f98, 0x7137_4491, 0xb5c0_fbcf, 0xe9b5_dba5, 0x3956_c25b, 0x59f1_11f1, 0x923f_82a4,
  0xab1c_5ed5, 0xd807_aa98, 0x1283_5b01, 0x2431_85be, 0x550c_7dc3, 0x72be_5d74, 0x80de_b1fe,
  0x9bdc_06a7, 0xc19b_f174, 0xe49b_69c1, 0xefbe_4786, 0x0fc1_9dc6, 0x240c_a1cc, 0x2de9_2c6f,
  0x4a74_84aa, 0x5cb0_a9dc, 0x76f9_88da, 0x983e_5152, 0xa831_c66d, 0xb003_27c8, 0xbf59_7fc7,
  0xc6e0_0bf3, 0xd5a7_9147, 0x06ca_6351, 0x1429_2967, 0x27b7_0a85, 0x2e1b_2138, 0x4d2c_6dfc,
  0x5338_0d13, 0x650a_7354, 0x766a_0abb, 0x81c2_c92e, 0x9272_2c85, 0xa2bf_e8a1, 0xa81a_664b,
  0xc24b_8b70, 0xc76c_51a3, 0xd192_e819, 0xd699_0624, 0xf40e_3585, 0x106a_a070, 0x19a4_c116,
  0x1e37_6c08, 0x2748_774c, 0x34b0_bcb5, 0x391c_0cb3, 0x4ed8_aa4a, 0x5b9c_ca4f, 0x682e_6ff3,
  0x748f_82ee, 0x78a5_636f, 0x84c8_7814, 0x8cc7_0208, 0x90be_fffa, 0xa450_6ceb, 0xbef9_a3f7,
  0xc671_78f2,
]
