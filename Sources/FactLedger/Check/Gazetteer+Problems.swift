extension Gazetteer {
  /// What `gazetteer.json` may not say, each at its place in the file:
  /// - a name or alias that two entries answer to, compared as the checker compares names
  ///   (`normalized(_:)`: case, spacing and a leading "the" aside): the checker could take
  ///   only one of the two, and "Sea of Oman" would be the Gulf of Oman or the Arabian Sea by
  ///   the order of the file;
  /// - a name or alias with no letter or digit, which every text of punctuation alone would
  ///   match ("…" as an alias of a person made a speaker "-" that person);
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
        if let problem = DecodingProblem(nameWithoutLetters: text, at: value.location) {
          problems.append(problem)
          continue
        }
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
  /// entry in the file. Loops are the strongly connected parts of the places' `within`, found
  /// in one pass (`components(of:)`): a search from every place took a minute for a chain of
  /// 20,000.
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
    let component = components(of: containers)
    var members: [Int: Int] = [:]
    for part in component.values { members[part, default: 0] += 1 }
    var problems: [DecodingProblem] = []
    var reported: Set<Int> = []
    for entry in entries {
      guard let name = entry["name"]?.stringValue, let part = component[name] else { continue }
      for value in entry["within"]?.arrayValue ?? [] {
        guard let text = value.stringValue else { continue }
        let container = entryName(text)
        if container == name {
          problems.append(
            DecodingProblem(at: value.location, "'\(name)' lies within itself ('\(text)')"))
          continue
        }
        guard members[part, default: 0] > 1, component[container] == part,
          reported.insert(part).inserted,
          let path = path(
            from: container, to: name, containers: containers,
            through: { component[$0] == part })
        else { continue }
        problems.append(
          DecodingProblem(
            at: value.location,
            "'\(name)' lies within '\(text)', which lies within it: \(([name] + path).joined(separator: " → "))"
          ))
      }
    }
    return problems
  }

  /// The strongly connected part of every place of `graph` (places that lie within each
  /// other, directly or not, share one), by Tarjan's algorithm with a stack of its own.
  private static func components(of graph: [String: [String]]) -> [String: Int] {
    var next = 0
    var index: [String: Int] = [:]
    var low: [String: Int] = [:]
    var stack: [String] = []
    var onStack: Set<String> = []
    var component: [String: Int] = [:]
    var count = 0
    func visit(_ node: String) {
      index[node] = next
      low[node] = next
      next += 1
      stack.append(node)
      onStack.insert(node)
    }
    for root in graph.keys.sorted() where index[root] == nil {
      visit(root)
      var work: [(node: String, edge: Int)] = [(root, 0)]
      while let (node, edge) = work.last {
        let edges = graph[node, default: []]
        if edge < edges.count {
          work[work.count - 1].edge += 1
          let target = edges[edge]
          if index[target] == nil {
            visit(target)
            work.append((target, 0))
          } else if onStack.contains(target) {
            low[node] = min(low[node]!, index[target]!)
          }
          continue
        }
        work.removeLast()
        if let parent = work.last?.node { low[parent] = min(low[parent]!, low[node]!) }
        guard low[node] == index[node] else { continue }
        while let member = stack.popLast() {
          onStack.remove(member)
          component[member] = count
          if member == node { break }
        }
        count += 1
      }
    }
    return component
  }

  /// The places from `start` to `goal` by `containers`, both included, through places
  /// `allowed` takes, or `nil` when `goal` cannot be reached.
  private static func path(
    from start: String, to goal: String, containers: [String: [String]],
    through allowed: (String) -> Bool
  ) -> [String]? {
    var cameFrom: [String: String] = [start: start]
    var pending = [start]
    var position = 0
    while position < pending.count {
      let place = pending[position]
      position += 1
      if place == goal {
        var path = [goal]
        while let previous = cameFrom[path[path.count - 1]], previous != path[path.count - 1] {
          path.append(previous)
        }
        return path.reversed()
      }
      for next in containers[place, default: []] where cameFrom[next] == nil && allowed(next) {
        cameFrom[next] = place
        pending.append(next)
      }
    }
    return nil
  }
}
