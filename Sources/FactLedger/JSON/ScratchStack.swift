/// A stack of values under construction, shared by every container of one parse.
///
/// A container pushes its elements as it parses them and, when it closes, moves them into one
/// array of exactly their number: no array grows element by element (reallocating and
/// copying as it doubles), and none holds more room than it needs once parsing is done.
/// Containers nest, so each one's elements sit on top of those of the containers around it.
struct ScratchStack<Element>: ~Copyable {
  private var base: UnsafeMutablePointer<Element>
  private var capacity: Int
  /// How many elements the stack holds.
  private(set) var count = 0

  /// Creates an empty stack with room for `capacity` elements before it grows.
  init(capacity: Int) {
    self.capacity = max(1, capacity)
    base = .allocate(capacity: self.capacity)
  }

  deinit {
    base.deinitialize(count: count)
    base.deallocate()
  }

  /// The elements from `start` to the top, to read.
  func elements(from start: Int) -> UnsafeBufferPointer<Element> {
    UnsafeBufferPointer(start: base + start, count: count - start)
  }

  /// Pushes `element` on the top.
  mutating func push(_ element: consuming Element) {
    if count == capacity { grow() }
    (base + count).initialize(to: element)
    count += 1
  }

  /// Moves the elements from `start` to the top into an array, and pops them.
  mutating func popArray(from start: Int) -> [Element] {
    let moved = count - start
    guard moved > 0 else { return [] }
    // `Array(unsafeUninitializedCapacity:)` allocates through a standard library function
    // that looks the array's type up at run time, on every call; `reserveCapacity` is
    // specialised here, and finds the type once.
    var array: [Element] = []
    array.reserveCapacity(moved)
    for offset in start..<count { array.append((base + offset).move()) }
    count = start
    return array
  }

  private mutating func grow() {
    let larger = UnsafeMutablePointer<Element>.allocate(capacity: capacity * 2)
    larger.moveInitialize(from: base, count: count)
    base.deallocate()
    base = larger
    capacity *= 2
  }
}
