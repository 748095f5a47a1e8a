/// Sums and differences of offsets that stop at `Int.max` and `Int.min` instead of trapping.
///
/// Offsets come from files, and a file may hold any integer; arithmetic on a span clamps so
/// that a hostile offset costs a finding, never a crash.
extension Int {
  /// `self + other`, or `Int.max` or `Int.min` when the sum does not fit.
  func saturatingAdd(_ other: Int) -> Int {
    let (sum, overflow) = addingReportingOverflow(other)
    guard overflow else { return sum }
    return other > 0 ? .max : .min
  }

  /// `self - other`, or `Int.max` or `Int.min` when the difference does not fit.
  func saturatingSubtract(_ other: Int) -> Int {
    let (difference, overflow) = subtractingReportingOverflow(other)
    guard overflow else { return difference }
    return other < 0 ? .max : .min
  }

  /// How far `self` is from `other`, or `Int.max` when that does not fit.
  func saturatingDistance(to other: Int) -> Int {
    let difference = saturatingSubtract(other)
    return difference == .min ? .max : abs(difference)
  }
}
