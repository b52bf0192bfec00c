using Discovery.Credentials;
using Discovery.Redfish;
using Discovery.Redfish.Collect;
using Discovery.Redfish.Crawling;
using Discovery.Redfish.Http;

namespace Discovery.Power;

/// <summary>
/// One logged-in conversation with a BMC for power control, over the collector's <see cref="RedfishConnection"/>:
/// the ServiceRoot (open), one session login with the collect credentials (Basic when the BMC takes no sessions, by
/// the same <see cref="LoginRule"/>), and a logout on dispose that runs even after cancellation.
/// </summary>
internal sealed class BmcPowerSession : IAsyncDisposable
{
    private readonly RedfishConnection _connection;
    private readonly RedfishClientOptions _options;
    private string? _sessionLocation;

    private BmcPowerSession(RedfishConnection connection, RedfishClientOptions options)
    {
        _connection = connection;
        _options = options;
    }

    /// <summary>The connection, authenticated.</summary>
    public RedfishConnection Connection => _connection;

    /// <summary>The logged-in session, or the outcome that stops every node of this BMC.</summary>
    public static async Task<(BmcPowerSession? Session, PowerStatus Status, string? Problem)> OpenAsync(
        RedfishConnection connection, string host, ICredentialProvider credentials, RedfishClientOptions options, CancellationToken cancellationToken)
    {
        var root = await connection.GetAsync("/redfish/v1/", authenticated: false, cancellationToken);
        if (!root.IsSuccess || root.Document is not { } document || ServiceRoot.TryRead(document) is not { } serviceRoot)
        {
            return (null, PowerStatus.Unreachable, "service root: " + root.Reason);
        }

        var credential = await credentials.GetCredentialAsync(host, cancellationToken);
        if (credential is null)
        {
            return (null, PowerStatus.AuthFailed, "no credential configured for this BMC");
        }

        var session = new BmcPowerSession(connection, options);
        if (serviceRoot.SessionsUri is not { } sessionsUri)
        {
            connection.UseBasic(credential.Username, credential.Password);
            return (session, PowerStatus.Ok, null);
        }

        // Not cancellable from outside, as in collect: a login cut short after the BMC made the session leaks it.
        var login = await connection.LoginAsync(RedfishPath.Clean(sessionsUri), credential.Username, credential.Password, CancellationToken.None);
        if (login.IsSuccess && login.AuthToken is not null)
        {
            connection.UseToken(login.AuthToken);
            session._sessionLocation = login.Location;
            return (session, PowerStatus.Ok, null);
        }

        if (LoginRule.FallsBackToBasic(login.Exchange.Status))
        {
            connection.UseBasic(credential.Username, credential.Password);
            return (session, PowerStatus.Ok, null);
        }

        return login.Exchange.Status is 401 or 403
            ? (null, PowerStatus.AuthFailed, $"login refused with HTTP {login.Exchange.Status} (check the user name and password)")
            : (null, PowerStatus.Unreachable, "login: " + login.Reason);
    }

    /// <summary>Deletes the session, bounded by the logout timeout and not by any caller's token.</summary>
    public async ValueTask DisposeAsync()
    {
        // A logout that gets no answer leaves the session to the BMC to expire; the reset already happened or
        // failed on its own account.
        if (_sessionLocation is { } location)
        {
            await _connection.LogoutAsync(location, _options.LogoutTimeout);
        }
    }
}
