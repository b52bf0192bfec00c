namespace Discovery.Redfish.Http;

/// <summary>Redfish actions (POST to <c>.../Actions/...</c>), used by power control.</summary>
internal sealed partial class RedfishConnection
{
    /// <summary>
    /// POSTs an action body once, authenticated. Not retried: an action such as ComputerSystem.Reset is not
    /// idempotent, and a 503 may come after the BMC already acted; the caller decides what to do next.
    /// </summary>
    public Task<RedfishReply> PostActionAsync(string path, byte[] body, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, path, body, authenticated: true, retry: false, cancellationToken);
}
