/// The keywords that judge an object: how many members, which are required, and the
/// subschemas its members (or their names) must match.
extension SchemaEvaluator {
  /// Checks one object keyword; returns the failure of a keyword that fails as a whole.
  mutating func checkObject(
    _ keyword: SchemaKeyword, _ members: [JSONMember], _ instance: JSONValue, _ mode: Mode,
    _ annotations: inout EvaluatedAnnotations, _ isValid: inout Bool
  ) -> String? {
    switch keyword {
    case .maxProperties(let limit):
      return mode.size(members.count, of: "properties", limit: limit, isMaximum: true)
    case .minProperties(let limit):
      return mode.size(members.count, of: "properties", limit: limit, isMaximum: false)
    case .required(let names):
      let missing = Self.missing(names, from: members)
      if !missing.isEmpty { return mode.failure("missing required \(Self.quoted(missing))") }
    case .dependentRequired(let dependencies):
      for (trigger, names) in dependencies where members.contains(where: { $0.key == trigger }) {
        let missing = Self.missing(names, from: members)
        if !missing.isEmpty { return mode.failure("'\(trigger)' requires \(Self.quoted(missing))") }
      }
    default:
      applyToMembers(keyword, members, instance, mode, &annotations, &isValid)
    }
    return nil
  }

  /// The names no member has.
  private static func missing(_ names: [String], from members: [JSONMember]) -> [String] {
    names.filter { name in !members.contains { $0.key == name } }
  }

  /// Applies one subschema keyword to the object's members.
  private mutating func applyToMembers(
    _ keyword: SchemaKeyword, _ members: [JSONMember], _ instance: JSONValue, _ mode: Mode,
    _ annotations: inout EvaluatedAnnotations, _ isValid: inout Bool
  ) {
    switch keyword {
    case .properties(let names, let nodes):
      for member in members {
        guard let position = names.position(of: member.key) else { continue }
        let child = nodes[position]
        if mode.collects { annotations.properties.insert(member.key) }
        applyToChild(child, member.value, .key(member.key), mode, &isValid)
      }
    case .patternProperties(let patterns):
      for member in members {
        for (pattern, child) in patterns where pattern.matches(member.key) {
          if mode.collects { annotations.properties.insert(member.key) }
          applyToChild(child, member.value, .key(member.key), mode, &isValid)
        }
      }
    case .additionalProperties(let child, let named, let patterns):
      for member in members
      where !named.contains(member.key)
        && !patterns.contains(where: { $0.matches(member.key) })
      {
        if mode.collects { annotations.properties.insert(member.key) }
        rejectOrApply(child, to: member, keyword: "additionalProperties", mode, &isValid)
      }
    case .propertyNames(let child):
      // A bad name is a fault of the object that holds it (as other validators report it);
      // its line and column are the key's.
      for member in members
      where evaluate(
        child, JSONValue(.string(member.key), at: member.keyLocation), reports: mode.reports) == nil
      {
        isValid = false
      }
    case .dependentSchemas(let dependencies):
      for (trigger, child) in dependencies where members.contains(where: { $0.key == trigger }) {
        applyInPlace(child, instance, mode, &annotations, &isValid)
      }
    case .unevaluatedProperties(let child):
      for member in members where !annotations.properties.contains(member.key) {
        rejectOrApply(child, to: member, keyword: "unevaluatedProperties", mode, &isValid)
      }
      if mode.collects { annotations.properties.formUnion(members.map(\.key)) }
    default:
      break
    }
  }

  /// Applies a property's schema; a `false` schema makes the property unexpected, a fault of
  /// the object that holds it (as other validators report it), at the key's line and column.
  private mutating func rejectOrApply(
    _ child: SchemaNode, to member: JSONMember, keyword: String, _ mode: Mode, _ isValid: inout Bool
  ) {
    guard child.constant == false else {
      applyToChild(child, member.value, .key(member.key), mode, &isValid)
      return
    }
    isValid = false
    guard mode.reports else { return }
    record(
      "unexpected property '\(member.key)'", JSONValue(.string(member.key), at: member.keyLocation),
      child.location)
  }
}
