using Discovery.Redfish.Collect;
using Discovery.Scanning.State;

namespace Discovery.Pipeline;

/// <summary>The BMCs a collect works on: those given, else those of the last scan.</summary>
internal static class CollectTargets
{
    /// <exception cref="PipelineInputException">A target is not a BMC address, or none is given and there is no usable last scan.</exception>
    public static async Task<IReadOnlyList<BmcTarget>> ResolveAsync(IReadOnlyList<string> given, string stateDirectory, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(given);
        var texts = given.Count > 0 ? given : await LastScanAsync(stateDirectory, cancellationToken);
        var targets = new List<BmcTarget>(texts.Count);
        foreach (var text in texts)
        {
            targets.Add(BmcTarget.Parse(text) ?? throw new PipelineInputException($"not a BMC address: {text}"));
        }

        return targets;
    }

    private static async Task<IReadOnlyList<string>> LastScanAsync(string stateDirectory, CancellationToken cancellationToken)
    {
        LastScan? scan;
        try
        {
            scan = await LastScanStore.LoadAsync(stateDirectory, cancellationToken);
        }
        catch (InvalidDataException ex)
        {
            throw new PipelineInputException(ex.Message, ex);
        }

        if (scan is null)
        {
            throw new PipelineInputException($"no TARGET given and no saved scan in {stateDirectory} (run 'discover scan' first)");
        }

        return scan.Bmcs.Count == 0
            ? throw new PipelineInputException($"no TARGET given and the last scan ({scan.ScannedAt:u}) found no BMCs")
            : [.. scan.Bmcs.Select(b => b.BaseUri)];
    }
}
