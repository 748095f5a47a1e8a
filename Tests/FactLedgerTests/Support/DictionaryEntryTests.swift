import Testing

@testable import FactLedger

@Suite("A dictionary's value read, added or replaced in one look-up")
struct DictionaryEntryTests {
  @Test("a missing key gets the value given, a present one keeps its own, and changes are kept")
  func withValue() {
    var places: [String: Int] = ["first": 1]
    #expect(places.withValue(for: "first", addingIfAbsent: 9) { $0 } == 1)
    #expect(places.withValue(for: "second", addingIfAbsent: 2) { $0 } == 2)
    #expect(places == ["first": 1, "second": 2])
    // Read the value before, and leave another: what `duplicate-id` does with a record's place.
    let before = places.withValue(for: "first", addingIfAbsent: 5) { value in
      defer { value = 3 }
      return value
    }
    #expect(before == 1)
    #expect(places == ["first": 3, "second": 2])
  }
}
