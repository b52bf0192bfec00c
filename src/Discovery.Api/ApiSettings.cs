using Discovery.Api.Auth;
using Discovery.Boot.Sessions;
using Discovery.Configuration;
using Discovery.Pipeline;
using Discovery.Store;
using Microsoft.Extensions.Logging;
using static Discovery.Configuration.SettingKeys;

namespace Discovery.Api;

/// <summary>The API's options from the settings of <c>discover serve</c>, checked before the store is opened.</summary>
internal static class ApiSettings
{
    /// <summary>Where to listen, how to authenticate (the HS256 secret or the JWKS file read now), snapshots, the crawl log and the state folder.</summary>
    /// <exception cref="PipelineInputException">The secret or the JWKS file is unusable, or <c>--listen</c> is not an address and port.</exception>
    public static async Task<ApiOptions> FromAsync(EffectiveSettings settings, string? home, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var mode = settings.Text(SettingKeys.Auth) == "none" ? ApiAuthMode.None : ApiAuthMode.Jwt;
        var options = new ApiOptions
        {
            Listen = settings.Text(Listen)!,
            Auth = mode,
            Hs256Secret = mode == ApiAuthMode.Jwt ? await JwtSecretReader.ReadAsync(settings, home, cancellationToken) : null,
            Jwks = settings.Path(Jwks, home) is { } jwksFile ? await ReadFileAsync(jwksFile, "--jwks", cancellationToken) : null,
            Issuer = settings.Text(JwtIssuer),
            Audience = settings.Text(JwtAudience),
            SnapshotInterval = settings.Duration(SnapshotInterval)!.Value,
            LogDirectory = settings.Path(LogDir, home),
            MissingAfter = settings.Int(MissingAfter),
            StateDirectory = settings.Path(StateDir, home),
        };
        try
        {
            ApiHost.ParseListen(options.Listen);
        }
        catch (ArgumentException ex)
        {
            throw new PipelineInputException(ex.Message, ex);
        }

        return options;
    }

    /// <summary>The store serve holds: <c>store.data_dir</c> (or in memory, snapshotted there), keeping <c>snapshot_retain</c> snapshots.</summary>
    public static InventoryStoreOptions Store(EffectiveSettings settings, string? home, TimeProvider time, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return new InventoryStoreOptions
        {
            DataDirectory = settings.Path(DataDir, home)!,
            InMemory = settings.Bool(InMemory),
            SnapshotRetain = settings.Int(SnapshotRetain),
            TimeProvider = time,
            Logger = logger,
        };
    }

    /// <summary>The host of <paramref name="options"/> over <paramref name="store"/> (<see cref="ApiHost.Create"/>); options it refuses are bad input.</summary>
    /// <exception cref="PipelineInputException">The listen address does not parse, or JWT mode lacks a key.</exception>
    public static ApiHost CreateHost(ApiOptions options, InventoryStore store, Action<ILoggingBuilder> configureLogging, BootSessionService sessions)
    {
        try
        {
            return ApiHost.Create(options, store, configureLogging, sessions);
        }
        catch (ArgumentException ex)
        {
            throw new PipelineInputException(ex.Message, ex);
        }
    }

    private static async Task<string> ReadFileAsync(string file, string option, CancellationToken cancellationToken)
    {
        try
        {
            return await File.ReadAllTextAsync(file, cancellationToken);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new PipelineInputException($"{option} {file}: {ex.Message}", ex);
        }
    }
}
