using Discovery.Records;
using Discovery.Store;

namespace Discovery.Boot;

/// <summary>
/// The cloud-init half of <c>discover boot sync</c>: each group in scope whose boot profile has runtime settings
/// (user_data, admin user and SSH key; see <see cref="CloudConfigRenderer"/>) becomes a cloud-init group of the same
/// name. Nodes join it through their group memberships, which the cloud-init server reads from SMD. Idempotent as
/// the BSS half: read, then create, replace or leave alone.
/// </summary>
internal static class CloudInitSync
{
    public static async Task<IReadOnlyList<BootSyncResult>> RunAsync(
        IInventory inventory, CloudInitClient client, IEnumerable<string> groups, bool dryRun, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(inventory);
        ArgumentNullException.ThrowIfNull(client);
        var results = new List<BootSyncResult>();
        foreach (var name in groups.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            var group = (await inventory.Groups.GetAsync(name, cancellationToken))?.Record;
            var profile = group?.BootProfile is { } profileName ? (await inventory.BootProfiles.GetAsync(profileName, cancellationToken))?.Record : null;
            results.Add(await SyncAsync(client, name, profile, dryRun, cancellationToken));
        }

        return results;
    }

    internal static async Task<BootSyncResult> SyncAsync(CloudInitClient client, string name, BootProfile? profile, bool dryRun, CancellationToken cancellationToken)
    {
        BootSyncResult Result(string action, string? message = null) =>
            new() { Target = name, Service = "cloud-init", Profile = profile?.Name, Action = action, Message = message };
        try
        {
            if ((profile is null ? null : CloudConfigRenderer.Render(profile)) is not { } cloudConfig)
            {
                return Result("skipped", profile is null ? "the group names no boot profile" : $"boot profile '{profile.Name}' has no user_data, admin user or SSH key");
            }

            var current = await client.GetAsync(name, cancellationToken);
            var action = current is null ? "create" : current.File?.Text() == cloudConfig ? null : "update";
            if (action is not null && !dryRun)
            {
                var body = new CloudInitGroup { Name = name, Description = $"discover: boot profile {profile!.Name}", File = CloudInitFile.Of(cloudConfig) };
                await client.WriteAsync(body, create: current is null, cancellationToken);
            }

            return Result(action is null ? "unchanged" : dryRun ? "would_" + action : action + "d");
        }
        catch (Exception ex) when (ex is BootServiceException or HttpRequestException or System.Text.Json.JsonException or YamlDotNet.Core.YamlException
            || (ex is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            return Result("failed", "cloud-init: " + ex.Message);
        }
    }
}
