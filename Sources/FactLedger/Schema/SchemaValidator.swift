/// A JSON Schema (draft 2020-12) validator over a set of schema documents.
///
/// Build it once from the documents (by retrieval URI); it compiles them, links every `$ref`,
/// and refuses any keyword it does not implement. `format` is asserted for `date`,
/// `date-time`, `uri` and `email` unless `assertsFormat` is off; other formats are
/// annotations only.
public struct SchemaValidator: Sendable {
  /// The compiled schemas, laid out flat, and the node of each root in it.
  let program: SchemaProgram
  private let roots: [String: Int]
  /// Whether the compiled schemas hold a `$dynamicRef`, whose resolution needs the dynamic scope.
  private let tracksScope: Bool
  /// Whether `format` is asserted.
  public let assertsFormat: Bool

  /// Compiles `documents` and makes each of `roots` ready to validate against.
  ///
  /// - Parameters:
  ///   - documents: Schema documents by retrieval URI (no fragment); `$ref`s between them
  ///     resolve by these URIs and by any `$id` they declare.
  ///   - roots: The URIs instances will be validated against (default: every document).
  ///   - assertsFormat: Whether `format` fails an instance (default) or only annotates.
  /// - Throws: `SchemaError` for an unsupported keyword, a malformed keyword value, or a
  ///   reference that resolves to nothing.
  public init(
    documents: [String: JSONValue], roots: [String]? = nil, assertsFormat: Bool = true
  ) throws(SchemaError) {
    try self.init(
      documents: documents, roots: roots, assertsFormat: assertsFormat, entersReferences: true)
  }

  /// Compiles `documents`; `entersReferences` lays a schema that is only a `$ref` out as its
  /// target (where no `$dynamicRef` needs it), which the tests turn off to compare.
  init(
    documents: [String: JSONValue], roots: [String]?, assertsFormat: Bool, entersReferences: Bool
  ) throws(SchemaError) {
    let compiler = SchemaCompiler(documents: documents)
    defer { compiler.dismantle() }
    var nodes: [(String, SchemaNode)] = []
    for uri in roots ?? documents.keys.sorted() {
      nodes.append((uri, try compiler.compile(uri)))
    }
    // A `$dynamicRef` resolves through the resources entered on the way, so a schema that is
    // only a `$ref` is kept as a step of its own when there is one.
    var builder = SchemaProgram.Builder(
      entersReferences: entersReferences && !compiler.hasDynamicReferences)
    var compiled: [String: Int] = [:]
    for (uri, node) in nodes {
      compiled[uri] = builder.add(node)
    }
    self.program = SchemaProgram(builder)
    self.roots = compiled
    self.tracksScope = compiler.hasDynamicReferences
    self.assertsFormat = assertsFormat
  }

  /// Every violation of `instance` against the schema at `uri`, in document order.
  ///
  /// - Throws: `SchemaError.unknownSchema` when `uri` was not one of the roots.
  public func validate(_ instance: JSONValue, against uri: String) throws(SchemaError)
    -> [SchemaViolation]
  {
    guard let root = roots[uri] else { throw .unknownSchema(uri) }
    return validate(instance, root: root)
  }

  /// The node of the root compiled from `uri`, if it is one of the validator's roots.
  func root(of uri: String) -> Int? { roots[uri] }

  /// Every violation of `instance` against the root at `root` (from `root(of:)`), in
  /// document order.
  ///
  /// Most instances are valid, so a quiet evaluation decides first: it stops at the first
  /// failure and builds no pointer or message. Only an invalid instance is evaluated again,
  /// reporting, to find every violation.
  func validate(_ instance: JSONValue, root: Int) -> [SchemaViolation] {
    guard !isValid(instance, root: root) else { return [] }
    return reportedViolations(of: instance, root: root)
  }

  /// Every violation of `instance` against the root at `root`, found by a reporting
  /// evaluation whatever the quiet one would say.
  func reportedViolations(of instance: JSONValue, root: Int) -> [SchemaViolation] {
    var evaluator = SchemaEvaluator(
      program: program, assertsFormat: assertsFormat, tracksScope: tracksScope)
    withUnsafePointer(to: instance) { _ = evaluator.evaluate(root, $0, reports: true) }
    return evaluator.violations.sorted { $0.location < $1.location }
  }

  /// Whether `instance` is valid against the schema at `uri`.
  public func isValid(_ instance: JSONValue, against uri: String) throws(SchemaError) -> Bool {
    guard let root = roots[uri] else { throw .unknownSchema(uri) }
    return isValid(instance, root: root)
  }

  /// Whether `instance` is valid against the root at `root`, evaluated quietly.
  func isValid(_ instance: JSONValue, root: Int) -> Bool {
    var evaluator = SchemaEvaluator(
      program: program, assertsFormat: assertsFormat, tracksScope: tracksScope)
    return withUnsafePointer(to: instance) { evaluator.quietlyAccepts(root, $0) }
  }
}
