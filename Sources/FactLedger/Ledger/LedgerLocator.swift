/// Finds the ledger folder: `--ledger DIR`, else `FACTLEDGER_LEDGER`, else `./Ledger`.
public enum LedgerLocator {
  /// The environment variable that names the ledger.
  public static let environmentVariable = "FACTLEDGER_LEDGER"
  /// The folder used when nothing else names one.
  public static let defaultPath = "Ledger"

  /// The ledger path to use.
  ///
  /// - Parameters:
  ///   - option: The value of `--ledger`, if given.
  ///   - environment: The process environment.
  /// - Returns: The first of option, environment variable and default that is set and not empty.
  public static func path(option: String?, environment: [String: String]) -> String {
    if let option, !option.isEmpty { return option }
    if let fromEnvironment = environment[environmentVariable], !fromEnvironment.isEmpty {
      return fromEnvironment
    }
    return defaultPath
  }
}
