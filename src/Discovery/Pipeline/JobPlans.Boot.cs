using Discovery.Boot;
using Discovery.Configuration;
using static Discovery.Configuration.SettingKeys;

namespace Discovery.Pipeline;

internal static partial class JobPlans
{
    /// <summary>
    /// What <c>boot sync</c> writes where: BSS and/or cloud-init (at least one), their token, the nodes or group; and the
    /// inventory their boot profiles are read from.
    /// </summary>
    /// <exception cref="PipelineInputException">Neither service, or the token or the store settings are unusable.</exception>
    public static async Task<(BootSyncRequest Request, StoreTarget Store)> BootSyncAsync(
        EffectiveSettings settings, string? home, IReadOnlyList<string> nodes, string? group, bool dryRun, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var errors = new List<string>();
        if (settings.Text(BootBssUrl) is null && settings.Text(BootCloudInitUrl) is null)
        {
            errors.Add("--bss URL (boot.bss_url, DISCOVER_BSS_URL) or --cloud-init URL (boot.cloud_init_url) is required");
        }

        var token = await SecretAsync(settings, home, SmdTokenFile, SmdToken, errors, cancellationToken);
        var store = await StoreAsync(settings, home, errors, cancellationToken);
        ThrowIfAny(errors);
        var request = new BootSyncRequest
        {
            BssUrl = settings.Text(BootBssUrl) is { } bssUrl ? new Uri(bssUrl) : null,
            CloudInitUrl = settings.Text(BootCloudInitUrl) is { } cloudInitUrl ? new Uri(cloudInitUrl) : null,
            Token = token,
            Nodes = nodes,
            Group = group,
            DryRun = dryRun,
        };
        return (request, store!);
    }
}
