extension Dictionary {
  /// The result of `body` given the value stored for `key` to read and change, `absent` being
  /// stored first when there is none: the key is looked up once to read, add or replace its
  /// value (a look-up then an insertion would hash it twice).
  mutating func withValue<Result>(
    for key: Key, addingIfAbsent absent: Value, _ body: (inout Value) -> Result
  ) -> Result {
    body(&self[key, default: absent])
  }
}
