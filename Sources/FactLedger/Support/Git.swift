import Foundation

/// Runs git in a folder through `Process`, for what a ledger held at a revision.
///
/// Output and errors go through temporary files rather than pipes, so neither a large output
/// nor a chatty error stream can stall the child while it waits for a reader.
struct Git {
  /// The folder git runs in (`git -C`).
  var directory: String

  /// What a git command printed, and how it ended.
  struct Outcome {
    var status: Int32
    var output: [UInt8]
    var errors: String

    /// The output as text, without its final line break.
    var text: String {
      String(decoding: output, as: UTF8.self).trimmingCharacters(in: .newlines)
    }
  }

  /// The `git` executable on `PATH`.
  static let executable: URL? = {
    let searchPath = ProcessInfo.processInfo.environment["PATH"] ?? ""
    for folder in searchPath.split(separator: ":") where !folder.isEmpty {
      let candidate = URL(fileURLWithPath: String(folder)).appendingPathComponent("git")
      if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
    }
    return nil
  }()

  /// Runs `git -C directory arguments` with `input` on its standard input.
  ///
  /// - Throws: `GitError.notInstalled` without git; `GitError.failed` when it cannot be started.
  func run(_ arguments: [String], input: [UInt8] = []) throws(GitError) -> Outcome {
    guard let executable = Self.executable else { throw .notInstalled }
    let command = (["git"] + arguments).joined(separator: " ")
    let files = FileManager.default
    let folder = files.temporaryDirectory.appendingPathComponent(
      "factledger-git-\(UUID().uuidString)")
    defer { try? files.removeItem(at: folder) }
    let (inURL, outURL, errURL) = (
      folder.appendingPathComponent("in"), folder.appendingPathComponent("out"),
      folder.appendingPathComponent("err")
    )
    do {
      try files.createDirectory(at: folder, withIntermediateDirectories: true)
      try Data(input).write(to: inURL)
      try Data().write(to: outURL)
      try Data().write(to: errURL)
      let process = Process()
      process.executableURL = executable
      process.arguments = ["-C", directory] + arguments
      process.environment = Self.pinnedEnvironment
      let handles = try (
        FileHandle(forReadingFrom: inURL), FileHandle(forWritingTo: outURL),
        FileHandle(forWritingTo: errURL)
      )
      defer {
        for handle in [handles.0, handles.1, handles.2] { try? handle.close() }
      }
      (process.standardInput, process.standardOutput, process.standardError) = handles
      try process.run()
      process.waitUntilExit()
      return Outcome(
        status: process.terminationStatus, output: [UInt8](try Data(contentsOf: outURL)),
        errors: String(decoding: try Data(contentsOf: errURL), as: UTF8.self)
          .trimmingCharacters(in: .whitespacesAndNewlines))
    } catch {
      throw .failed(command: command, message: "\(error.localizedDescription)")
    }
  }
}

extension Git {
  /// The environment every git command runs in (`environment(_:currentFolder:resolve:)`),
  /// worked out once.
  static let pinnedEnvironment: [String: String] = environment()

  /// The environment git runs in: this process's, with what a hook set pinned to where this
  /// process started.
  ///
  /// git runs a hook with `GIT_INDEX_FILE` (often relative) and, in a linked worktree, with
  /// `GIT_DIR` and no `GIT_WORK_TREE`. Both are read from the current folder, the hook's,
  /// which is the working tree's top; `git -C ledger` would read them from the ledger's folder
  /// instead, and the staged files came out wrong. So a relative index is made absolute, and
  /// with a `GIT_DIR` the git folder and the working tree are taken from git itself, run where
  /// this process started (`resolve`, which gives `nil` outside a working tree), so
  /// `core.worktree` still counts.
  static func environment(
    _ inherited: [String: String] = ProcessInfo.processInfo.environment,
    currentFolder: String = FileManager.default.currentDirectoryPath,
    resolve: ([String: String]) -> (gitFolder: String, workTree: String)? = resolveHere
  ) -> [String: String] {
    var environment = inherited
    if let index = inherited["GIT_INDEX_FILE"], !index.isEmpty, !index.hasPrefix("/") {
      environment["GIT_INDEX_FILE"] = joinPath(currentFolder, index)
    }
    guard let gitFolder = inherited["GIT_DIR"], !gitFolder.isEmpty,
      let resolved = resolve(environment)
    else { return environment }
    environment["GIT_DIR"] = resolved.gitFolder
    environment["GIT_WORK_TREE"] = resolved.workTree
    return environment
  }

  /// The git folder and working tree git sees from the current folder, in `environment`.
  private static func resolveHere(_ environment: [String: String]) -> (
    gitFolder: String, workTree: String
  )? {
    guard let executable else { return nil }
    let process = Process()
    process.executableURL = executable
    process.arguments = ["rev-parse", "--absolute-git-dir", "--show-toplevel"]
    process.environment = environment
    let output = Pipe()
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    do {
      try process.run()
    } catch {
      return nil
    }
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    let lines = String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init)
    guard process.terminationStatus == 0, lines.count == 2 else { return nil }
    return (lines[0], lines[1])
  }
}

// MARK: - Queries

extension Git {
  /// One file of a commit's tree.
  struct TreeFile {
    /// Its path from the repository's top.
    var path: String
    /// Its blob's object id.
    var object: String
  }

  /// The path of `directory` inside its repository, ending in `/` (empty at the top).
  ///
  /// - Throws: `GitError.notARepository` when `directory` is in none.
  func prefix() throws(GitError) -> String {
    let outcome = try run(["rev-parse", "--show-prefix"])
    guard outcome.status == 0 else { throw .notARepository(path: directory) }
    return outcome.text
  }

  /// The commit `revision` names.
  ///
  /// - Throws: `GitError.unknownRevision` when it names none (or looks like an option).
  func commit(_ revision: String) throws(GitError) -> String {
    guard !revision.isEmpty, !revision.hasPrefix("-") else { throw .unknownRevision(revision) }
    // The object first, then its commit: `^{commit}` appended to `:/message` would become
    // part of the message searched for.
    let object = try run(["rev-parse", "--verify", "--quiet", revision])
    guard object.status == 0, !object.text.isEmpty else { throw .unknownRevision(revision) }
    let outcome = try run(["rev-parse", "--verify", "--quiet", object.text + "^{commit}"])
    guard outcome.status == 0, !outcome.text.isEmpty else { throw .unknownRevision(revision) }
    return outcome.text
  }

  /// The files of `commit` under `folder` (a path from the repository's top), at any depth.
  func files(of commit: String, under folder: String) throws(GitError) -> [TreeFile] {
    let arguments = ["ls-tree", "-r", "-z", "--full-name", commit, "--", ":(top)" + folder]
    let outcome = try run(arguments)
    guard outcome.status == 0 else {
      throw .failed(command: "git " + arguments.joined(separator: " "), message: outcome.errors)
    }
    // `<mode> blob <object>\t<path>\0`, one a file.
    return outcome.output.split(separator: 0).compactMap { entry in
      guard let tab = entry.firstIndex(of: UInt8(ascii: "\t")) else { return nil }
      let fields = entry[..<tab].split(separator: UInt8(ascii: " "))
      guard fields.count == 3, fields[1].elementsEqual("blob".utf8) else { return nil }
      return TreeFile(
        path: String(decoding: entry[(tab + 1)...], as: UTF8.self),
        object: String(decoding: fields[2], as: UTF8.self))
    }
  }

  /// The contents of each blob, in the order asked, read by one `git cat-file --batch`.
  func contents(of objects: [String]) throws(GitError) -> [[UInt8]] {
    guard !objects.isEmpty else { return [] }
    let outcome = try run(
      ["cat-file", "--batch"], input: Array(objects.map { $0 + "\n" }.joined().utf8))
    let failure = GitError.failed(command: "git cat-file --batch", message: outcome.errors)
    guard outcome.status == 0 else { throw failure }
    // Each object: `<object> blob <size>\n<contents>\n`.
    var blobs: [[UInt8]] = []
    var index = outcome.output.startIndex
    for _ in objects {
      guard let end = outcome.output[index...].firstIndex(of: UInt8(ascii: "\n")) else {
        throw failure
      }
      let header = outcome.output[index..<end].split(separator: UInt8(ascii: " "))
      guard header.count == 3, let size = Int(String(decoding: header[2], as: UTF8.self)),
        end + 1 + size <= outcome.output.endIndex
      else { throw failure }
      blobs.append(Array(outcome.output[(end + 1)..<(end + 1 + size)]))
      index = end + 1 + size + 1
    }
    return blobs
  }
}
