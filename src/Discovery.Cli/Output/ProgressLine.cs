namespace Discovery.Cli.Output;

/// <summary>
/// A one-line progress bar redrawn in place on standard error, at most ten times a second. Draws nothing
/// unless standard error is a terminal, so logs and pipes stay clean.
/// </summary>
internal sealed class ProgressLine
{
    private const int BarWidth = 30;
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(100);
    private readonly CliContext _context;
    private readonly ulong _total;
    private readonly string _label;
    private long _lastDrawn;
    private bool _drawn;

    public ProgressLine(CliContext context, ulong total, string label)
    {
        ArgumentNullException.ThrowIfNull(context);
        _context = context;
        _total = total;
        _label = label;
    }

    /// <summary>Redraws the bar if enough time has passed; <paramref name="detail"/> follows the counts.</summary>
    public void Report(ulong done, string detail)
    {
        if (!_context.ErrorIsTerminal)
        {
            return;
        }

        var now = _context.TimeProvider.GetTimestamp();
        if (_drawn && done < _total && _context.TimeProvider.GetElapsedTime(_lastDrawn, now) < Interval)
        {
            return;
        }

        _lastDrawn = now;
        _drawn = true;
        var fraction = _total == 0 ? 1.0 : Math.Min(1.0, (double)done / _total);
        var filled = (int)(fraction * BarWidth);
        _context.Error.Write($"\r{_label} [{new string('#', filled)}{new string('.', BarWidth - filled)}] {done}/{_total} {detail}\u001b[K");
    }

    /// <summary>Clears the line so the summary starts on a clean row.</summary>
    public void Clear()
    {
        if (_drawn)
        {
            _context.Error.Write("\r\u001b[K");
        }
    }
}
