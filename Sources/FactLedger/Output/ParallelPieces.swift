import Foundation

/// Text of many independent pieces (a report's records, a document's array elements), made a
/// part at a time on all cores and handed on in order, so that the text of 100,000 records is
/// neither made on one core nor held whole in memory.
enum ParallelPieces {
  /// Pieces made and written together by one core. A part of a JSON check report's results
  /// is about 80 KB; at 256 results a part, the parts in hand took 3 MB more of the 10,000-claim
  /// run's peak (64.8 against 61.7 MB), for no time saved.
  static let partSize = 64
  /// Parts made at once, before they are handed on: what stands in memory at a time. Two for
  /// each core keep every core busy, up to sixteen; more only hold more text (sixteen parts
  /// of a JSON check report at 10,000 claims held 8 MB of text; on two cores, four parts
  /// brought the run's peak from 74.0 to 70.0 MB).
  static let partsAtOnce = min(16, 2 * max(1, ProcessInfo.processInfo.activeProcessorCount))

  /// Writes `count` pieces, piece `position` appended to a part's bytes by `write` (called once
  /// for each, from any thread), handing the parts to `emit` a batch at a time, in order: the
  /// same bytes as writing every piece in turn on one core.
  static func write(
    count: Int, into emit: ([UInt8]) -> Void,
    _ write: @Sendable (_ position: Int, _ output: inout [UInt8]) -> Void
  ) {
    let parts = stride(from: 0, to: count, by: partSize).map {
      $0..<min($0 + partSize, count)
    }
    for batchStart in stride(from: 0, to: parts.count, by: partsAtOnce) {
      let batch = Array(parts[batchStart..<min(batchStart + partsAtOnce, parts.count)])
      let written = batch.parallelMap { part in
        var bytes: [UInt8] = []
        for position in part { write(position, &bytes) }
        return bytes
      }
      written.forEach(emit)
    }
  }
}
