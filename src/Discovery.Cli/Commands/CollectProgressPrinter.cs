using Discovery.Redfish.Collect;

namespace Discovery.Cli.Commands;

/// <summary>One self-overwriting progress line on standard error, drawn only on a terminal.</summary>
internal sealed class CollectProgressPrinter(TextWriter error, int total) : IProgress<BmcCollectResult>
{
    private readonly Lock _lock = new();
    private int _done;
    private int _failed;

    public void Report(BmcCollectResult value)
    {
        ArgumentNullException.ThrowIfNull(value);
        lock (_lock)
        {
            _done++;
            if (value.Status != BmcCollectStatus.Ok)
            {
                _failed++;
            }

            error.Write($"\rcollect: {_done}/{total} BMCs, {_failed} not ok ");
            if (_done == total)
            {
                error.WriteLine();
            }
        }
    }
}
