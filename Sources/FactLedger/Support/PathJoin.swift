/// Joins a folder and a name with one `/`, as every path in diagnostics is written.
///
/// - Parameters:
///   - folder: A folder, with or without a trailing `/`.
///   - name: A name or a relative path inside it.
/// - Returns: `folder/name`, with no `/` doubled where they meet.
package func joinPath(_ folder: String, _ name: String) -> String {
  folder.hasSuffix("/") ? folder + name : folder + "/" + name
}
