extension Gazetteer {
  /// What `gazetteer.json` may not say, each at its place in the file:
  /// - a name or alias that two entries answer to, compared as the checker compares names
  ///   (`normalized(_:)`: case, spacing and a leading "the" aside): the checker could take
  ///   only one of the two, and "Sea of Oman" would be the Gulf of Oman or the Arabian Sea by
  ///   the order of the file;
  /// - a place within itself, directly or through others: every place of the loop would
  ///   contain the others, and evidence placing something in one would support all of them.
  static func problems(in json: JSONValue) -> [DecodingProblem] {
    let entries = json["entries"]?.arrayValue ?? []
    var problems: [DecodingProblem] = []
    // Each normalised name to its entry's name and where it was first given.
    var owners: [String: (entry: String, location: SourceLocation)] = [:]
    for entry in entries {
      guard let name = entry["name"]?.stringValue else { continue }
      let names = [entry["name"]].compactMap { $0 } + (entry["aliases"]?.arrayValue ?? [])
      var own: Set<String> = []
      for value in names {
        guard let text = value.stringValue else { continue }
        let key = normalized(text)
        guard own.insert(key).inserted else { continue }
        guard let owner = owners[key] else {
          owners[key] = (name, value.location)
          continue
        }
        problems.append(
          DecodingProblem(
            at: value.location,
            "'\(text)' names both '\(owner.entry)' (at \(owner.location)) and '\(name)': a name or alias must name one entry"
          ))
      }
    }
    return problems + loops(in: entries, owners: owners.mapValues(\.entry))
  }

  /// The places of `entries` within themselves, each loop once, at the `within` of its first
  /// entry in the file.
  private static func loops(in entries: [JSONValue], owners: [String: String]) -> [DecodingProblem]
  {
    let entryName = { (text: String) in owners[normalized(text)] ?? text }
    var containers: [String: [String]] = [:]
    for entry in entries {
      guard let name = entry["name"]?.stringValue else { continue }
      containers[name, default: []] += (entry["within"]?.arrayValue ?? []).compactMap {
        $0.stringValue.map(entryName)
      }
    }
    var problems: [DecodingProblem] = []
    var looped: Set<String> = []
    for entry in entries {
      guard let name = entry["name"]?.stringValue, !looped.contains(name) else { continue }
      for value in entry["within"]?.arrayValue ?? [] {
        guard let text = value.stringValue else { continue }
        let container = entryName(text)
        if container == name {
          problems.append(
            DecodingProblem(at: value.location, "'\(name)' lies within itself ('\(text)')"))
          continue
        }
        guard let path = path(from: container, to: name, containers: containers) else { continue }
        looped.formUnion(path)
        problems.append(
          DecodingProblem(
            at: value.location,
            "'\(name)' lies within '\(text)', which lies within it: \(([name] + path).joined(separator: " → "))"
          ))
      }
    }
    return problems
  }

  /// The places from `start` to `goal` by `containers`, both included, or `nil` when `goal`
  /// cannot be reached.
  private static func path(from start: String, to goal: String, containers: [String: [String]])
    -> [String]?
  {
    var cameFrom: [String: String] = [start: start]
    var pending = [start]
    while !pending.isEmpty {
      let place = pending.removeFirst()
      if place == goal {
        var path = [goal]
        while let previous = cameFrom[path[0]], previous != path[0] { path.insert(previous, at: 0) }
        return path
      }
      for next in containers[place, default: []] where cameFrom[next] == nil {
        cameFrom[next] = place
        pending.append(next)
      }
    }
    return nil
  }
}
