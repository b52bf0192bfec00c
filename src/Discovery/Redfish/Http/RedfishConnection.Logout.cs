namespace Discovery.Redfish.Http;

/// <summary>Ending a session, shared by collect and power control.</summary>
internal sealed partial class RedfishConnection
{
    /// <summary>
    /// DELETEs the session at <paramref name="location"/> (the login's Location: absolute, or a path), bounded by
    /// <paramref name="timeout"/> and not by any caller's token: a cancelled or timed-out run must still free the
    /// session (iDRAC keeps leaked sessions ~30 minutes and refuses logins once its table is full). The reply is
    /// null when the BMC did not answer within <paramref name="timeout"/>; the session is then the BMC's to expire.
    /// </summary>
    public async Task<(string Path, RedfishReply? Reply)> LogoutAsync(string location, TimeSpan timeout)
    {
        using var logout = new CancellationTokenSource(timeout);
        var path = Uri.TryCreate(location, UriKind.Absolute, out var absolute) ? absolute.PathAndQuery : location;
        try
        {
            return (path, await DeleteAsync(path, logout.Token));
        }
        catch (OperationCanceledException) when (logout.IsCancellationRequested)
        {
            return (path, null);
        }
    }
}
