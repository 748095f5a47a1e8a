import Foundation

/// The kinds of file factledger reads and writes, each with its schema in `Schemas/`.
public enum SchemaKind: String, Sendable, CaseIterable {
  /// `articles/<id>/claims/<claim-id>.json`.
  case claim
  /// `articles/<id>/article.json`.
  case article
  /// `sources.json`.
  case sources
  /// `factledger.json`.
  case policy
  /// `gazetteer.json`.
  case gazetteer
  /// A JSON evidence file (an object with `items`).
  case evidence
  /// One evidence item: a line of a JSON Lines evidence file.
  case evidenceItem = "evidence-item"
  /// The output of `factledger list --format json`.
  case listOutput = "list-output"
  /// The output of `factledger check --format json`.
  case checkOutput = "check-output"
  /// The output of `factledger lint --format json`.
  case lintOutput = "lint-output"
  /// A baseline of lint findings (`lint --write-baseline`).
  case lintBaseline = "lint-baseline"
  /// The output of `factledger export --format claimreview`.
  case claimreviewOutput = "claimreview-output"

  /// The schema's file name in `Schemas/`.
  public var fileName: String { "\(rawValue).schema.json" }

  /// The URI the schema is registered under inside the validator.
  var uri: String { LedgerSchemas.baseURI + fileName }
}

/// factledger's own schemas, each compiled from the copy bundled into the binary the first
/// time a file of its kind is validated: a command pays only for the kinds it reads.
public final class LedgerSchemas: @unchecked Sendable {
  /// The base the bundled schemas are registered under; their relative `$ref`s resolve
  /// against it, as they resolve against `Schemas/` on disk.
  static let baseURI = "factledger:/schemas/"

  /// The compiled schemas, shared by every load.
  public static let shared = LedgerSchemas()

  /// The bundled schemas and the metaschemas, parsed, by URI.
  static let documents: [String: JSONValue] = {
    var documents = Metaschema.parsedDocuments
    for (name, text) in BundledSchemas.files {
      // The bundled schemas are tested to parse and compile; a failure here is a build defect.
      documents[baseURI + name] = try! JSONParser().parse(text)
    }
    return documents
  }()

  private let lock = NSLock()
  /// The compiled schemas, by `SchemaKind.ordinal`; each kept for the process's life once
  /// compiled. Every thread validates with the same one: a compiled program is plain values
  /// read in place, and it is reached without counting references to it (which would pass
  /// cache lines back and forth between cores), nor hashing the kind or its URI per record.
  private let compiled = UnsafeMutableBufferPointer<Unmanaged<CompiledKind>?>.allocate(
    capacity: SchemaKind.allCases.count)

  /// A kind's compiled schema and the node its root starts at.
  private final class CompiledKind: Sendable {
    let validator: SchemaValidator
    let root: Int

    init(_ kind: SchemaKind) {
      // The bundled schemas are tested to compile, and the one root is the kind's.
      validator = try! SchemaValidator(documents: LedgerSchemas.documents, roots: [kind.uri])
      root = validator.root(of: kind.uri)!
    }
  }

  /// The one instance (`shared`) lives as long as the process: `compiled` is never freed.
  private init() {
    compiled.initialize(repeating: nil)
  }

  /// Every violation of `value` against the schema of `kind`, in document order.
  public func validate(_ value: JSONValue, as kind: SchemaKind) -> [SchemaViolation] {
    compiledSchema(of: kind)._withUnsafeGuaranteedRef {
      $0.validator.validate(value, root: $0.root)
    }
    .map { violation in
      var shortened = violation
      if shortened.keywordLocation.hasPrefix(Self.baseURI) {
        shortened.keywordLocation.removeFirst(Self.baseURI.count)
      }
      return shortened
    }
  }

  /// Whether the quiet evaluation `validate` asks first accepts `value` exactly when a
  /// reporting evaluation finds no violation (the fuzz harness asks it of any JSON).
  func quietAgreesWithReporting(_ value: JSONValue, as kind: SchemaKind) -> Bool {
    compiledSchema(of: kind)._withUnsafeGuaranteedRef {
      $0.validator.isValid(value, root: $0.root)
        == $0.validator.reportedViolations(of: value, root: $0.root).isEmpty
    }
  }

  /// The compiled schema of `kind`, compiled on first use.
  private func compiledSchema(of kind: SchemaKind) -> Unmanaged<CompiledKind> {
    lock.lock()
    defer { lock.unlock() }
    if let known = compiled[kind.ordinal] { return known }
    let made = Unmanaged.passRetained(CompiledKind(kind))
    compiled[kind.ordinal] = made
    return made
  }
}

extension SchemaKind {
  /// The kind's position in `allCases` (a dozen cases compared, no hashing).
  var ordinal: Int {
    Self.inOrder.firstIndex(of: self)!
  }

  /// `allCases`, made once (the synthesized property makes a new array at every call).
  private static let inOrder = allCases
}
