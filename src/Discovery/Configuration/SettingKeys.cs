namespace Discovery.Configuration;

/// <summary>
/// The key of every setting of every command (<c>scan</c>, <c>collect</c>, <c>crawl</c>, <c>run</c>, <c>send</c>,
/// <c>serve</c>), as written in a config file. Their definitions (type, default, variable, flag, help) are
/// <see cref="SettingTable.All"/>: one table, so the config file, the environment, the flags, <c>--help</c> and
/// <c>config show</c> cannot drift apart.
/// </summary>
internal static class SettingKeys
{
    public const string TargetList = "targets";
    public const string TargetFiles = "target_files";
    public const string Exclude = "exclude";
    public const string ExcludeFiles = "exclude_files";
    public const string Ports = "ports";
    public const string Http = "http";
    public const string ScanTimeout = "scan.timeout";
    public const string ScanConcurrency = "scan.concurrency";
    public const string Ssdp = "scan.ssdp";
    public const string SsdpPort = "scan.ssdp_port";
    public const string SsdpMulticast = "scan.ssdp_multicast";
    public const string Ipmi = "scan.ipmi";
    public const string IpmiPort = "scan.ipmi_port";
    public const string Mdns = "scan.mdns";
    public const string MdnsDuration = "scan.mdns_duration";
    public const string Username = "credentials.username";
    public const string Password = "credentials.password";
    public const string PasswordFile = "credentials.password_file";
    public const string PasswordStdin = "credentials.password_stdin";
    public const string SecretsStoreEnabled = "credentials.secrets_store";
    public const string SecretsStoreFile = "credentials.secrets_file";
    public const string SecretsKeyFile = "credentials.secrets_key_file";
    public const string Profile = "collect.profile";
    public const string IdMap = "collect.id_map";
    public const string LocateMap = "locate.map";
    public const string UplinkMacs = "locate.uplink_macs";
    public const string ParallelBmcs = "collect.parallel";
    public const string PerBmc = "collect.per_bmc";
    public const string RequestTimeout = "collect.request_timeout";
    public const string Retries = "collect.retries";
    public const string CaCert = "tls.cacert";
    public const string Pin = "tls.pin";
    public const string LogDir = "log.dir";
    public const string LogEnabled = "log.enabled";
    public const string KeepDays = "log.keep_days";
    public const string LogLevel = "log_level";
    public const string StoreEnabled = "store.enabled";
    public const string DataDir = "store.data_dir";
    public const string Server = "store.server";
    public const string ServerToken = "store.token";
    public const string ServerTokenFile = "store.token_file";
    public const string SmdUrl = "smd.url";
    public const string SmdToken = "smd.access_token";
    public const string SmdTokenFile = "smd.access_token_file";
    public const string SmdCaCert = "smd.cacert";
    public const string SmdRetries = "smd.retries";
    public const string SmdSendPassword = "smd.send_bmc_password";
    public const string SmdDryRun = "smd.dry_run";
    public const string SmdForce = "smd.force";
    public const string BootBssUrl = "boot.bss_url";
    public const string BootCloudInitUrl = "boot.cloud_init_url";
    public const string StateDir = "run.state_dir";
    public const string Jitter = "run.jitter";
    public const string Deadline = "run.deadline";
    public const string MissingAfter = "run.missing_after";
    public const string QuietUnchanged = "run.quiet_unchanged";
    public const string Listen = "serve.listen";
    public const string InMemory = "serve.in_memory";
    public const string Auth = "serve.auth";
    public const string JwtSecret = "serve.jwt_secret";
    public const string JwtSecretFile = "serve.jwt_secret_file";
    public const string Jwks = "serve.jwks";
    public const string JwtIssuer = "serve.jwt_issuer";
    public const string JwtAudience = "serve.jwt_audience";
    public const string SnapshotInterval = "serve.snapshot_interval";
    public const string SnapshotRetain = "serve.snapshot_retain";
}
