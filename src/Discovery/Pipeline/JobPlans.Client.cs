using Discovery.Configuration;
using Discovery.Redfish.Http;
using Discovery.Redfish.Tls;
using static Discovery.Configuration.SettingKeys;

namespace Discovery.Pipeline;

internal static partial class JobPlans
{
    /// <summary>
    /// The client towards the BMCs (timeouts, retries, per-BMC politeness, TLS), as collect and power use it; the
    /// CA and password files must exist, and <c>--cacert</c> excludes <c>--pin</c>.
    /// </summary>
    public static RedfishClientOptions Client(EffectiveSettings settings, string? home, List<string> errors)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(errors);
        var caCert = settings.Path(CaCert, home);
        if (caCert is not null && settings.Bool(Pin))
        {
            errors.Add(Located(settings[CaCert], $"cannot be combined with {settings[Pin].Source.Location}"));
        }

        RequireFiles(settings, home, errors, CaCert, PasswordFile);
        return new RedfishClientOptions
        {
            RequestTimeout = settings.Duration(RequestTimeout)!.Value,
            MaxRetries = settings.Int(Retries),
            MaxRequestsPerBmc = settings.Int(PerBmc),
            Tls = TlsOptions.For(caCert, settings.Bool(Pin), settings.Path(StateDir, home)!),
        };
    }
}
