// The parts of a path, read on its bytes. Foundation's `NSString` path methods
// (`deletingLastPathComponent`, `lastPathComponent`) trap on a path of one character ("x",
// ".", "-"), and give "" for the folder of a bare name, which `joinPath` would turn into the
// root: every path a user names goes through these instead.

/// The folder that holds what `path` names: everything before its last component, trailing
/// slashes aside (`a/b/c` → `a/b`, `/a` → `/`, `a` → `.`, `/` → `/`).
package func parentFolder(of path: String) -> String {
  let trimmed = trimmingTrailingSlashes(path)
  guard let slash = trimmed.lastIndex(of: "/") else { return trimmed == "/" ? "/" : "." }
  let parent = trimmingTrailingSlashes(String(trimmed[..<slash]))
  return parent.isEmpty ? "/" : parent
}

/// The last component of `path`, trailing slashes aside (`a/b/c.json` → `c.json`, `d/` → `d`,
/// `/` → `/`).
package func lastComponent(of path: String) -> String {
  let trimmed = trimmingTrailingSlashes(path)
  guard trimmed != "/", let slash = trimmed.lastIndex(of: "/") else { return trimmed }
  return String(trimmed[trimmed.index(after: slash)...])
}

/// The extension of the last component of `path`, after its last `.` (`e.json` → `json`);
/// empty when it has none or only starts with one (`.hidden`).
package func fileExtension(of path: String) -> String {
  let name = lastComponent(of: path)
  guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
  return String(name[name.index(after: dot)...])
}

/// `path` without the slashes it ends with, unless it is only slashes (then `/`).
private func trimmingTrailingSlashes(_ path: String) -> String {
  var trimmed = Substring(path)
  while trimmed.utf8.count > 1, trimmed.utf8.last == UInt8(ascii: "/") {
    trimmed = trimmed.dropLast()
  }
  return String(trimmed)
}
