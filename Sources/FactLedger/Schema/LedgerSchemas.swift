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
/// time a file of its kind is validated: a command pays only for the kinds it reads, and a
/// thread validating beside others gets its own copy.
public final class LedgerSchemas: @unchecked Sendable {
  /// The base the bundled schemas are registered under; their relative `$ref`s resolve
  /// against it, as they resolve against `Schemas/` on disk.
  static let baseURI = "factledger:/schemas/"

  /// The compiled schemas, shared by every load.
  public static let shared = LedgerSchemas()

  /// The bundled schemas and the metaschemas, parsed, by URI: parsed anew for each compiled
  /// copy, so that two copies share no storage, not even their keywords' strings.
  private static func parsedDocuments() -> [String: JSONValue] {
    var documents: [String: JSONValue] = [:]
    for (uri, text) in Metaschema.documents {
      // The bundled schemas are tested to parse and compile; a failure here is a build defect.
      documents[uri] = try! JSONParser().parse(text)
    }
    for (name, text) in BundledSchemas.files {
      documents[baseURI + name] = try! JSONParser().parse(text)
    }
    return documents
  }

  private let lock = NSLock()
  /// Compiled validators not in use, by kind. A thread validating takes one for itself and
  /// gives it back after: compiled nodes are reference-counted, and two cores counting on the
  /// same nodes would pass their cache lines back and forth on every step. There are as many
  /// copies of a kind as threads ever validated it at once.
  private var idle: [SchemaKind: [SchemaValidator]] = [:]

  private init() {}

  /// Every violation of `value` against the schema of `kind`, in document order.
  public func validate(_ value: JSONValue, as kind: SchemaKind) -> [SchemaViolation] {
    let validator = takeValidator(for: kind)
    defer { giveBack(validator, for: kind) }
    // The validator's one root is the kind's, so the lookup cannot fail.
    return ((try? validator.validate(value, against: kind.uri)) ?? []).map { violation in
      var shortened = violation
      if shortened.keywordLocation.hasPrefix(Self.baseURI) {
        shortened.keywordLocation.removeFirst(Self.baseURI.count)
      }
      return shortened
    }
  }

  /// An idle compiled schema of `kind`, or one compiled now (outside the lock, so threads
  /// starting together compile side by side).
  private func takeValidator(for kind: SchemaKind) -> SchemaValidator {
    lock.lock()
    let idleOne = idle[kind]?.popLast()
    lock.unlock()
    if let idleOne { return idleOne }
    return try! SchemaValidator(documents: Self.parsedDocuments(), roots: [kind.uri])
  }

  private func giveBack(_ validator: SchemaValidator, for kind: SchemaKind) {
    lock.lock()
    defer { lock.unlock() }
    idle[kind, default: []].append(validator)
  }
}
