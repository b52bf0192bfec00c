using Discovery.Configuration;
using Discovery.Credentials;
using Discovery.Cli.Commands;
using Discovery.CrawlLog;
using Discovery.Store;

namespace Discovery.Cli.Run;

/// <summary>
/// Every setting of <c>discover run</c>: its config-file key, its <c>DISCOVER_*</c> variable and its flag. One
/// table, so the config file, the environment, the flags, <c>config show</c> and the docs cannot drift apart.
/// </summary>
internal static class RunSettingKeys
{
    public const string Targets = "targets";
    public const string Exclude = "exclude";
    public const string Ports = "ports";
    public const string Http = "http";
    public const string ScanTimeout = "scan.timeout";
    public const string ScanConcurrency = "scan.concurrency";
    public const string Username = "credentials.username";
    public const string Password = "credentials.password";
    public const string PasswordFile = "credentials.password_file";
    public const string SecretsFile = "credentials.secrets_file";
    public const string SecretsKeyFile = "credentials.secrets_key_file";
    public const string Profile = "collect.profile";
    public const string IdMap = "collect.id_map";
    public const string Parallel = "collect.parallel";
    public const string PerBmc = "collect.per_bmc";
    public const string RequestTimeout = "collect.request_timeout";
    public const string Retries = "collect.retries";
    public const string CaCert = "tls.cacert";
    public const string Pin = "tls.pin";
    public const string LogDir = "log.dir";
    public const string KeepDays = "log.keep_days";
    public const string StoreEnabled = "store.enabled";
    public const string DataDir = "store.data_dir";
    public const string Server = "store.server";
    public const string ServerToken = "store.token";
    public const string ServerTokenFile = "store.token_file";
    public const string SmdUrl = "smd.url";
    public const string SmdToken = "smd.access_token";
    public const string SmdTokenFile = "smd.access_token_file";
    public const string SmdCaCert = "smd.cacert";
    public const string StateDir = "run.state_dir";
    public const string Jitter = "run.jitter";
    public const string Deadline = "run.deadline";
    public const string MissingAfter = "run.missing_after";
    public const string QuietUnchanged = "run.quiet_unchanged";

    /// <summary>The definitions, in the order <c>config show</c> prints them.</summary>
    public static IReadOnlyList<SettingDefinition> All { get; } =
    [
        new() { Key = Targets, EnvironmentVariable = "DISCOVER_TARGETS", Flag = "--target", Kind = SettingKind.List, Description = "What to scan: CIDRs, ranges, addresses, host names (nmap forms)" },
        new() { Key = Exclude, EnvironmentVariable = "DISCOVER_EXCLUDE", Flag = "--exclude", Kind = SettingKind.List, Description = "Targets to skip" },
        new() { Key = Ports, EnvironmentVariable = "DISCOVER_PORTS", Flag = "--ports", Default = "443", Description = "Redfish ports: 443, 443,8443, http:8000" },
        new() { Key = Http, EnvironmentVariable = "DISCOVER_HTTP", Flag = "--http", Kind = SettingKind.Bool, Default = "false", Description = "Plain HTTP on ports without a prefix" },
        new() { Key = ScanTimeout, EnvironmentVariable = "DISCOVER_SCAN_TIMEOUT", Flag = "--scan-timeout", Kind = SettingKind.Duration, Default = "3s", Description = "Per-probe time limit of the scan" },
        new() { Key = ScanConcurrency, EnvironmentVariable = "DISCOVER_SCAN_CONCURRENCY", Flag = "--scan-concurrency", Kind = SettingKind.Integer, Minimum = 1, Maximum = 16384, Default = "512", Description = "Probes in flight at most" },
        new() { Key = Username, EnvironmentVariable = "DISCOVER_USERNAME", Flag = "--username", Default = CredentialRequest.DefaultUsername, Description = "BMC account for BMCs without a stored entry" },
        new() { Key = Password, EnvironmentVariable = PasswordResolver.EnvironmentVariable, Secret = true, AllowedInFile = false, Description = "The BMC password (environment only; prefer the password file or the secrets store)" },
        new() { Key = PasswordFile, EnvironmentVariable = "DISCOVER_PASSWORD_FILE", Flag = "--password-file", Kind = SettingKind.Path, Description = $"File whose first line is the BMC password (else {PasswordResolver.EnvironmentVariable} or the secrets store)" },
        new() { Key = SecretsFile, EnvironmentVariable = "DISCOVER_SECRETS_FILE", Flag = "--secrets-file", Kind = SettingKind.Path, Description = "The encrypted secrets store (default under $XDG_CONFIG_HOME/discover)" },
        new() { Key = SecretsKeyFile, EnvironmentVariable = "DISCOVER_SECRETS_KEY_FILE", Flag = "--secrets-key-file", Kind = SettingKind.Path, Description = $"The secrets store's key file (or {SecretsKey.EnvironmentVariable})" },
        new() { Key = Profile, EnvironmentVariable = "DISCOVER_PROFILE", Flag = "--profile", Kind = SettingKind.Choice, Choices = ["inventory", "full"], Default = "inventory", Description = "What to walk on each BMC" },
        new() { Key = IdMap, EnvironmentVariable = "DISCOVER_ID_MAP", Flag = "--id-map", Kind = SettingKind.Path, Description = "YAML or JSON file mapping BMC IPs or MACs to xnames" },
        new() { Key = Parallel, EnvironmentVariable = "DISCOVER_PARALLEL", Flag = "--parallel", Kind = SettingKind.Integer, Minimum = 1, Maximum = 4096, Default = "64", Description = "BMCs collected at once" },
        new() { Key = PerBmc, EnvironmentVariable = "DISCOVER_PER_BMC", Flag = "--per-bmc", Kind = SettingKind.Integer, Minimum = 1, Maximum = 16, Default = "2", Description = "Requests in flight per BMC" },
        new() { Key = RequestTimeout, EnvironmentVariable = "DISCOVER_REQUEST_TIMEOUT", Flag = "--request-timeout", Kind = SettingKind.Duration, Default = "15s", Description = "Time limit of one Redfish request attempt" },
        new() { Key = Retries, EnvironmentVariable = "DISCOVER_RETRIES", Flag = "--retries", Kind = SettingKind.Integer, Minimum = 0, Maximum = 10, Default = "2", Description = "Retries on 5xx and timeouts" },
        new() { Key = CaCert, EnvironmentVariable = "DISCOVER_CACERT", Flag = "--cacert", Kind = SettingKind.Path, Description = "Verify BMC certificates against this CA file" },
        new() { Key = Pin, EnvironmentVariable = "DISCOVER_PIN", Flag = "--pin", Kind = SettingKind.Bool, Default = "false", Description = "Trust BMC certificates on first use; refuse changed ones" },
        new() { Key = LogDir, EnvironmentVariable = CrawlLogDirectory.EnvironmentVariable, Flag = "--log-dir", Kind = SettingKind.Path, Description = "Crawl log directory (default $XDG_DATA_HOME/discover/logs)" },
        new() { Key = KeepDays, EnvironmentVariable = "DISCOVER_KEEP_DAYS", Flag = "--keep-days", Kind = SettingKind.Integer, Minimum = 0, Maximum = 36500, Default = "0", Description = "Remove crawl-log partitions older than this many days (0 keeps all)" },
        new() { Key = StoreEnabled, EnvironmentVariable = "DISCOVER_STORE", Flag = "--store", Kind = SettingKind.Bool, Default = "true", Description = "Upsert what was found into the inventory store" },
        new() { Key = DataDir, EnvironmentVariable = InventoryStoreDirectory.EnvironmentVariable, Flag = "--data-dir", Kind = SettingKind.Path, Description = "The inventory store's folder (default $XDG_DATA_HOME/discover/store)" },
        new() { Key = Server, EnvironmentVariable = InventoryOptions.ServerVariable, Flag = "--server", Kind = SettingKind.Url, Description = "Upsert through this running 'discover serve' instead of the local store" },
        new() { Key = ServerToken, EnvironmentVariable = InventoryOptions.TokenVariable, Secret = true, AllowedInFile = false, Description = "Bearer token for --server (environment only)" },
        new() { Key = ServerTokenFile, EnvironmentVariable = "DISCOVER_TOKEN_FILE", Flag = "--token-file", Kind = SettingKind.Path, Description = "File holding the bearer token for --server" },
        new() { Key = SmdUrl, EnvironmentVariable = "DISCOVER_SMD_URL", Flag = "--smd", Kind = SettingKind.Url, Description = "Register with this SMD (e.g. https://smd:27779); unset skips SMD" },
        new() { Key = SmdToken, EnvironmentVariable = "ACCESS_TOKEN", Secret = true, AllowedInFile = false, Description = "SMD's access token (environment only, the OpenCHAMI convention)" },
        new() { Key = SmdTokenFile, EnvironmentVariable = "DISCOVER_SMD_TOKEN_FILE", Flag = "--access-token-file", Kind = SettingKind.Path, Description = "File holding SMD's access token (else ACCESS_TOKEN)" },
        new() { Key = SmdCaCert, EnvironmentVariable = "DISCOVER_SMD_CACERT", Flag = "--smd-cacert", Kind = SettingKind.Path, Description = "Verify SMD's certificate against this CA file" },
        new() { Key = StateDir, EnvironmentVariable = "DISCOVER_STATE_DIR", Flag = "--state-dir", Kind = SettingKind.Path, Description = "State folder: lock, last scan, pins (default $XDG_STATE_HOME/discover)" },
        new() { Key = Jitter, EnvironmentVariable = "DISCOVER_JITTER", Flag = "--jitter", Kind = SettingKind.Duration, Default = "0s", Description = "Wait a random time up to this before starting (spreads cron jobs)" },
        new() { Key = Deadline, EnvironmentVariable = "DISCOVER_DEADLINE", Flag = "--deadline", Kind = SettingKind.Duration, Description = "Stop cleanly after this long; results so far are written and marked partial" },
        new() { Key = MissingAfter, EnvironmentVariable = "DISCOVER_MISSING_AFTER", Flag = "--missing-after", Kind = SettingKind.Integer, Minimum = 1, Maximum = 1000, Default = "3", Description = "Report a BMC or node removed after this many runs without it" },
        new() { Key = QuietUnchanged, EnvironmentVariable = "DISCOVER_QUIET_UNCHANGED", Flag = "--quiet-unchanged", Kind = SettingKind.Bool, Default = "false", Description = "Print nothing when nothing changed (cron mails only on change)" },
    ];
}
