/// The keywords that judge an array: how many items, whether they are unique, and the
/// subschemas its items must match.
extension SchemaEvaluator {
  /// Checks one array keyword; returns the failure of a keyword that fails as a whole.
  mutating func checkArray(
    _ keyword: SchemaKeyword, in node: SchemaNode, _ elements: [JSONValue], _ mode: Mode,
    _ annotations: inout EvaluatedAnnotations, _ isValid: inout Bool
  ) -> String? {
    switch keyword {
    case .maxItems(let limit):
      return mode.size(elements.count, of: "items", limit: limit, isMaximum: true)
    case .minItems(let limit):
      return mode.size(elements.count, of: "items", limit: limit, isMaximum: false)
    case .uniqueItems:
      if let (first, second) = Self.firstDuplicate(in: elements) {
        return mode.failure("items \(first) and \(second) are equal; items must be unique")
      }
    default:
      return applyToItems(keyword, in: node, elements, mode, &annotations, &isValid)
    }
    return nil
  }

  /// Applies one subschema keyword to the array's items.
  private mutating func applyToItems(
    _ keyword: SchemaKeyword, in node: SchemaNode, _ elements: [JSONValue], _ mode: Mode,
    _ annotations: inout EvaluatedAnnotations, _ isValid: inout Bool
  ) -> String? {
    switch keyword {
    case .prefixItems(let nodes):
      for (index, child) in zip(elements.indices, nodes) {
        applyToChild(child, elements[index], .index(index), mode, &isValid)
      }
      annotations.itemPrefix = max(annotations.itemPrefix, min(nodes.count, elements.count))
    case .items(let child):
      let start =
        node.keywords.lazy.compactMap { keyword -> Int? in
          if case .prefixItems(let nodes) = keyword { return nodes.count }
          return nil
        }.first ?? 0
      annotations.allItems = true
      if child.constant == false, elements.count > start {
        return mode.failure("has \(elements.count) items; at most \(start) are allowed")
      }
      for index in elements.indices where index >= start {
        applyToChild(child, elements[index], .index(index), mode, &isValid)
      }
    case .contains(let child, let minimum, let maximum):
      var matches: [Int] = []
      for index in elements.indices where accepts(child, elements[index]) { matches.append(index) }
      annotations.itemIndices.formUnion(matches)
      if matches.count < minimum {
        return mode.failure(
          "has \(matches.count) items that match 'contains'; at least \(minimum) must")
      }
      if let maximum, matches.count > maximum {
        return mode.failure(
          "has \(matches.count) items that match 'contains'; at most \(maximum) may")
      }
    case .unevaluatedItems(let child):
      let unevaluated = elements.indices.filter { !annotations.hasEvaluated(item: $0) }
      annotations.allItems = true
      if child.constant == false, let first = unevaluated.first {
        return mode.failure("item \(first) is not allowed here (unevaluatedItems)")
      }
      for index in unevaluated {
        applyToChild(child, elements[index], .index(index), mode, &isValid)
      }
    default:
      break
    }
    return nil
  }
}
