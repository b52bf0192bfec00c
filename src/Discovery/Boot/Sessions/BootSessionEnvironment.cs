using Discovery.Configuration;
using Discovery.Credentials;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Discovery.Boot.Sessions;

/// <summary>What finding and running boot sessions takes besides the store: the settings, the per-node timing, the BMC credentials, the clock and logging.</summary>
internal sealed record BootSessionEnvironment
{
    /// <summary>The settings of the command (<see cref="BootSessionServices.Keys"/> to run sessions, the store keys to find them).</summary>
    public required EffectiveSettings Settings { get; init; }

    /// <summary>The home folder a setting's leading <c>~/</c> stands for.</summary>
    public string? Home { get; init; }

    public required TimeProvider Time { get; init; }

    /// <summary>The per-node timing asked for; the service URLs, token and BMC client come from <see cref="Settings"/>.</summary>
    public BootSessionOptions Timing { get; init; } = new();

    /// <summary>
    /// Builds the BMC credential provider from the settings' request. The caller's: it knows the process's environment
    /// and standard input, and where a warning is shown. Needed only to run sessions.
    /// </summary>
    public Func<CredentialRequest, CancellationToken, Task<ICredentialProvider>>? Credentials { get; init; }

    public ILoggerFactory Loggers { get; init; } = NullLoggerFactory.Instance;
}
