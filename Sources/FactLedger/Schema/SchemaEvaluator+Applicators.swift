/// The keywords that apply subschemas to the instance itself: `allOf`, `anyOf`, `oneOf`,
/// `not`, `if`/`then`/`else`, `$ref` and `$dynamicRef`.
extension SchemaEvaluator {
  /// Applies one in-place keyword; returns the failure of a keyword that fails as a whole.
  mutating func apply(
    _ keyword: SchemaKeyword, _ instance: JSONValue, _ mode: Mode,
    _ annotations: inout EvaluatedAnnotations, _ isValid: inout Bool
  ) -> String? {
    switch keyword {
    case .allOf(let nodes):
      for child in nodes { applyInPlace(child, instance, mode, &annotations, &isValid) }
    case .anyOf(let nodes):
      return applyAnyOf(nodes, instance, mode, &annotations)
    case .oneOf(let nodes):
      return applyOneOf(nodes, instance, mode, &annotations)
    case .not(let child):
      if evaluate(child, instance, reports: false) != nil {
        return mode.failure(
          "\(instance.briefDescription()) matches a schema it must not match (not)")
      }
    case .conditional(let condition, let thenNode, let elseNode):
      if let result = evaluate(condition, instance, reports: false, collects: mode.collects) {
        annotations.merge(result)
        if let thenNode { applyInPlace(thenNode, instance, mode, &annotations, &isValid) }
      } else if let elseNode {
        applyInPlace(elseNode, instance, mode, &annotations, &isValid)
      }
    case .ref(let reference):
      applyInPlace(reference.target, instance, mode, &annotations, &isValid)
    case .dynamicRef(let reference, let anchor):
      let target = dynamicTarget(of: reference, anchor: anchor)
      applyInPlace(target, instance, mode, &annotations, &isValid)
    default:
      break
    }
    return nil
  }

  private mutating func applyAnyOf(
    _ nodes: [SchemaNode], _ instance: JSONValue, _ mode: Mode,
    _ annotations: inout EvaluatedAnnotations
  ) -> String? {
    var matched = false
    for child in nodes {
      // Every branch is evaluated when annotations are needed; else the first match will do.
      if matched, !mode.collects { break }
      if let result = evaluate(child, instance, reports: false, collects: mode.collects) {
        annotations.merge(result)
        matched = true
      }
    }
    guard matched else {
      return mode.failure(
        "\(instance.briefDescription()) matches none of the \(nodes.count) alternatives (anyOf)")
    }
    return nil
  }

  private mutating func applyOneOf(
    _ nodes: [SchemaNode], _ instance: JSONValue, _ mode: Mode,
    _ annotations: inout EvaluatedAnnotations
  ) -> String? {
    var results: [EvaluatedAnnotations] = []
    for child in nodes {
      if let result = evaluate(child, instance, reports: false, collects: mode.collects) {
        results.append(result)
      }
    }
    guard results.count == 1 else {
      return mode.failure(
        "\(instance.briefDescription()) matches \(results.count) of the \(nodes.count) alternatives; exactly one must match (oneOf)"
      )
    }
    annotations.merge(results[0])
    return nil
  }

  /// The node a `$dynamicRef` reaches: the outermost resource in the dynamic scope that
  /// declares the anchor, when the static target declares it too; else the static target.
  private func dynamicTarget(of reference: SchemaReference, anchor: String?) -> SchemaNode {
    let target: SchemaNode = reference.target
    guard let anchor, target.dynamicAnchorName == anchor,
      let dynamic = scope.lazy.compactMap({ $0.dynamicAnchors[anchor] }).first
    else { return target }
    return dynamic
  }
}
