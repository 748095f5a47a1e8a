/// What the writers show of a report as a whole: its results by status and its summary line.
extension CheckReport {
  /// The positions of the results of each overall status, in order, most urgent status first,
  /// empty groups left out: the groups without a copy of any result.
  var positionsByStatus: [(OverallStatus, [Int])] {
    var positions: [OverallStatus: [Int]] = [:]
    for position in results.indices {
      positions[results[position].overall, default: []].append(position)
    }
    return OverallStatus.allCases.compactMap { status in
      positions[status].map { (status, $0) }
    }
  }

  /// "25 claims checked: 3 disputed, 12 unverified, 4 unsourced, 6 verified; 24 records not checked."
  var summary: String {
    let parts = OverallStatus.allCases.map { "\(counts[$0, default: 0]) \($0.rawValue)" }
    return
      "\(results.count) claim\(results.count == 1 ? "" : "s") checked: \(parts.joined(separator: ", ")); \(notChecked) record\(notChecked == 1 ? "" : "s") not checked."
  }
}
