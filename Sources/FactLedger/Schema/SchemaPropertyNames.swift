/// The property names a `properties` keyword lists, looked up by comparison while they are
/// few (a short key compares faster than it hashes) and by hash when they are many.
struct SchemaPropertyNames {
  private let names: [String]
  private let positions: [String: Int]?

  /// Past this many names, a lookup hashes.
  private static let scanLimit = 12

  init(_ names: [String]) {
    self.names = names
    positions =
      names.count > Self.scanLimit
      ? Dictionary(names.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
      : nil
  }

  /// The position of `name` in the list, if it is there.
  func position(of name: String) -> Int? {
    if let positions { return positions[name] }
    return names.firstIndex(of: name)
  }

  func contains(_ name: String) -> Bool { position(of: name) != nil }
}
