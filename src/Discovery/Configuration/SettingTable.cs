using Discovery.Credentials;
using Discovery.CrawlLog;
using Discovery.Scanning.Probes;
using Discovery.Store;
using static Discovery.Configuration.SettingKeys;

namespace Discovery.Configuration;

/// <summary>
/// The one table of settings: each key's type, default, <c>DISCOVER_*</c> variable, flag and help. Every
/// command takes its options from here (generated, so <c>--help</c> and the defaults come from one place), and
/// <c>config show</c> prints all of it. A default is declared here and nowhere else; folders that depend on
/// the environment get theirs from <see cref="WithDefaults"/>.
/// </summary>
internal static class SettingTable
{
    /// <summary>Every definition, in the order <c>config show</c> prints them.</summary>
    public static IReadOnlyList<SettingDefinition> All { get; } =
    [
        new() { Key = TargetList, EnvironmentVariable = "DISCOVER_TARGETS", Flag = "--target", Kind = SettingKind.List, HelpName = "TARGETS", Description = "What to scan: CIDRs, ranges, addresses, host names (nmap forms; comma lists allowed)" },
        new() { Key = TargetFiles, EnvironmentVariable = "DISCOVER_TARGET_FILES", Flag = "--input-file", Aliases = ["-iL"], Kind = SettingKind.List, HelpName = "FILE", Description = "Read targets from FILE (one or more a line, # comments)" },
        new() { Key = Exclude, EnvironmentVariable = "DISCOVER_EXCLUDE", Flag = "--exclude", Kind = SettingKind.List, HelpName = "TARGETS", Description = "Skip these targets (same forms)" },
        new() { Key = ExcludeFiles, EnvironmentVariable = "DISCOVER_EXCLUDE_FILES", Flag = "--exclude-file", Aliases = ["--excludefile"], Kind = SettingKind.List, HelpName = "FILE", Description = "Skip the targets listed in FILE" },
        new() { Key = Ports, EnvironmentVariable = "DISCOVER_PORTS", Flag = "--ports", Aliases = ["-p"], Kind = SettingKind.List, Default = "443", HelpName = "PORTS", Description = "Redfish ports: 443, 443,8443, 8000-8010; prefix http: or https: per port" },
        new() { Key = Http, EnvironmentVariable = "DISCOVER_HTTP", Flag = "--http", Kind = SettingKind.Bool, Default = "false", Description = "Speak plain HTTP on ports without a prefix (default HTTPS)" },
        new() { Key = ScanTimeout, EnvironmentVariable = "DISCOVER_SCAN_TIMEOUT", Flag = "--scan-timeout", StageAliases = ["--timeout"], Kind = SettingKind.Duration, Default = "3s", ZeroDurationAllowed = false, LongestDuration = TimeSpan.FromHours(1), Description = "Per-probe time limit of the scan (500ms, 3s; at most 1h)" },
        new() { Key = ScanConcurrency, EnvironmentVariable = "DISCOVER_SCAN_CONCURRENCY", Flag = "--scan-concurrency", StageAliases = ["--concurrency", "-c"], Kind = SettingKind.Integer, Minimum = 1, Maximum = 16384, Default = "512", HelpName = "N", Description = "Probes in flight at most (each holds one socket)" },
        new() { Key = Ssdp, EnvironmentVariable = "DISCOVER_SSDP", Flag = "--ssdp", Kind = SettingKind.Bool, Default = "false", Description = "Also send a unicast Redfish SSDP M-SEARCH to each target" },
        new() { Key = SsdpPort, EnvironmentVariable = "DISCOVER_SSDP_PORT", Flag = "--ssdp-port", Kind = SettingKind.Integer, Minimum = 1, Maximum = 65535, Default = $"{SsdpProbe.DefaultPort}", HelpName = "PORT", Description = "UDP port for SSDP" },
        new() { Key = SsdpMulticast, EnvironmentVariable = "DISCOVER_SSDP_MULTICAST", Flag = "--ssdp-multicast", Kind = SettingKind.Bool, Default = "false", Description = "Also multicast one M-SEARCH to 239.255.255.250:1900 (answers outside the targets are ignored)" },
        new() { Key = Ipmi, EnvironmentVariable = "DISCOVER_IPMI", Flag = "--ipmi", Kind = SettingKind.Bool, Default = "false", Description = "Also send the IPMI RMCP presence ping; lists hosts with IPMI but no Redfish" },
        new() { Key = IpmiPort, EnvironmentVariable = "DISCOVER_IPMI_PORT", Flag = "--ipmi-port", Kind = SettingKind.Integer, Minimum = 1, Maximum = 65535, Default = $"{IpmiProbe.DefaultPort}", HelpName = "PORT", Description = "UDP port for the IPMI ping" },
        new() { Key = Mdns, EnvironmentVariable = "DISCOVER_MDNS", Flag = "--mdns", Kind = SettingKind.Bool, Default = "false", Description = "Also browse mDNS for _redfish._tcp and _obmc_redfish._tcp and confirm each service advertised (targets, when given, limit which)" },
        new() { Key = MdnsDuration, EnvironmentVariable = "DISCOVER_MDNS_DURATION", Flag = "--mdns-duration", Kind = SettingKind.Duration, Default = "3s", ZeroDurationAllowed = false, LongestDuration = TimeSpan.FromMinutes(10), Description = "How long the mDNS browse listens for answers (at most 10m)" },
        new() { Key = Username, EnvironmentVariable = "DISCOVER_USERNAME", Flag = "--username", Aliases = ["-u"], Default = CredentialRequest.DefaultUsername, HelpName = "NAME", Description = "BMC account for BMCs without a secrets-store entry" },
        new() { Key = Password, EnvironmentVariable = PasswordResolver.EnvironmentVariable, Secret = true, AllowedInFile = false, Description = "The BMC password (environment only; prefer the password file or the secrets store)" },
        new() { Key = PasswordFile, EnvironmentVariable = "DISCOVER_PASSWORD_FILE", Flag = "--password-file", Kind = SettingKind.Path, HelpName = "FILE", Description = $"Read the BMC password from the first line of FILE (else {PasswordResolver.EnvironmentVariable}, --password-stdin, or the secrets store)" },
        new() { Key = PasswordStdin, Flag = "--password-stdin", Kind = SettingKind.Bool, Default = "false", Description = "Read the BMC password from the first line of standard input" },
        new() { Key = SecretsStoreEnabled, EnvironmentVariable = "DISCOVER_SECRETS_STORE", NegatedFlag = "--no-secrets-store", Kind = SettingKind.Bool, Default = "true", Description = "Use the encrypted secrets store" },
        new() { Key = SecretsStoreFile, EnvironmentVariable = "DISCOVER_SECRETS_FILE", Flag = "--secrets-file", Kind = SettingKind.Path, HelpName = "FILE", Description = "The encrypted secrets store (default $XDG_CONFIG_HOME/discover/secrets.json)" },
        new() { Key = SecretsKeyFile, EnvironmentVariable = "DISCOVER_SECRETS_KEY_FILE", Flag = "--secrets-key-file", Kind = SettingKind.Path, HelpName = "FILE", Description = $"The secrets store's key file (or {SecretsKey.EnvironmentVariable}, base64)" },
        new() { Key = Profile, EnvironmentVariable = "DISCOVER_PROFILE", Flag = "--profile", Kind = SettingKind.Choice, Choices = ["inventory", "full", "nodes"], Default = "inventory", Description = "What to walk: inventory (Systems, Managers, Chassis, firmware, parts), full (all but schemas, registries, log entries) or nodes (inventory without parts)" },
        new() { Key = IdMap, EnvironmentVariable = "DISCOVER_ID_MAP", Flag = "--id-map", Kind = SettingKind.Path, HelpName = "FILE", Description = "YAML or JSON file mapping BMC IPs or MACs to xnames (else xnames are derived without collisions)" },
        new() { Key = LocateMap, EnvironmentVariable = "DISCOVER_LOCATION_MAP", Flag = "--location-map", Kind = SettingKind.Path, HelpName = "FILE", Description = "YAML location map: switches (SNMP), port -> xname, uplinks; names BMCs by the switch port their MAC is on (after --id-map)" },
        new() { Key = UplinkMacs, EnvironmentVariable = "DISCOVER_UPLINK_MACS", Flag = "--uplink-macs", Kind = SettingKind.Integer, Minimum = 1, Maximum = 1000000, Default = "8", HelpName = "N", Description = "A switch port with more than N MACs is an uplink, never a BMC's edge port" },
        new() { Key = ParallelBmcs, EnvironmentVariable = "DISCOVER_PARALLEL", Flag = "--parallel", Kind = SettingKind.Integer, Minimum = 1, Maximum = 4096, Default = "64", HelpName = "N", Description = "BMCs collected at once" },
        new() { Key = PerBmc, EnvironmentVariable = "DISCOVER_PER_BMC", Flag = "--per-bmc", Kind = SettingKind.Integer, Minimum = 1, Maximum = 16, Default = "2", HelpName = "N", Description = "Requests in flight per BMC" },
        new() { Key = RequestTimeout, EnvironmentVariable = "DISCOVER_REQUEST_TIMEOUT", Flag = "--request-timeout", StageAliases = ["--timeout"], Kind = SettingKind.Duration, Default = "15s", ZeroDurationAllowed = false, LongestDuration = TimeSpan.FromHours(1), Description = "Time limit of one Redfish request attempt (a number is seconds; at most 1h)" },
        new() { Key = Retries, EnvironmentVariable = "DISCOVER_RETRIES", Flag = "--retries", Kind = SettingKind.Integer, Minimum = 0, Maximum = 10, Default = "2", HelpName = "N", Description = "Retries on 5xx and timeouts (never on 401/403/404)" },
        new() { Key = CaCert, EnvironmentVariable = "DISCOVER_CACERT", Flag = "--cacert", Kind = SettingKind.Path, HelpName = "FILE", Description = "Verify BMC certificates against the CA certificates in this PEM file" },
        new() { Key = Pin, EnvironmentVariable = "DISCOVER_PIN", Flag = "--pin", Kind = SettingKind.Bool, Default = "false", Description = "Trust each BMC's certificate on first use and refuse it if it changes later (pins in the state folder)" },
        new() { Key = LogDir, EnvironmentVariable = CrawlLogDirectory.EnvironmentVariable, Flag = "--log-dir", Kind = SettingKind.Path, HelpName = "DIR", Description = "Crawl log directory (default $XDG_DATA_HOME/discover/logs or ~/.local/share/discover/logs)" },
        new() { Key = LogEnabled, EnvironmentVariable = "DISCOVER_LOG", NegatedFlag = "--no-log", Kind = SettingKind.Bool, Default = "true", Description = "Write the crawl log" },
        new() { Key = KeepDays, EnvironmentVariable = "DISCOVER_KEEP_DAYS", Flag = "--keep-days", Kind = SettingKind.Integer, Minimum = 0, Maximum = 36500, Default = "0", HelpName = "N", Description = "Remove crawl-log partitions older than this many days (0 keeps all)" },
        new() { Key = LogLevel, EnvironmentVariable = "DISCOVER_LOG_LEVEL", Flag = "--log-level", Kind = SettingKind.Choice, Choices = ["trace", "debug", "information", "warning", "error", "none"], Default = "warning", Description = "What the run says on stderr about its own work (-v: debug)" },
        new() { Key = StoreEnabled, EnvironmentVariable = "DISCOVER_STORE", Flag = "--store", NegatedFlag = "--no-store", Kind = SettingKind.Bool, Default = "true", Description = "Upsert what was found into the inventory store" },
        new() { Key = DataDir, EnvironmentVariable = InventoryStoreDirectory.EnvironmentVariable, Flag = "--data-dir", Kind = SettingKind.Path, HelpName = "DIR", Description = "The inventory store's folder (default $XDG_DATA_HOME/discover/store or ~/.local/share/discover/store)" },
        new() { Key = Server, EnvironmentVariable = "DISCOVER_SERVER", Flag = "--server", Kind = SettingKind.Url, HelpName = "URL", Description = "Upsert through this running 'discover serve' instead of the local store" },
        new() { Key = ServerToken, EnvironmentVariable = "DISCOVER_TOKEN", Secret = true, AllowedInFile = false, Description = "Bearer token for --server (environment only)" },
        new() { Key = ServerTokenFile, EnvironmentVariable = "DISCOVER_TOKEN_FILE", Flag = "--token-file", Kind = SettingKind.Path, HelpName = "FILE", Description = "File holding the bearer token for --server (else DISCOVER_TOKEN)" },
        new() { Key = SmdUrl, EnvironmentVariable = "DISCOVER_SMD_URL", Flag = "--smd", Kind = SettingKind.Url, HelpName = "URL", Description = "Register with the OpenCHAMI SMD at URL (e.g. http://smd:27779); unset skips SMD" },
        new() { Key = SmdToken, EnvironmentVariable = "ACCESS_TOKEN", Secret = true, AllowedInFile = false, Description = "SMD's access token (environment only, the OpenCHAMI convention)" },
        new() { Key = SmdTokenFile, EnvironmentVariable = "DISCOVER_SMD_TOKEN_FILE", Flag = "--access-token-file", Kind = SettingKind.Path, HelpName = "FILE", Description = "Read SMD's access token (a JWT) from the first line of FILE (else ACCESS_TOKEN; none sends no Authorization header)" },
        new() { Key = SmdCaCert, EnvironmentVariable = "DISCOVER_SMD_CACERT", Flag = "--smd-cacert", StageAliases = ["--cacert"], Kind = SettingKind.Path, HelpName = "FILE", Description = "Verify SMD's certificate against the CA certificates in this PEM file (default: the system's trust store)" },
        new() { Key = SmdRetries, EnvironmentVariable = "DISCOVER_SMD_RETRIES", Flag = "--smd-retries", StageAliases = ["--retries"], Kind = SettingKind.Integer, Minimum = 0, Maximum = 10, Default = "3", HelpName = "N", Description = "Retries of an SMD request on 5xx, timeouts and refused connections, with exponential backoff" },
        new() { Key = SmdSendPassword, EnvironmentVariable = "DISCOVER_SMD_SEND_BMC_PASSWORD", Flag = "--send-bmc-password", Kind = SettingKind.Bool, Default = "false", Description = "Put each BMC's password into its RedfishEndpoint (SMD stores it to reach the BMC; never printed)" },
        new() { Key = SmdDryRun, Flag = "--smd-dry-run", StageAliases = ["--dry-run"], Kind = SettingKind.Bool, Default = "false", Description = "Contact no SMD: print each write that would be sent as one JSON object per line (method, url, body; password masked)" },
        new() { Key = SmdForce, EnvironmentVariable = "DISCOVER_SMD_FORCE", Flag = "--smd-force", StageAliases = ["--force"], Kind = SettingKind.Bool, Default = "false", Description = "Send every BMC, also those SMD confirmed unchanged since the last send" },
        new() { Key = BootBssUrl, EnvironmentVariable = "DISCOVER_BSS_URL", Flag = "--bss", Kind = SettingKind.Url, HelpName = "URL", Description = "The OpenCHAMI BSS that boot parameters go to (e.g. http://bss:27778); its token is SMD's (--access-token-file, ACCESS_TOKEN)" },
        new() { Key = BootCloudInitUrl, EnvironmentVariable = "DISCOVER_CLOUD_INIT_URL", Flag = "--cloud-init", Kind = SettingKind.Url, HelpName = "URL", Description = "The OpenCHAMI cloud-init server that groups' user-data goes to (e.g. http://cloud-init:27777)" },
        new() { Key = StateDir, EnvironmentVariable = StateDirectory.EnvironmentVariable, Flag = "--state-dir", Kind = SettingKind.Path, HelpName = "DIR", Description = "State folder: lock, last scan, pins, SMD state (default $XDG_STATE_HOME/discover)" },
        new() { Key = Jitter, EnvironmentVariable = "DISCOVER_JITTER", Flag = "--jitter", Kind = SettingKind.Duration, Default = "0s", LongestDuration = TimeSpan.FromDays(1), Description = "Wait a random time up to this before starting (spreads cron jobs; at most 1d)" },
        new() { Key = Deadline, EnvironmentVariable = "DISCOVER_DEADLINE", Flag = "--deadline", Kind = SettingKind.Duration, LongestDuration = TimeSpan.FromDays(7), Description = "Stop cleanly after this long; results so far are written and marked partial (at most 7d)" },
        new() { Key = MissingAfter, EnvironmentVariable = "DISCOVER_MISSING_AFTER", Flag = "--missing-after", Kind = SettingKind.Integer, Minimum = 1, Maximum = 1000, Default = "3", HelpName = "N", Description = "Report a BMC or node removed after this many runs without it" },
        new() { Key = QuietUnchanged, EnvironmentVariable = "DISCOVER_QUIET_UNCHANGED", Flag = "--quiet-unchanged", Kind = SettingKind.Bool, Default = "false", Description = "Print nothing when nothing changed (cron mails only on change)" },
        new() { Key = Listen, EnvironmentVariable = "DISCOVER_LISTEN", Flag = "--listen", Default = "127.0.0.1:8080", HelpName = "ADDR:PORT", Description = "ADDRESS:PORT to listen on" },
        new() { Key = InMemory, EnvironmentVariable = "DISCOVER_IN_MEMORY", Flag = "--in-memory", Kind = SettingKind.Bool, Default = "false", Description = "Keep the working set in memory only (snapshots still go to --data-dir/snapshots)" },
        new() { Key = Auth, EnvironmentVariable = "DISCOVER_AUTH", Flag = "--auth", Kind = SettingKind.Choice, Choices = ["jwt", "none"], Default = "jwt", Description = "jwt (mutations need a bearer token) or none (anyone who reaches the port may write)" },
        new() { Key = JwtSecret, EnvironmentVariable = "DISCOVER_JWT_SECRET", Secret = true, AllowedInFile = false, Description = "The HS256 secret of serve and token (environment only)" },
        new() { Key = JwtSecretFile, EnvironmentVariable = "DISCOVER_JWT_SECRET_FILE", Flag = "--jwt-secret-file", Kind = SettingKind.Path, HelpName = "FILE", Description = "File with the HS256 secret, at least 32 bytes (else DISCOVER_JWT_SECRET)" },
        new() { Key = Jwks, EnvironmentVariable = "DISCOVER_JWKS", Flag = "--jwks", Kind = SettingKind.Path, HelpName = "FILE", Description = "JWKS file whose keys verify tokens (RS256, ES256, ...)" },
        new() { Key = JwtIssuer, EnvironmentVariable = "DISCOVER_JWT_ISSUER", Flag = "--jwt-issuer", HelpName = "ISSUER", Description = "Require this iss claim" },
        new() { Key = JwtAudience, EnvironmentVariable = "DISCOVER_JWT_AUDIENCE", Flag = "--jwt-audience", HelpName = "AUDIENCE", Description = "Require this aud claim" },
        new() { Key = SnapshotInterval, EnvironmentVariable = "DISCOVER_SNAPSHOT_INTERVAL", Flag = "--snapshot-interval", Kind = SettingKind.Duration, Default = "15m", LongestDuration = TimeSpan.FromDays(7), Description = "Snapshot this often when something changed (0: only at shutdown; at most 7d)" },
        new() { Key = SnapshotRetain, EnvironmentVariable = "DISCOVER_SNAPSHOT_RETAIN", Flag = "--snapshot-retain", Kind = SettingKind.Integer, Minimum = 1, Maximum = 100000, Default = "24", HelpName = "N", Description = "Snapshots to keep" },
    ];

    /// <summary>The definitions of <paramref name="keys"/>, in table order.</summary>
    public static IReadOnlyList<SettingDefinition> Of(IEnumerable<string> keys)
    {
        var wanted = keys.ToHashSet(StringComparer.Ordinal);
        return [.. All.Where(d => wanted.Contains(d.Key))];
    }

    /// <summary>
    /// <paramref name="definitions"/> with the defaults that depend on the environment filled in: the crawl log,
    /// state and store folders, under the XDG folders the other tools use.
    /// </summary>
    public static IReadOnlyList<SettingDefinition> WithDefaults(IReadOnlyList<SettingDefinition> definitions, Func<string, string?> getEnvironmentVariable)
    {
        ArgumentNullException.ThrowIfNull(definitions);
        return [.. definitions.Select(d => d.Key switch
        {
            LogDir => d with { Default = CrawlLogDirectory.ResolveDefault(getEnvironmentVariable) },
            StateDir => d with { Default = StateDirectory.ResolveDefault(getEnvironmentVariable) },
            DataDir => d with { Default = InventoryStoreDirectory.ResolveDefault(getEnvironmentVariable) },
            _ => d,
        })];
    }
}
