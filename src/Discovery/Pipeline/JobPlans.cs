using System.Security.Cryptography;
using Discovery.Configuration;
using Discovery.Credentials;
using Discovery.Redfish.Crawling;
using Discovery.Smd.Http;
using static Discovery.Configuration.SettingKeys;

namespace Discovery.Pipeline;

/// <summary>
/// Turns resolved settings into the requests of the jobs, checking what the settings table cannot (files exist,
/// --cacert and --pin exclude each other, the targets parse). Every problem is added to the caller's error list
/// and named where its value came from (<c>run.yaml:3: targets: '10.0.0.300': ...</c>, <c>--cacert: ...</c>),
/// so the caller can refuse before anything is sent or locked. A method reads only the keys its command has.
/// </summary>
internal static partial class JobPlans
{
    /// <summary>The BMC accounts: username, password file or stdin, the secrets store.</summary>
    public static CredentialRequest Credentials(EffectiveSettings settings, string? home)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return new CredentialRequest
        {
            Username = settings.Text(Username),
            PasswordFile = settings.Path(PasswordFile, home),
            PasswordStdin = settings.Has(PasswordStdin) && settings.Bool(PasswordStdin),
            SecretsStorePath = settings.Path(SettingKeys.SecretsStoreFile, home),
            SecretsKeyFile = settings.Path(SecretsKeyFile, home),
            UseSecretsStore = !settings.Has(SecretsStoreEnabled) || settings.Bool(SecretsStoreEnabled),
        };
    }

    /// <summary>The collect sequence's plan: the client towards the BMCs, and the store and SMD steps the command has.</summary>
    public static async Task<CollectPlan> CollectAsync(EffectiveSettings settings, string? home, List<string> errors, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(errors);
        var stateDirectory = settings.Path(StateDir, home)!;
        var client = Client(settings, home, errors);
        RequireFiles(settings, home, errors, IdMap, LocateMap);

        return new CollectPlan
        {
            Client = client,
            Profile = Enum.Parse<CrawlProfile>(settings.Text(Profile)!, ignoreCase: true),
            MaxParallelBmcs = settings.Has(ParallelBmcs) ? settings.Int(ParallelBmcs) : 1,
            IdMapPath = settings.Path(IdMap, home),
            LocationMapPath = settings.Has(LocateMap) ? settings.Path(LocateMap, home) : null,
            UplinkMacThreshold = settings.Has(UplinkMacs) ? settings.Int(UplinkMacs) : Locate.Locator.DefaultUplinkMacThreshold,
            StateDirectory = stateDirectory,
            Username = settings.Text(Username) ?? CredentialRequest.DefaultUsername,
            Store = await StoreAsync(settings, home, errors, cancellationToken),
            Smd = settings.Has(SmdUrl) && settings.Text(SmdUrl) is not null ? await SmdAsync(settings, home, errors, cancellationToken) : null,
        };
    }

    /// <summary>The SMD step's settings; the token comes from its file's first line, else <c>ACCESS_TOKEN</c>, and never shows in a message.</summary>
    public static async Task<SmdStepSettings> SmdAsync(EffectiveSettings settings, string? home, List<string> errors, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(errors);
        var url = settings.Text(SmdUrl) is { } text ? new Uri(text) : null;
        if (url is null)
        {
            errors.Add($"{settings[SmdUrl].Definition.Flag} URL is required");
        }

        var caCert = settings.Path(SmdCaCert, home);
        if (caCert is not null)
        {
            try
            {
                _ = SmdCertificateValidation.Create(caCert);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or CryptographicException)
            {
                errors.Add(Located(settings[SmdCaCert], $"cannot use {caCert}: {ex.Message}"));
            }
        }

        var dryRun = settings.Has(SmdDryRun) && settings.Bool(SmdDryRun);
        return new SmdStepSettings
        {
            Client = new SmdClientOptions
            {
                BaseUri = url ?? new Uri("http://smd.invalid"),
                // A dry run contacts nothing, so it needs no token.
                AccessToken = dryRun ? null : await SecretAsync(settings, home, SmdTokenFile, SmdToken, errors, cancellationToken),
                CaCertFile = caCert,
                MaxRetries = settings.Int(SmdRetries),
            },
            SendPassword = settings.Has(SmdSendPassword) && settings.Bool(SmdSendPassword),
            DryRun = dryRun,
            Force = settings.Has(SmdForce) && settings.Bool(SmdForce),
        };
    }

    /// <summary>Throws the collected problems, if any, as one <see cref="PipelineInputException"/>.</summary>
    public static void ThrowIfAny(List<string> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (errors.Count > 0)
        {
            throw new PipelineInputException(errors);
        }
    }

    /// <summary>The inventory of the settings (<c>store.server</c> with its token, else <c>store.data_dir</c>); null when <c>store.enabled</c> is false.</summary>
    public static async Task<StoreTarget?> StoreAsync(EffectiveSettings settings, string? home, List<string> errors, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (settings.Has(StoreEnabled) && !settings.Bool(StoreEnabled))
        {
            return null;
        }

        return new StoreTarget
        {
            DataDirectory = settings.Path(DataDir, home)!,
            Server = settings.Text(Server),
            Token = settings.Text(Server) is null ? null : await SecretAsync(settings, home, ServerTokenFile, ServerToken, errors, cancellationToken),
        };
    }

    /// <summary>A secret (a token, a JWT secret): its file's first line, else the variable's value; the secret never appears in a message.</summary>
    public static async Task<string?> SecretAsync(
        EffectiveSettings settings, string? home, string fileKey, string valueKey, List<string> errors, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(errors);
        if (settings.Path(fileKey, home) is not { } file)
        {
            return settings.Has(valueKey) ? settings.Text(valueKey) : null;
        }

        try
        {
            using var reader = new StreamReader(file);
            var line = await reader.ReadLineAsync(cancellationToken);
            if (string.IsNullOrWhiteSpace(line))
            {
                errors.Add(Located(settings[fileKey], $"{file} is empty (the secret is its first line)"));
                return null;
            }

            return line.Trim();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            errors.Add(Located(settings[fileKey], $"cannot read {file}: {ex.Message}"));
            return null;
        }
    }

    private static void RequireFiles(EffectiveSettings settings, string? home, List<string> errors, params string[] keys)
    {
        foreach (var key in keys.Where(settings.Has))
        {
            if (settings.Path(key, home) is { } file && !File.Exists(file))
            {
                errors.Add(Located(settings[key], $"file not found: {file}"));
            }
        }
    }

    private static string Located(SettingValue value, string message) => new ConfigError(value.Source, value.Definition.Key, message).ToString();
}
