/// Writing a document whose one long array is made as it is written, so a large report (a
/// check of 100,000 claims is over 100 MB of JSON) never stands whole in memory, as a tree or
/// as text.
extension JSONWriter {
  /// The elements of a long array, made one by one on any core as they are written.
  public struct StreamedArray: Sendable {
    /// How many elements there are.
    public var count: Int
    /// Writes the element at a position, standing at an indent, into bytes; called once for
    /// each, from any thread.
    var write: @Sendable (_ position: Int, _ indent: Int, _ output: inout [UInt8]) -> Void

    /// Creates the array of `count` elements made by `element`.
    public init(count: Int, element: @escaping @Sendable (Int) -> JSONValue) {
      self.count = count
      self.write = { position, indent, output in
        JSONWriter().write(element(position), indent: indent, into: &output)
      }
    }

    /// Creates the array of `count` elements that `write` writes straight into bytes, given
    /// the element's position and the indent it stands at, in the layout the writer gives a
    /// value (`JSONObjectWriter` writes an object so): no value is made for each element.
    public init(
      count: Int, writing write: @escaping @Sendable (Int, Int, inout [UInt8]) -> Void
    ) {
      self.count = count
      self.write = write
    }
  }

  /// Arrays with at least this many elements are written in parts on all cores.
  static let parallelThreshold = 2 * ParallelPieces.partSize

  /// Writes the object of `members` in the stable layout, the member named `key` holding
  /// `array` (its own value is not read), handing the UTF-8 text to `emit` in pieces, in order.
  /// The members `tail` gives follow the others; it is called after the last of `members` is
  /// written (so, when `key` is among them, once `array` is), and its members can say what the
  /// array's elements came to. The pieces together are exactly what `bytes(for:)` writes for the
  /// whole object.
  public func stream(
    _ members: [JSONMember], streaming key: String, as array: StreamedArray,
    then tail: () -> [JSONMember] = { [] }, into emit: ([UInt8]) -> Void
  ) {
    var output = Array("{\n".utf8)
    var members = members[...]
    var tailAdded = members.isEmpty
    if tailAdded { members = tail()[...] }
    while let member = members.popFirst() {
      appendIndent(2, to: &output)
      appendQuoted(member.key, to: &output)
      output.append(contentsOf: ": ".utf8)
      if member.key != key {
        write(member.value, indent: 2, into: &output)
      } else if array.count == 0 {
        output.append(contentsOf: "[]".utf8)
      } else {
        output.append(contentsOf: "[\n".utf8)
        emit(output)
        output = []
        writeElements(of: array, indent: 2, into: emit)
        appendIndent(2, to: &output)
        output.append(UInt8(ascii: "]"))
      }
      if members.isEmpty, !tailAdded {
        tailAdded = true
        members = tail()[...]
      }
      output.append(contentsOf: (members.isEmpty ? "\n" : ",\n").utf8)
    }
    output.append(contentsOf: "}\n".utf8)
    emit(output)
  }

  /// The elements of an array standing at `indent`, one a line, made and written a batch of
  /// parts at a time on all cores, each batch handed to `emit` in order.
  func writeElements(of array: StreamedArray, indent: Int, into emit: ([UInt8]) -> Void) {
    ParallelPieces.write(count: array.count, into: emit) { position, bytes in
      writeElement(at: position, of: array.count, indent: indent, into: &bytes) {
        array.write(position, indent + 2, &$0)
      }
    }
  }
}
