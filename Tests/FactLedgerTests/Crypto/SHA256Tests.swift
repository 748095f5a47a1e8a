import TestSupport
import Testing

@testable import FactLedger

@Suite("SHA-256")
struct SHA256Tests {
  @Test(
    "the NIST FIPS 180-4 example vectors",
    arguments: [
      ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
      ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
      (
        "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
        "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
      ),
      (
        "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu",
        "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1"
      ),
    ])
  func vectors(message: String, digest: String) {
    #expect(SHA256.hexDigest(of: message.utf8) == digest)
  }

  @Test("one million 'a' (the long NIST vector), fed in uneven pieces")
  func millionA() {
    var hasher = SHA256()
    var remaining = 1_000_000
    var piece = 1
    while remaining > 0 {
      let count = min(piece, remaining)
      hasher.update(repeatElement(UInt8(ascii: "a"), count: count))
      remaining -= count
      piece = piece * 3 % 1000 + 1
    }
    let digest = hasher.finalize().map { String($0, radix: 16) }.map {
      $0.count == 1 ? "0" + $0 : $0
    }.joined()
    #expect(digest == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
  }

  @Test("messages of 55, 56 and 64 bytes, where padding needs one block or two")
  func paddingEdges() {
    #expect(
      SHA256.hexDigest(of: Array(repeating: UInt8(ascii: "a"), count: 55))
        == "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318")
    #expect(
      SHA256.hexDigest(of: Array(repeating: UInt8(ascii: "a"), count: 56))
        == "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a")
    #expect(
      SHA256.hexDigest(of: Array(repeating: UInt8(ascii: "a"), count: 64))
        == "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb")
  }

  @Test(
    "bytes fed in one piece of memory or byte by byte, in pieces of every size up to two blocks, give one digest"
  )
  func inPlaceAndByteByByteAgree() {
    let message = (0..<5_000).map { UInt8(truncatingIfNeeded: $0 &* 131 &+ $0 >> 3) }
    for pieceSize in 1...130 {
      var inPlace = SHA256()
      var byteByByte = SHA256()
      var mixed = SHA256()
      var start = 0
      var turn = 0
      while start < message.count {
        let piece = message[start..<min(message.count, start + pieceSize)]
        inPlace.update(Array(piece))
        byteByByte.update(piece.lazy.map { $0 })
        if turn % 2 == 0 { mixed.update(Array(piece)) } else { mixed.update(piece.lazy.map { $0 }) }
        start += pieceSize
        turn += 1
      }
      let expected = byteByByte.finalize()
      #expect(inPlace.finalize() == expected, "pieces of \(pieceSize)")
      #expect(mixed.finalize() == expected, "pieces of \(pieceSize)")
    }
    #expect(
      SHA256.hexDigest(of: String(repeating: "a", count: 1_000_000).utf8)
        == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
  }
}
