/// The draft 2020-12 meta-schema and its vocabulary meta-schemas, as json-schema.org
/// publishes them, so that a schema referring to them (`"$ref":
/// "https://json-schema.org/draft/2020-12/schema"`) resolves without a network.
///
/// Their texts, `documents`, are generated into `Metaschema+Generated.swift` from
/// `Schemas/json-schema.org/` by `swift run generate-factledger`.
enum Metaschema {
  /// The documents parsed, by URI.
  ///
  /// The texts are the official ones, compiled in and tested to parse, so one that does not
  /// parse is a defect of the build, never of a user's input: it stops the program with the
  /// parse error, where a stand-in value would make every schema referring to it fail far
  /// from the cause.
  static let parsedDocuments: [String: JSONValue] = {
    var parsed: [String: JSONValue] = [:]
    for (uri, text) in documents {
      do throws(JSONSyntaxError) {
        parsed[uri] = try JSONParser().parse(text)
      } catch {
        fatalError(
          "the bundled meta-schema '\(uri)' does not parse at \(error.location): \(error.message)")
      }
    }
    return parsed
  }()
}
